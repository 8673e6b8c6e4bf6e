#include "Pki.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <arpa/inet.h>
#include <sys/stat.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>

namespace mtlsdesk::sandbox {

namespace {

constexpr int CaDays = 3650;
constexpr int ServerDays = 730;
// Renewing a month early leaves time to notice; the server certificate is cheap to replace.
constexpr int RenewBeforeDays = 30;

} // namespace

void Pki::throwOpenSsl(const std::string& what)
{
    std::string reason;
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reason += reason.empty() ? ": " : "; ";
        reason += buffer;
    }
    throw std::runtime_error(what + reason);
}

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

X509Ptr readCertificate(const QString& path)
{
    const BioPtr bio(BIO_new_file(nativePath(path).constData(), "r"));
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error(); // a missing or unreadable file only means "create a new one"
    return certificate;
}

PKeyPtr readKey(const QString& path)
{
    const BioPtr bio(BIO_new_file(nativePath(path).constData(), "r"));
    PKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return key;
}

// Writes through a temporary file and rename(), so a crash never leaves half a key behind.
template <typename Writer> void writePem(const QString& path, mode_t mode, Writer&& write)
{
    const QByteArray target = nativePath(path);
    const QByteArray temporary = target + ".tmp";
    {
        const BioPtr bio(BIO_new_file(temporary.constData(), "w"));
        if (!bio || write(bio.get()) != 1)
            Pki::throwOpenSsl("cannot write " + path.toStdString());
        if (BIO_flush(bio.get()) != 1)
            Pki::throwOpenSsl("cannot flush " + path.toStdString());
    }
    if (::chmod(temporary.constData(), mode) != 0 || std::rename(temporary.constData(), target.constData()) != 0)
        throw std::runtime_error("cannot store " + path.toStdString());
}

void writeCertificate(const QString& path, X509* certificate)
{
    writePem(path, 0644, [certificate](BIO* bio) { return PEM_write_bio_X509(bio, certificate); });
}

void writeKey(const QString& path, EVP_PKEY* key)
{
    writePem(path, 0600,
             [key](BIO* bio) { return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); });
}

bool isIpAddress(const QByteArray& host)
{
    unsigned char buffer[sizeof(struct in6_addr)];
    return inet_pton(AF_INET, host.constData(), buffer) == 1 || inet_pton(AF_INET6, host.constData(), buffer) == 1;
}

bool isWildcard(const QString& host)
{
    return host == QLatin1String("0.0.0.0") || host == QLatin1String("::") || host.isEmpty();
}

bool certificateNamesHost(X509* certificate, const QString& host)
{
    if (isWildcard(host))
        return X509_check_ip_asc(certificate, "127.0.0.1", 0) == 1;
    const QByteArray name = host.toUtf8();
    if (isIpAddress(name))
        return X509_check_ip_asc(certificate, name.constData(), 0) == 1;
    return X509_check_host(certificate, name.constData(), static_cast<size_t>(name.size()), 0, nullptr) == 1;
}

QByteArray subjectAltNames(const QString& host)
{
    QByteArray names = "IP:127.0.0.1,DNS:localhost";
    const QByteArray extra = host.toUtf8();
    if (isWildcard(host) || extra == "127.0.0.1" || extra == "localhost")
        return names;
    return names + (isIpAddress(extra) ? ",IP:" : ",DNS:") + extra;
}

} // namespace

