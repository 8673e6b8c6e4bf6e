#include "p12/P12Inspector.h"

#include "p12/X509Text.h"

#include "p12/OpenSsl.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/provider.h>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcP12, "mtlsdesk.p12")

namespace mtlsdesk::p12 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(P12Inspector)
};

} // namespace

// RC2-40 and 3DES-era files need OpenSSL 3's legacy provider; it is loaded on purpose, once, next to the default
// provider, and the report says when a file needed it.
void loadProviders()
{
    static QMutex mutex;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (loaded)
        return;
    loaded = true;
    static OSSL_PROVIDER* defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
    static OSSL_PROVIDER* legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
    if (!defaultProvider)
        qCWarning(lcP12) << "the OpenSSL default provider did not load";
    if (!legacyProvider)
        qCWarning(lcP12) << "the OpenSSL legacy provider did not load: RC2/RC4/DES files will be unreadable";
    // Unloaded at exit, so that leak checkers see a clean process.
    std::atexit([] {
        if (legacyProvider)
            OSSL_PROVIDER_unload(legacyProvider);
        if (defaultProvider)
            OSSL_PROVIDER_unload(defaultProvider);
    });
    ERR_clear_error();
}

namespace {

QString keyTypeName(const EVP_PKEY* key)
{
    const char* name = EVP_PKEY_get0_type_name(key);
    const QString type = QString::fromLatin1(name ? name : "unknown");
    if (type == QLatin1String("ED25519"))
        return QStringLiteral("Ed25519");
    if (type == QLatin1String("ED448"))
        return QStringLiteral("Ed448");
    return type;
}

CertificateInfo describe(X509* certificate)
{
    CertificateInfo info;
    X509_check_purpose(certificate, -1, 0); // fills the cached extension flags
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.commonName = commonName(X509_get_subject_name(certificate));
    if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char* hex = BN_bn2hex(serial);
        info.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    info.notBefore = timeOf(X509_get0_notBefore(certificate));
    info.notAfter = timeOf(X509_get0_notAfter(certificate));
    if (const EVP_PKEY* key = X509_get0_pubkey(certificate)) {
        info.keyType = keyTypeName(key);
        info.keyBits = EVP_PKEY_get_bits(key);
        char group[80] = {};
        size_t groupLength = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &groupLength))
            info.curve = QString::fromLatin1(group, static_cast<qsizetype>(groupLength));
    }
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(certificate)));

    if (auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
            int type = 0;
            const auto* value = static_cast<const ASN1_STRING*>(GENERAL_NAME_get0_value(name, &type));
            const QByteArray bytes(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
            if (type == GEN_DNS)
                info.subjectAltNames << QStringLiteral("DNS:") + QString::fromLatin1(bytes);
            else if (type == GEN_EMAIL)
                info.subjectAltNames << QStringLiteral("email:") + QString::fromLatin1(bytes);
            else if (type == GEN_URI)
                info.subjectAltNames << QStringLiteral("URI:") + QString::fromLatin1(bytes);
            else if (type == GEN_IPADD && (bytes.size() == 4 || bytes.size() == 16)) {
                QString ip;
                if (bytes.size() == 4)
                    ip = QStringLiteral("%1.%2.%3.%4").arg(quint8(bytes[0])).arg(quint8(bytes[1])).arg(quint8(bytes[2])).arg(quint8(bytes[3]));
                else
                    ip = QString::fromLatin1(bytes.toHex(':'));
                info.subjectAltNames << QStringLiteral("IP:") + ip;
            }
        }
        GENERAL_NAMES_free(names);
    }

    const uint32_t usage = X509_get_key_usage(certificate);
    if (usage != UINT32_MAX) {
        const std::pair<uint32_t, const char*> bits[] = {
            {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
            {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
            {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
            {KU_CRL_SIGN, "cRLSign"}};
        for (const auto& [bit, name] : bits) {
            if (usage & bit)
                info.keyUsage << QString::fromLatin1(name);
        }
    }
    if (auto* ekus = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr))) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(ekus); ++i) {
            const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(ekus, i);
            const int nid = OBJ_obj2nid(object);
            if (nid != NID_undef) {
                info.extendedKeyUsage << QString::fromLatin1(OBJ_nid2sn(nid));
            } else {
                char oid[80] = {};
                OBJ_obj2txt(oid, sizeof oid, object, 1);
                info.extendedKeyUsage << QString::fromLatin1(oid);
            }
        }
        sk_ASN1_OBJECT_pop_free(ekus, ASN1_OBJECT_free);
    }
    info.isCA = X509_check_ca(certificate) > 0;
    info.selfSigned = X509_self_signed(certificate, 0) == 1;
    info.sha256 = sha256Fingerprint(certificate);
    int aliasLength = 0;
    if (const unsigned char* alias = X509_alias_get0(certificate, &aliasLength))
        info.friendlyName = QString::fromUtf8(reinterpret_cast<const char*>(alias), aliasLength);
    const int derLength = i2d_X509(certificate, nullptr);
    if (derLength > 0) {
        info.der.resize(derLength);
        auto* out = reinterpret_cast<unsigned char*>(info.der.data());
        i2d_X509(certificate, &out);
    }
    return info;
}

