#include "p12/P12Builder.h"

#include "p12/OpenSsl.h"
#include "p12/P12Report.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <vector>

namespace mtlsdesk::p12 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(P12Builder)
};

using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslDeleter<X509_REQ_free>>;

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

EvpPkeyPtr readKey(const QByteArray& data, const QByteArray& password)
{
    // The PEM callback is not used: OpenSSL takes `u` as the pass phrase when the callback is null.
    void* passphrase = const_cast<char*>(password.constData());
    {
        BioPtr bio = memoryBio(data);
        if (EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, passphrase)) {
            ERR_clear_error();
            return EvpPkeyPtr(key);
        }
    }
    {
        BioPtr bio = memoryBio(data);
        if (EVP_PKEY* key = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, nullptr, passphrase)) {
            ERR_clear_error();
            return EvpPkeyPtr(key);
        }
    }
    BioPtr bio = memoryBio(data);
    EvpPkeyPtr key(d2i_PrivateKey_bio(bio.get(), nullptr));
    ERR_clear_error();
    return key;
}

std::vector<X509Ptr> readCertificates(const QByteArray& data)
{
    std::vector<X509Ptr> result;
    BioPtr bio = memoryBio(data);
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        result.emplace_back(certificate);
    if (result.empty()) {
        const auto* cursor = reinterpret_cast<const unsigned char*>(data.constData());
        if (X509* certificate = d2i_X509(nullptr, &cursor, data.size()))
            result.emplace_back(certificate);
    }
    ERR_clear_error();
    return result;
}

BuildResult create(EVP_PKEY* key, X509* leaf, STACK_OF(X509) * chain, const QByteArray& password, Profile profile,
                   const QString& friendlyName)
{
    BuildResult result;
    if (profile == Profile::Java17 && !isJavaPbes2Password(password))
        result.warnings << Text::tr("The password has non-ASCII characters: Java refuses such passwords with the "
                                    "Java 17 profile's AES encryption. Use an ASCII password.");
    else if (!isJavaPbes2Password(password))
        result.warnings << Text::tr("The password has non-ASCII characters: some tools read them differently. An "
                                    "ASCII password is safer.");
    const bool modern = profile == Profile::Java17;
    const int cipher = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? 10000 : 2048;
    const QByteArray name = friendlyName.toUtf8();
    Pkcs12Ptr file(PKCS12_create_ex(password.constData(), name.isEmpty() ? nullptr : name.constData(), key, leaf, chain,
                                    cipher, cipher, iterations, -1, 0, nullptr, nullptr));
    // PKCS12_create's own MAC is SHA-1; the profile decides, so the MAC is set here.
    if (!file || !PKCS12_set_mac(file.get(), password.constData(), -1, nullptr, 0, iterations,
                                 modern ? EVP_sha256() : EVP_sha1())) {
        result.error = Text::tr("OpenSSL could not build the PKCS#12 file: %1")
                           .arg(QString::fromLatin1(ERR_reason_error_string(ERR_peek_last_error())));
        ERR_clear_error();
        return result;
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(out.get(), file.get());
    result.data = bioBytes(out.get());
    result.ok = true;
    return result;
}

} // namespace

QString profileKey(Profile profile)
{
    return profile == Profile::Java17 ? QStringLiteral("java17") : QStringLiteral("widest");
}

bool profileFromKey(const QString& key, Profile& profile)
{
    for (Profile candidate : {Profile::Java17, Profile::Widest}) {
        if (profileKey(candidate) == key) {
            profile = candidate;
            return true;
        }
    }
    return false;
}

QString keyTypeKey(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa4096");
    case KeyType::EcP256:
        return QStringLiteral("ec-p256");
    case KeyType::EcP384:
        return QStringLiteral("ec-p384");
    }
    return {};
}

bool keyTypeFromKey(const QString& key, KeyType& type)
{
    for (KeyType candidate : {KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096, KeyType::EcP256, KeyType::EcP384}) {
        if (keyTypeKey(candidate) == key) {
            type = candidate;
            return true;
        }
    }
    return false;
}