Pki Pki::loadOrCreate(const QString& directory, const QString& host)
{
    const QDir dir(directory);
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    const QString caKeyFile = dir.filePath(QStringLiteral("ca-key.pem"));
    const QString serverFile = dir.filePath(QStringLiteral("server.pem"));
    const QString serverKeyFile = dir.filePath(QStringLiteral("server-key.pem"));

    Pki pki;
    pki.m_caFile = caFile;
    pki.m_createdCa =
        loadOrCreateCa(caFile, caKeyFile, QStringLiteral("mtls-sandbox CA"), pki.m_caCertificate, pki.m_caKey);
    pki.m_partnerCaFile = dir.filePath(QStringLiteral("partner-ca.pem"));
    loadOrCreateCa(pki.m_partnerCaFile, dir.filePath(QStringLiteral("partner-ca-key.pem")),
                   QStringLiteral("mtls-sandbox partner CA"), pki.m_partnerCaCertificate, pki.m_partnerCaKey);

    pki.m_serverCertificate = readCertificate(serverFile);
    pki.m_serverKey = readKey(serverKeyFile);
    if (!serverCertificateUsable(pki.m_serverCertificate.get(), pki.m_serverKey.get(), pki.m_caCertificate.get(),
                                 pki.m_caKey.get(), host)) {
        const QByteArray altNames = subjectAltNames(host);
        pki.m_serverKey = generateKey();
        pki.m_serverCertificate = issue(pki.m_serverKey.get(), QStringLiteral("localhost"), ServerDays,
                                        pki.m_caCertificate.get(), pki.m_caKey.get(),
                                        {{NID_basic_constraints, "critical,CA:FALSE"},
                                         {NID_key_usage, "critical,digitalSignature"},
                                         {NID_ext_key_usage, "serverAuth"},
                                         {NID_subject_alt_name, altNames.constData()},
                                         {NID_subject_key_identifier, "hash"},
                                         {NID_authority_key_identifier, "keyid:always"}});
        writeKey(serverKeyFile, pki.m_serverKey.get());
        writeCertificate(serverFile, pki.m_serverCertificate.get());
        pki.m_createdServer = true;
    }
    return pki;
}

bool Pki::loadOrCreateCa(const QString& certificateFile, const QString& keyFile, const QString& commonName,
                         X509Ptr& certificate, PKeyPtr& key)
{
    certificate = readCertificate(certificateFile);
    key = readKey(keyFile);
    if (certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1)
        return false;
    ERR_clear_error();
    key = generateKey();
    certificate = issue(key.get(), commonName, CaDays, nullptr, key.get(),
                        {{NID_basic_constraints, "critical,CA:TRUE"},
                         {NID_key_usage, "critical,keyCertSign,cRLSign"},
                         {NID_subject_key_identifier, "hash"}});
    writeKey(keyFile, key.get());
    writeCertificate(certificateFile, certificate.get());
    return true;
}

PKeyPtr Pki::generateRsaKey(int bits)
{
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
    if (!key)
        throwOpenSsl("cannot generate an RSA key");
    return key;
}

QByteArray Pki::pem(X509* certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        throwOpenSsl("cannot write a certificate");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray Pki::pem(EVP_PKEY* key)
{
    // A memory BIO is zeroed when freed only if it is told to; BIO_s_secmem does that.
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throwOpenSsl("cannot write a private key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

PKeyPtr Pki::generateKey()
{
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        throwOpenSsl("cannot generate an EC P-256 key");
    return key;
}

X509Ptr Pki::issue(EVP_PKEY* subjectKey, const QString& commonName, int days, X509* issuer, EVP_PKEY* issuerKey,
                   std::initializer_list<Extension> extensions)
{
    X509Ptr certificate(X509_new());
    const BignumPtr serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        throwOpenSsl("cannot start a certificate");

    // Backdated by an hour so that a client whose clock is slightly behind accepts a fresh certificate.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, 0, nullptr))
        throwOpenSsl("cannot set the validity period");

    X509_NAME* subject = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("mTLS Desk sandbox"), -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0) != 1 ||
        X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1 ||
        X509_set_pubkey(certificate.get(), subjectKey) != 1)
        throwOpenSsl("cannot set the certificate names");

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer : certificate.get(), certificate.get(), nullptr, nullptr, 0);
    for (const Extension& extension : extensions) {
        const X509ExtensionPtr created(X509V3_EXT_nconf_nid(nullptr, &context, extension.nid, extension.value));
        if (!created || X509_add_ext(certificate.get(), created.get(), -1) != 1)
            throwOpenSsl(std::string("cannot add the extension ") + OBJ_nid2sn(extension.nid));
    }
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        throwOpenSsl("cannot sign the certificate");
    return certificate;
}

bool Pki::serverCertificateUsable(X509* certificate, EVP_PKEY* key, X509* ca, EVP_PKEY* caKey, const QString& host)
{
    if (!certificate || !key)
        return false;
    time_t renewAt = std::time(nullptr) + time_t{RenewBeforeDays} * 24 * 3600;
    const bool usable = X509_check_private_key(certificate, key) == 1 && X509_verify(certificate, caKey) == 1 &&
                        X509_check_issued(ca, certificate) == X509_V_OK &&
                        X509_cmp_time(X509_get0_notAfter(certificate), &renewAt) > 0 &&
                        certificateNamesHost(certificate, host);
    ERR_clear_error();
    return usable;
}

} // namespace mtlsdesk::sandbox