// One encrypted piece of the file: a shrouded key bag or an encrypted SafeContents.
struct EncryptedBlob
{
    const X509_ALGOR* algorithm = nullptr;
    const ASN1_OCTET_STRING* data = nullptr;
    bool isKey = false;
};

struct Scheme
{
    QString text;
    int iterations = 0;
    bool pbes2 = false;
    bool pbes2Aes = false;
    bool legacy = false;
    bool supported = true;
};

int integerOf(const ASN1_INTEGER* value)
{
    const long result = value ? ASN1_INTEGER_get(value) : 0;
    return result < 0 || result > INT_MAX ? INT_MAX : static_cast<int>(result);
}

Scheme describeScheme(const X509_ALGOR* algorithm)
{
    Scheme scheme;
    const ASN1_OBJECT* oid = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&oid, &parameterType, &parameter, algorithm);
    const int nid = OBJ_obj2nid(oid);
    const auto* type = parameterType == V_ASN1_SEQUENCE ? algorithm->parameter : nullptr;
    if (nid == NID_pbes2) {
        scheme.pbes2 = true;
        auto* pbe2 = type ? static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), type)) : nullptr;
        if (!pbe2) {
            scheme.text = QStringLiteral("PBES2 (unreadable parameters)");
            scheme.supported = false;
            return scheme;
        }
        const int cipherNid = OBJ_obj2nid(pbe2->encryption->algorithm);
        QString kdf = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(pbe2->keyfunc->algorithm)));
        if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2 && pbe2->keyfunc->parameter &&
            pbe2->keyfunc->parameter->type == V_ASN1_SEQUENCE) {
            if (auto* kdfParameters = static_cast<PBKDF2PARAM*>(
                    ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter))) {
                scheme.iterations = integerOf(kdfParameters->iter);
                const int prf = kdfParameters->prf ? OBJ_obj2nid(kdfParameters->prf->algorithm) : NID_hmacWithSHA1;
                kdf = QStringLiteral("PBKDF2 %1").arg(QString::fromLatin1(OBJ_nid2sn(prf)));
                PBKDF2PARAM_free(kdfParameters);
            }
        }
        const QString cipher = QString::fromLatin1(OBJ_nid2sn(cipherNid));
        scheme.text = QStringLiteral("PBES2 (%1, %2)").arg(kdf, cipher);
        scheme.legacy = cipherNid == NID_rc2_cbc || cipherNid == NID_des_cbc || cipherNid == NID_rc4;
        scheme.pbes2Aes = cipherNid == NID_aes_128_cbc || cipherNid == NID_aes_192_cbc || cipherNid == NID_aes_256_cbc;
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, OBJ_nid2sn(cipherNid), nullptr);
        scheme.supported = fetched != nullptr;
        EVP_CIPHER_free(fetched);
        PBE2PARAM_free(pbe2);
        return scheme;
    }
    scheme.text = QString::fromLatin1(OBJ_nid2ln(nid));
    if (auto* pbe = type ? static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), type)) : nullptr) {
        scheme.iterations = integerOf(pbe->iter);
        PBEPARAM_free(pbe);
    }
    scheme.legacy = nid == NID_pbe_WithSHA1And40BitRC2_CBC || nid == NID_pbe_WithSHA1And128BitRC2_CBC ||
                    nid == NID_pbe_WithSHA1And40BitRC4 || nid == NID_pbe_WithSHA1And128BitRC4 ||
                    nid == NID_pbeWithMD5AndDES_CBC || nid == NID_pbeWithSHA1AndDES_CBC ||
                    nid == NID_pbeWithMD5AndRC2_CBC || nid == NID_pbeWithSHA1AndRC2_CBC;
    int cipherNid = 0;
    int digestNid = 0;
    scheme.supported = EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, &cipherNid, &digestNid, nullptr) == 1;
    if (scheme.supported && cipherNid != NID_undef) {
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, OBJ_nid2sn(cipherNid), nullptr);
        scheme.supported = fetched != nullptr;
        EVP_CIPHER_free(fetched);
    }
    return scheme;
}