CsrResult P12Builder::generateKeyAndCsr(KeyType type, const Subject& subject, const QByteArray& keyPassword)
{
    CsrResult result;
    if (subject.commonName.trimmed().isEmpty()) {
        result.error = Text::tr("The subject needs a common name (CN).");
        return result;
    }
    if (!subject.country.isEmpty() && subject.country.size() != 2) {
        result.error = Text::tr("The country must be a two-letter code, such as US or DE.");
        return result;
    }
    EvpPkeyPtr key;
    switch (type) {
    case KeyType::Rsa2048:
    case KeyType::Rsa3072:
    case KeyType::Rsa4096: {
        const size_t bits = type == KeyType::Rsa2048 ? 2048 : type == KeyType::Rsa3072 ? 3072 : 4096;
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits));
        break;
    }
    case KeyType::EcP256:
    case KeyType::EcP384:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", type == KeyType::EcP256 ? "P-256" : "P-384"));
        break;
    }
    X509ReqPtr request(X509_REQ_new());
    bool ok = key && request && X509_REQ_set_version(request.get(), 0) == 1;
    X509_NAME* name = ok ? X509_REQ_get_subject_name(request.get()) : nullptr;
    const std::pair<const char*, QString> fields[] = {{"C", subject.country},
                                                      {"ST", subject.state},
                                                      {"L", subject.locality},
                                                      {"O", subject.organization},
                                                      {"OU", subject.organizationalUnit},
                                                      {"CN", subject.commonName.trimmed()},
                                                      {"emailAddress", subject.email}};
    for (const auto& [field, value] : fields) {
        if (!ok || value.isEmpty())
            continue;
        const QByteArray utf8 = value.toUtf8();
        ok = X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                        static_cast<int>(utf8.size()), -1, 0) == 1;
    }
    ok = ok && X509_REQ_set_pubkey(request.get(), key.get()) == 1 && X509_REQ_sign(request.get(), key.get(), EVP_sha256()) > 0;
    BioPtr keyOut(BIO_new(BIO_s_mem()));
    BioPtr csrOut(BIO_new(BIO_s_mem()));
    ok = ok &&
         PEM_write_bio_PKCS8PrivateKey(keyOut.get(), key.get(), keyPassword.isEmpty() ? nullptr : EVP_aes_256_cbc(),
                                       keyPassword.constData(), static_cast<int>(keyPassword.size()), nullptr,
                                       nullptr) == 1 &&
         PEM_write_bio_X509_REQ(csrOut.get(), request.get()) == 1;
    if (!ok) {
        result.error = Text::tr("OpenSSL could not make the key or the request: %1")
                           .arg(QString::fromLatin1(ERR_reason_error_string(ERR_peek_last_error())));
        ERR_clear_error();
        return result;
    }
    result.keyPem = bioBytes(keyOut.get());
    result.csrPem = bioBytes(csrOut.get());
    result.ok = true;
    return result;
}

BuildResult P12Builder::build(const QByteArray& key, const QByteArray& keyPassword,
                              const QList<QByteArray>& certificates, const QByteArray& password, Profile profile,
                              const QString& friendlyName)
{
    loadProviders();
    BuildResult result;
    EvpPkeyPtr privateKey = readKey(key, keyPassword);
    if (!privateKey) {
        result.error = Text::tr("The private key cannot be read: it is not a PEM or DER key, or its password is wrong.");
        return result;
    }
    std::vector<X509Ptr> all;
    for (const QByteArray& data : certificates) {
        std::vector<X509Ptr> read = readCertificates(data);
        if (read.empty()) {
            result.error = Text::tr("One of the certificate files holds no certificate.");
            return result;
        }
        for (X509Ptr& certificate : read)
            all.push_back(std::move(certificate));
    }
    auto leaf = std::find_if(all.begin(), all.end(), [&privateKey](const X509Ptr& certificate) {
        return X509_check_private_key(certificate.get(), privateKey.get()) == 1;
    });
    ERR_clear_error();
    if (leaf == all.end()) {
        result.error = Text::tr("None of the certificates belongs to this private key.");
        return result;
    }
    X509Ptr leafCertificate = std::move(*leaf);
    all.erase(leaf);
    X509StackPtr chain(sk_X509_new_null());
    X509* previous = leafCertificate.get();
    for (X509Ptr& certificate : all) {
        if (X509_check_issued(certificate.get(), previous) != X509_V_OK)
            result.warnings << Text::tr("\"%1\" did not issue the certificate before it: check the chain's order and "
                                        "completeness.")
                                   .arg(QString::fromUtf8(X509_NAME_oneline(X509_get_subject_name(certificate.get()), nullptr, 0)));
        previous = certificate.get();
        sk_X509_push(chain.get(), certificate.release());
    }
    BuildResult built = create(privateKey.get(), leafCertificate.get(), chain.get(), password, profile, friendlyName);
    built.warnings = result.warnings + built.warnings;
    return built;
}

BuildResult P12Builder::rewrap(const QByteArray& p12, const QByteArray& oldPassword, const QByteArray& newPassword,
                               Profile profile)
{
    loadProviders();
    BuildResult result;
    const auto* cursor = reinterpret_cast<const unsigned char*>(p12.constData());
    Pkcs12Ptr file(d2i_PKCS12(nullptr, &cursor, p12.size()));
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    if (!file || !PKCS12_parse(file.get(), oldPassword.constData(), &rawKey, &rawCertificate, &rawChain)) {
        ERR_clear_error();
        result.error = Text::tr("The PKCS#12 file cannot be opened with this password. Inspect it to see why.");
        return result;
    }
    EvpPkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr chain(rawChain);
    if (!key || !certificate) {
        result.error = Text::tr("The PKCS#12 file has no private key with its certificate: there is nothing to "
                                "re-wrap for mutual TLS.");
        return result;
    }
    int aliasLength = 0;
    const unsigned char* alias = X509_alias_get0(certificate.get(), &aliasLength);
    const QString name = alias ? QString::fromUtf8(reinterpret_cast<const char*>(alias), aliasLength) : QString();
    return create(key.get(), certificate.get(), chain.get(), newPassword, profile, name);
}

} // namespace mtlsdesk::p12
