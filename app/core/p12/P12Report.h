#pragma once

// What the inspector found in one PKCS#12 file: a plain value, filled by P12Inspector::inspect(), read by the
// GUI, the CLI (--json) and the tests.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtlsdesk::p12 {

enum class ErrorKind { None, Empty, NotPkcs12, Corrupt, BadPassword, UnsupportedAlgorithm };

// "empty", "not-pkcs12", "corrupt", "bad-password", "unsupported-algorithm"; empty for None.
QString errorKindKey(ErrorKind kind);

// Java takes only printable ASCII passwords for PBES2 (AES) encrypted entries (its PBEKey refuses the rest).
bool isJavaPbes2Password(const QByteArray& password);

struct Encryption
{
    QString keys;         // e.g. "PBES2 (PBKDF2 HMAC-SHA256, AES-256-CBC)", "PBE-SHA1-3DES", "none"
    QString certificates; // e.g. "PBE-SHA1-RC2-40", "PBES2 (...)", "none"
    QString mac;          // e.g. "SHA256", "SHA1", "none"
    int iterations = 0;   // the highest PBE/PBKDF2 iteration count among the bags
    int macIterations = 0;
    bool keysPbes2 = false;
    bool certificatesPbes2 = false;
    bool hasMac = false;
    bool needsLegacyProvider = false; // RC2 / RC4 / DES: only OpenSSL 3's legacy provider reads them
    bool pbes2NonAes = false;         // PBES2 with a cipher other than AES (Camellia, 3DES): Java refuses it
};

struct CertificateInfo
{
    QString commonName;
    QString subject;
    QString issuer;
    QString serial; // hex
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString keyType;     // "RSA", "EC", "Ed25519", "Ed448", "DSA", ...
    int keyBits = 0;
    QString curve;              // EC only, e.g. "prime256v1"
    QString signatureAlgorithm; // e.g. "sha256WithRSAEncryption"
    QStringList subjectAltNames;
    QStringList keyUsage;          // e.g. "digitalSignature"
    QStringList extendedKeyUsage;  // e.g. "clientAuth"
    bool isCA = false;
    bool selfSigned = false;
    QString sha256; // upper-case hex with colons
    QString friendlyName;
    QByteArray der;
};

struct Finding
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Info;
    QString code;    // stable key, e.g. "expired", "no-private-key"
    QString message; // one sentence
};

struct JavaVerdict
{
    bool loads = false;        // JDK 17+: KeyStore.getInstance("PKCS12").load() and every key entry decrypts
    bool olderJavaLoads = false; // Java 8 before 8u301
    QString reason;            // why not, when one of them is false
};

struct Report
{
    bool readable = false;
    ErrorKind error = ErrorKind::None;
    QString errorMessage;
    Encryption encryption;
    bool hasPrivateKey = false;
    QString keyType; // of the private key
    bool keyMatchesLeaf = false;
    QList<CertificateInfo> certificates; // chain order: leaf first, then intermediates, root last
    bool chainComplete = false;          // ends in a self-signed root
    JavaVerdict java;
    QList<Finding> findings;

    bool hasErrors() const;
    QJsonObject toJson() const;
};

} // namespace mtlsdesk::p12