enum class Probe { Ok, BadPadding, Garbage };

// Decrypts one blob and checks that the plaintext parses. CBC padding rarely survives a wrong password
// (BadPadding); a right password over damaged ciphertext decrypts to bytes that do not parse (Garbage). About one
// wrong password in 256 passes the padding check by chance, so its random plaintext must not count as damage:
// Garbage needs the plaintext to still open with the DER SEQUENCE header that spans it exactly (the first
// block of a damaged blob usually survives), which random bytes almost never do.
Probe probe(const EncryptedBlob& blob, const char* password, int passwordLength)
{
    unsigned char* plain = nullptr;
    int plainLength = 0;
    if (!PKCS12_pbe_crypt_ex(blob.algorithm, password, passwordLength, blob.data->data, blob.data->length, &plain,
                             &plainLength, 0, nullptr, nullptr)) {
        ERR_clear_error();
        return Probe::BadPadding;
    }
    const unsigned char* cursor = plain;
    bool parsed = false;
    if (blob.isKey) {
        Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, plainLength));
        parsed = info && cursor == plain + plainLength;
        if (parsed) {
            EvpPkeyPtr key(EVP_PKCS82PKEY(info.get()));
            parsed = key != nullptr;
        }
    } else {
        auto* bags = reinterpret_cast<STACK_OF(PKCS12_SAFEBAG)*>(
            ASN1_item_d2i(nullptr, &cursor, plainLength, ASN1_ITEM_rptr(PKCS12_SAFEBAGS)));
        parsed = bags && cursor == plain + plainLength;
        SafeBagStackPtr owner(bags);
    }
    bool structured = false;
    if (!parsed) {
        const unsigned char* header = plain;
        long length = 0;
        int tag = 0;
        int objectClass = 0;
        const int flags = ASN1_get_object(&header, &length, &tag, &objectClass, plainLength);
        structured = !(flags & 0x80) && tag == V_ASN1_SEQUENCE && objectClass == V_ASN1_UNIVERSAL &&
                     header + length == plain + plainLength;
    }
    OPENSSL_clear_free(plain, static_cast<size_t>(plainLength));
    ERR_clear_error();
    return parsed ? Probe::Ok : structured ? Probe::Garbage : Probe::BadPadding;
}

struct Structure
{
    // The blobs point into these decoded objects, so the structure owns them.
    Pkcs7StackPtr safes;
    std::vector<SafeBagStackPtr> bagLists;
    QList<EncryptedBlob> blobs;
    QList<Scheme> keySchemes;
    QList<Scheme> certificateSchemes;
    int plainKeyBags = 0;
    bool plainCertificates = false;
};

