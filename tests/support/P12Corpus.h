#pragma once

// A corpus of PKCS#12 files made at test time with the openssl CLI (and keytool, when it is on PATH) in a
// temporary directory, each with what is known about it: readable or not, which error, key and chain, the
// findings its real properties call for and whether Java loads it. No key material is committed; the
// expectations come from how each file was built and were checked against OpenSSL 3.0 and OpenJDK 17
// (tests/p12/JavaLoad.java).
//
// One test CA (root + intermediate, RSA 2048, valid 2019..2110 so that the backdated and future leaves still
// sit inside it) signs the leaves; keys are reused across samples so that generation takes a few seconds.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace mtlsdesk::test {

struct P12Sample
{
    QString name;
    QString path;
    QByteArray password; // UTF-8, as a user would type it

    bool readable = false;
    QString errorKind; // errorKindKey(): "", "empty", "not-pkcs12", "corrupt", "bad-password", ...
    // The following four are only meaningful when readable (an unreadable file may or may not reveal its bags).
    bool hasPrivateKey = false;
    int certificateCount = 0;
    QString leafKeyType;              // of the first certificate in chain order
    int leafKeyBits = 0;              // 0: not pinned (Ed25519 has no agreed "bits": OpenSSL says 253, others 256)
    QStringList expectedFindingCodes; // must be present; others may be too
    bool javaLoads = false;           // OpenJDK 17: load() and getKey() for every key entry
    bool olderJavaLoads = false;      // Java 8 before 8u301 (SHA-1 MAC, PBE-SHA1-3DES / RC2 only)
};

class P12Corpus
{
public:
    P12Corpus();
    ~P12Corpus();
    P12Corpus(const P12Corpus&) = delete;
    P12Corpus& operator=(const P12Corpus&) = delete;

    // Writes every file; false (see errorString()) when openssl is missing or a command fails.
    bool generate();
    QString errorString() const { return m_error; }

    QList<P12Sample> samples() const { return m_samples; }
    std::optional<P12Sample> sample(const QString& name) const;
    QString directory() const;
    bool hasKeytoolSample() const { return m_keytoolUsed; }

    static QByteArray defaultPassword() { return QByteArrayLiteral("test-password"); }

private:
    bool openssl(const QStringList& arguments);
    bool run(const QString& program, const QStringList& arguments);
    QString file(const QString& name) const;
    bool writeFile(const QString& name, const QByteArray& data);
    QByteArray readFile(const QString& name);

    bool writeConfig();
    bool makeKeys();
    bool makeCa();
    bool makeLeaf(const QString& name, const QString& key, const QString& extensions, const QString& startDate,
                  const QString& endDate, const QString& digest = QStringLiteral("sha256"));
    bool exportP12(const QString& name, const QStringList& arguments, const QByteArray& password);
    bool makeP12Samples();
    bool makeKeytoolSample();
    bool makeBrokenSamples();

    void add(P12Sample sample);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_openssl;
    QString m_error;
    QList<P12Sample> m_samples;
    bool m_keytoolUsed = false;
};

} // namespace mtlsdesk::test

Q_DECLARE_METATYPE(mtlsdesk::test::P12Sample)
