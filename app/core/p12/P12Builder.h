#pragma once

// Makes the files the service asks for: a key and a CSR for the brand's CA, a PKCS#12 from a key, its signed
// certificate and the chain, and a re-wrapped PKCS#12 (e.g. legacy RC2 -> AES, or AES -> widest compatibility).
// Pure functions over bytes; every result is checked by P12Inspector by the callers' tests.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtlsdesk::p12 {

enum class Profile {
    Java17,  // PBES2 (PBKDF2 HMAC-SHA256, AES-256-CBC), HMAC-SHA256 MAC: Java 17+ (and 8u301+, 11.0.12+)
    Widest,  // PBE-SHA1-3DES for keys and certificates, SHA-1 MAC: every Java, including old Java 8
};
// "java17" / "widest"
QString profileKey(Profile profile);
bool profileFromKey(const QString& key, Profile& profile);

enum class KeyType { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384 };
QString keyTypeKey(KeyType type); // "rsa2048", ..., "ec-p256", "ec-p384"
bool keyTypeFromKey(const QString& key, KeyType& type);

struct BuildResult
{
    bool ok = false;
    QString error;        // one sentence when !ok
    QStringList warnings; // e.g. a non-ASCII password with the Java 17 profile
    QByteArray data;      // the P12 (or, for a CSR, unused)
};

struct CsrResult
{
    bool ok = false;
    QString error;
    QByteArray keyPem; // PKCS#8, encrypted with AES-256 when a key password is given
    QByteArray csrPem;
};

struct Subject
{
    QString commonName;
    QString organization;
    QString organizationalUnit;
    QString locality;
    QString state;
    QString country; // two letters
    QString email;
};

class P12Builder
{
public:
    static CsrResult generateKeyAndCsr(KeyType type, const Subject& subject, const QByteArray& keyPassword);
    // key: PEM or DER, optionally encrypted with keyPassword; certificates: PEM (one or more) or DER; the leaf is
    // the certificate that matches the key, the others become the chain.
    static BuildResult build(const QByteArray& key, const QByteArray& keyPassword, const QList<QByteArray>& certificates,
                             const QByteArray& password, Profile profile, const QString& friendlyName = {});
    static BuildResult rewrap(const QByteArray& p12, const QByteArray& oldPassword, const QByteArray& newPassword,
                              Profile profile);
};

} // namespace mtlsdesk::p12