Structure scan(PKCS12* file)
{
    Structure structure;
    structure.safes.reset(PKCS12_unpack_authsafes(file));
    const STACK_OF(PKCS7)* safes = structure.safes.get();
    if (!safes)
        return structure;
    auto scanBags = [&structure](const STACK_OF(PKCS12_SAFEBAG) * bags) {
        for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
            const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
            const int nid = PKCS12_SAFEBAG_get_nid(bag);
            if (nid == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR* algorithm = nullptr;
                const ASN1_OCTET_STRING* data = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, &data);
                structure.blobs.append({algorithm, data, true});
                structure.keySchemes.append(describeScheme(algorithm));
            } else if (nid == NID_keyBag) {
                ++structure.plainKeyBags;
            }
        }
    };
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes, i);
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_data) {
            SafeBagStackPtr bags(PKCS12_unpack_p7data(safe));
            if (bags) {
                structure.plainCertificates |= sk_PKCS12_SAFEBAG_num(bags.get()) > 0 &&
                                               PKCS12_SAFEBAG_get_nid(sk_PKCS12_SAFEBAG_value(bags.get(), 0)) == NID_certBag;
                scanBags(bags.get());
                structure.bagLists.push_back(std::move(bags));
            }
        } else if (type == NID_pkcs7_encrypted && safe->d.encrypted && safe->d.encrypted->enc_data) {
            const X509_ALGOR* algorithm = safe->d.encrypted->enc_data->algorithm;
            structure.blobs.append({algorithm, safe->d.encrypted->enc_data->enc_data, false});
            structure.certificateSchemes.append(describeScheme(algorithm));
        }
    }
    return structure;
}

} // namespace

namespace {

QString joinSchemes(const QList<Scheme>& schemes, const QString& none)
{
    QStringList texts;
    for (const Scheme& scheme : schemes) {
        if (!texts.contains(scheme.text))
            texts << scheme.text;
    }
    return texts.isEmpty() ? none : texts.join(QStringLiteral(", "));
}

// A file that d2i_PKCS12 refused: tell a PEM file, a lone certificate, a cut-short PKCS#12 and other bytes apart.
void classifyUnparsable(const QByteArray& data, Report& report)
{
    report.error = ErrorKind::NotPkcs12;
    if (data.trimmed().startsWith("-----BEGIN")) {
        const QByteArray label = data.trimmed().mid(11).split('-').value(0);
        report.errorMessage = Text::tr("This is a PEM text file (%1), not a PKCS#12 file. Build a P12 from the key "
                                       "and certificate first.")
                                  .arg(QString::fromLatin1(label));
        return;
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(data.constData());
    if (X509Ptr certificate{d2i_X509(nullptr, &cursor, data.size())}) {
        report.errorMessage = Text::tr("This is a single certificate (DER), not a PKCS#12 file: it has no private "
                                       "key.");
        ERR_clear_error();
        return;
    }
    ERR_clear_error();
    // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData OPTIONAL }
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    if (size >= 5 && bytes[0] == 0x30) {
        qsizetype headerLength = 2;
        qint64 declared = bytes[1];
        if (bytes[1] & 0x80) {
            const int octets = bytes[1] & 0x7f;
            headerLength = 2 + octets;
            declared = 0;
            for (int i = 0; i < octets && 2 + i < size; ++i)
                declared = (declared << 8) | bytes[2 + i];
        }
        const bool looksLikePfx = size >= headerLength + 3 && bytes[headerLength] == 0x02 &&
                                  bytes[headerLength + 1] == 0x01 && bytes[headerLength + 2] == 0x03;
        if (looksLikePfx) {
            report.error = ErrorKind::Corrupt;
            report.errorMessage = declared > size - headerLength
                                      ? Text::tr("The file is cut short: it is a PKCS#12 file, but %1 of its %2 "
                                                 "bytes are missing. Copy or download it again.")
                                            .arg(declared + headerLength - size)
                                            .arg(declared + headerLength)
                                      : Text::tr("The file is a damaged PKCS#12 file: its structure cannot be read. "
                                                 "Copy or download it again.");
            return;
        }
    }
    report.errorMessage = Text::tr("This is not a PKCS#12 (.p12/.pfx) file.");
}

void addFinding(Report& report, Finding::Severity severity, const QString& code, const QString& message)
{
    report.findings.append({severity, code, message});
}

// Orders the certificates leaf -> intermediates -> root, starting from the key's certificate when there is one.
QList<X509*> chainOrder(X509* leaf, STACK_OF(X509) * others)
{
    QList<X509*> pool;
    for (int i = 0; i < sk_X509_num(others); ++i)
        pool << sk_X509_value(others, i);
    if (!leaf) {
        // Without a key: the leaf is the certificate that issued none of the others.
        for (X509* candidate : std::as_const(pool)) {
            const bool issuesAnother = std::any_of(pool.begin(), pool.end(), [candidate](X509* other) {
                return other != candidate && X509_check_issued(candidate, other) == X509_V_OK;
            });
            if (!issuesAnother) {
                leaf = candidate;
                break;
            }
        }
        if (!leaf && !pool.isEmpty())
            leaf = pool.first();
        pool.removeOne(leaf);
    }
    QList<X509*> chain;
    if (!leaf)
        return chain;
    chain << leaf;
    X509* current = leaf;
    while (X509_self_signed(current, 0) != 1) {
        auto issuer = std::find_if(pool.begin(), pool.end(),
                                   [current](X509* candidate) { return X509_check_issued(candidate, current) == X509_V_OK; });
        if (issuer == pool.end())
            break;
        current = *issuer;
        chain << current;
        pool.erase(issuer);
    }
    chain += pool; // certificates that are not part of the leaf's chain come last
    return chain;
}

void judgeJava(Report& report, const QByteArray& password, const QString& macAlgorithm)
{
    JavaVerdict& java = report.java;
    java.loads = true;
    java.olderJavaLoads = true;
    QStringList reasons;
    const Encryption& encryption = report.encryption;
    const bool pbes2 = encryption.keysPbes2 || encryption.certificatesPbes2;
    if (pbes2 && !isJavaPbes2Password(password)) {
        java.loads = false;
        reasons << Text::tr("Java refuses a password with non-ASCII characters when the file is encrypted with "
                            "PBES2 (AES); use an ASCII password or the widest-compatibility profile.");
    }
    if (encryption.pbes2NonAes) {
        java.loads = false;
        reasons << Text::tr("Java reads PBES2 encryption only with AES; this file uses another cipher.");
    }
    if (encryption.iterations > 5000000 || encryption.macIterations > 5000000) {
        java.loads = false;
        reasons << Text::tr("Java refuses more than 5,000,000 iterations.");
    }
    static const QStringList javaMacs{QStringLiteral("SHA1"),       QStringLiteral("SHA224"), QStringLiteral("SHA256"),
                                      QStringLiteral("SHA384"),     QStringLiteral("SHA512"),
                                      QStringLiteral("SHA512-224"), QStringLiteral("SHA512-256")};
    if (encryption.hasMac && !javaMacs.contains(macAlgorithm)) {
        java.loads = false;
        reasons << Text::tr("Java does not know the %1 integrity check (MAC).").arg(macAlgorithm);
    }
    static const QStringList javaKeys{QStringLiteral("RSA"),     QStringLiteral("EC"),    QStringLiteral("DSA"),
                                      QStringLiteral("Ed25519"), QStringLiteral("Ed448"), QStringLiteral("RSA-PSS"),
                                      QStringLiteral("X25519"),  QStringLiteral("X448")};
    if (report.hasPrivateKey && !javaKeys.contains(report.keyType)) {
        java.loads = false;
        reasons << Text::tr("Java cannot use %1 keys.").arg(report.keyType);
    }
    if (!java.loads) {
        java.olderJavaLoads = false;
    } else {
        if (pbes2) {
            java.olderJavaLoads = false;
            reasons << Text::tr("Java 8 before 8u301 (and 11 before 11.0.12) cannot read PBES2 (AES) encryption.");
        } else if (encryption.hasMac && macAlgorithm != QLatin1String("SHA1")) {
            java.olderJavaLoads = false;
            reasons << Text::tr("Java 8 before 8u301 only checks SHA-1 integrity (MAC), not %1.").arg(macAlgorithm);
        }
        const QString type = report.hasPrivateKey ? report.keyType : QString();
        if (type == QLatin1String("Ed25519") || type == QLatin1String("Ed448") || type == QLatin1String("X25519") ||
            type == QLatin1String("X448") || type == QLatin1String("RSA-PSS")) {
            java.olderJavaLoads = false;
            reasons << Text::tr("Java 8 cannot use %1 keys (Java 15+ can).").arg(type);
        }
    }
    java.reason = reasons.join(QLatin1Char(' '));
}

void addFindings(Report& report, const QDateTime& now)
{
    using S = Finding::Severity;
    if (!report.hasPrivateKey)
        addFinding(report, S::Error, QStringLiteral("no-private-key"),
                   Text::tr("The file has no private key: the gateway cannot use it for mutual TLS."));
    else if (!report.keyMatchesLeaf)
        addFinding(report, S::Error, QStringLiteral("key-mismatch"),
                   Text::tr("The private key does not belong to any certificate in the file."));
    if (report.certificates.isEmpty())
        return;
    const CertificateInfo& leaf = report.certificates.first();
    if (leaf.notAfter.isValid() && leaf.notAfter < now)
        addFinding(report, S::Error, QStringLiteral("expired"),
                   Text::tr("The certificate expired on %1.").arg(leaf.notAfter.toString(Qt::ISODate)));
    else if (leaf.notBefore.isValid() && leaf.notBefore > now)
        addFinding(report, S::Error, QStringLiteral("not-yet-valid"),
                   Text::tr("The certificate is not valid before %1.").arg(leaf.notBefore.toString(Qt::ISODate)));
    else if (leaf.notAfter.isValid() && now.daysTo(leaf.notAfter) < 30)
        addFinding(report, S::Warning, QStringLiteral("expires-soon"),
                   Text::tr("The certificate expires in %n day(s), on %1.", nullptr, int(now.daysTo(leaf.notAfter)))
                       .arg(leaf.notAfter.toString(Qt::ISODate)));
    if (!leaf.extendedKeyUsage.isEmpty() && !leaf.extendedKeyUsage.contains(QLatin1String("clientAuth")) &&
        !leaf.extendedKeyUsage.contains(QLatin1String("anyExtendedKeyUsage")))
        addFinding(report, S::Error, QStringLiteral("no-client-auth"),
                   Text::tr("The certificate is not allowed for client authentication (its extended key usage is "
                            "%1); servers will refuse it for mutual TLS.")
                       .arg(leaf.extendedKeyUsage.join(QStringLiteral(", "))));
    if (leaf.keyType == QLatin1String("RSA") && leaf.keyBits < 2048)
        addFinding(report, S::Warning, QStringLiteral("weak-key"),
                   Text::tr("The RSA key has only %1 bits; 2048 or more is expected.").arg(leaf.keyBits));
    for (const CertificateInfo& certificate : std::as_const(report.certificates)) {
        if (!certificate.selfSigned && certificate.signatureAlgorithm.contains(QLatin1String("sha1"), Qt::CaseInsensitive)) {
            addFinding(report, S::Warning, QStringLiteral("sha1-signature"),
                       Text::tr("\"%1\" is signed with SHA-1, which many servers reject.").arg(certificate.commonName));
            break;
        }
    }
    if (leaf.selfSigned)
        addFinding(report, S::Warning, QStringLiteral("self-signed"),
                   Text::tr("The certificate is self-signed: the partner's server must trust it explicitly."));
    else if (!report.chainComplete)
        addFinding(report, S::Warning, QStringLiteral("incomplete-chain"),
                   Text::tr("The chain does not reach a root certificate: include the intermediate and root "
                            "certificates if the partner needs them."));
    if (!report.java.loads)
        addFinding(report, S::Error, QStringLiteral("java-incompatible"),
                   Text::tr("Java would not load this file, so the service will refuse it. %1").arg(report.java.reason));
    else if (!report.java.olderJavaLoads)
        addFinding(report, S::Info, QStringLiteral("older-java-incompatible"),
                   Text::tr("Older Java (8 before 8u301) would not load it: %1").arg(report.java.reason));
}

} // namespace

Report P12Inspector::inspect(const QByteArray& data, const QByteArray& password, const QDateTime& now)
{
    loadProviders();
    Report report;
    if (data.isEmpty()) {
        report.error = ErrorKind::Empty;
        report.errorMessage = Text::tr("The file is empty (0 bytes).");
        return report;
    }
    if (data.size() > MaxFileBytes) {
        report.error = ErrorKind::NotPkcs12;
        report.errorMessage = Text::tr("The file is %1 MB: far too large to be a PKCS#12 file (they are a few KB).")
                                  .arg(data.size() / (1024 * 1024));
        return report;
    }

    const auto* cursor = reinterpret_cast<const unsigned char*>(data.constData());
    Pkcs12Ptr file(d2i_PKCS12(nullptr, &cursor, data.size()));
    ERR_clear_error();
    if (!file) {
        classifyUnparsable(data, report);
        return report;
    }

    // Structure, without the password.
    const Structure structure = scan(file.get());
    Encryption& encryption = report.encryption;
    encryption.keys = joinSchemes(structure.keySchemes, structure.plainKeyBags > 0 ? QStringLiteral("none") : QString());
    encryption.certificates = joinSchemes(structure.certificateSchemes,
                                          structure.plainCertificates ? QStringLiteral("none") : QString());
    encryption.keysPbes2 = std::any_of(structure.keySchemes.begin(), structure.keySchemes.end(),
                                       [](const Scheme& s) { return s.pbes2; });
    encryption.certificatesPbes2 = std::any_of(structure.certificateSchemes.begin(),
                                               structure.certificateSchemes.end(), [](const Scheme& s) { return s.pbes2; });
    for (const QList<Scheme>* schemes : {&structure.keySchemes, &structure.certificateSchemes}) {
        for (const Scheme& scheme : *schemes) {
            encryption.iterations = std::max(encryption.iterations, scheme.iterations);
            encryption.needsLegacyProvider |= scheme.legacy;
            encryption.pbes2NonAes |= scheme.pbes2 && !scheme.pbes2Aes;
            if (!scheme.supported) {
                report.error = ErrorKind::UnsupportedAlgorithm;
                report.errorMessage = Text::tr("The file is encrypted with %1, which this system cannot decrypt.")
                                          .arg(scheme.text);
            }
        }
    }
    QString macAlgorithm = QStringLiteral("none");
    encryption.hasMac = PKCS12_mac_present(file.get()) == 1;
    if (encryption.hasMac) {
        const X509_ALGOR* macAlgor = nullptr;
        const ASN1_INTEGER* macIterations = nullptr;
        PKCS12_get0_mac(nullptr, &macAlgor, nullptr, &macIterations, file.get());
        const ASN1_OBJECT* oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, macAlgor);
        macAlgorithm = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(oid)));
        encryption.macIterations = macIterations ? integerOf(macIterations) : 1;
    }
    encryption.mac = macAlgorithm;
    if (report.error != ErrorKind::None)
        return report;

    // The password. An empty one has two encodings (no bytes, or a BMPString terminator): try both.
    QList<std::pair<const char*, int>> candidates{{password.constData(), int(password.size())}};
    if (password.isEmpty())
        candidates = {{"", 0}, {nullptr, 0}};
    std::optional<std::pair<const char*, int>> macPassword;
    if (encryption.hasMac) {
        for (const auto& candidate : candidates) {
            if (PKCS12_verify_mac(file.get(), candidate.first, candidate.second) == 1) {
                macPassword = candidate;
                break;
            }
        }
        ERR_clear_error();
    }
    const QList<std::pair<const char*, int>> decryptCandidates = macPassword ? QList{*macPassword} : candidates;
    std::optional<std::pair<const char*, int>> working;
    bool garbage = false;
    for (const auto& candidate : decryptCandidates) {
        bool allOk = true;
        for (const EncryptedBlob& blob : structure.blobs) {
            const Probe result = probe(blob, candidate.first, candidate.second);
            garbage |= result == Probe::Garbage;
            allOk &= result == Probe::Ok;
        }
        if (allOk) {
            working = candidate;
            break;
        }
    }
    if (encryption.hasMac && !macPassword) {
        report.error = working || garbage ? ErrorKind::Corrupt : ErrorKind::BadPassword;
        report.errorMessage =
            report.error == ErrorKind::Corrupt
                ? Text::tr("The file is damaged: the password is right, but the file's contents were changed after "
                           "it was made (its integrity check fails). Copy or download it again.")
                : structure.blobs.isEmpty()
                      ? Text::tr("The password is wrong (or the file was damaged: nothing in it is encrypted, so the "
                                 "two cannot be told apart).")
                      : Text::tr("The password is wrong.");
        return report;
    }
    if (!working) {
        report.error = garbage || macPassword ? ErrorKind::Corrupt : ErrorKind::BadPassword;
        report.errorMessage = report.error == ErrorKind::Corrupt
                                  ? Text::tr("The file is damaged: its encrypted contents cannot be read even with the "
                                             "right password. Copy or download it again.")
                                  : Text::tr("The password is wrong.");
        return report;
    }

    // PKCS12_parse insists on a MAC made with the password; a MAC-less file (`-nomac`) is given one here, on
    // our decoded copy, with the password that decrypted its contents.
    if (!encryption.hasMac)
        PKCS12_set_mac(file.get(), working->first, working->second, nullptr, 0, 1, EVP_sha256());
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawOthers = nullptr;
    if (!PKCS12_parse(file.get(), working->first ? working->first : "", &rawKey, &rawCertificate, &rawOthers) &&
        !(working->first == nullptr && PKCS12_parse(file.get(), nullptr, &rawKey, &rawCertificate, &rawOthers))) {
        ERR_clear_error();
        report.error = ErrorKind::Corrupt;
        report.errorMessage = Text::tr("The file's contents could not be read, although the password is right.");
        return report;
    }
    ERR_clear_error();
    EvpPkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr others(rawOthers ? rawOthers : sk_X509_new_null());

    report.readable = true;
    report.hasPrivateKey = key != nullptr;
    if (key)
        report.keyType = keyTypeName(key.get());
    // PKCS12_parse pairs the key with its certificate by localKeyId; without such a certificate, look ourselves.
    if (key && !certificate) {
        for (int i = 0; i < sk_X509_num(others.get()); ++i) {
            if (X509_check_private_key(sk_X509_value(others.get(), i), key.get()) == 1) {
                certificate.reset(sk_X509_delete(others.get(), i));
                break;
            }
        }
        ERR_clear_error();
    }
    report.keyMatchesLeaf = key && certificate && X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    const QList<X509*> chain = chainOrder(certificate.get(), others.get());
    for (X509* member : chain)
        report.certificates.append(describe(member));
    report.chainComplete = !chain.isEmpty() && X509_self_signed(chain.last(), 0) == 1;

    judgeJava(report, password, macAlgorithm);
    addFindings(report, now);
    return report;
}

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Empty:
        return QStringLiteral("empty");
    case ErrorKind::NotPkcs12:
        return QStringLiteral("not-pkcs12");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::BadPassword:
        return QStringLiteral("bad-password");
    case ErrorKind::UnsupportedAlgorithm:
        return QStringLiteral("unsupported-algorithm");
    }
    return {};
}

} // namespace mtlsdesk::p12
