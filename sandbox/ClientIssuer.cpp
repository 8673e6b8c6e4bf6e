#include "ClientIssuer.h"

#include "Pki.h"

#include "p12/P12Builder.h"
#include "p12/P12Inspector.h"

#include <openssl/crypto.h>

#include <stdexcept>

namespace mtlsdesk::sandbox {

IssuedP12 ClientIssuer::issue(const QString& commonName, int days, X509* ca, EVP_PKEY* caKey,
                              const QByteArray& password)
{
    const PKeyPtr key = Pki::generateRsaKey(2048);
    const X509Ptr certificate = Pki::issue(key.get(), commonName, days, ca, caKey,
                                           {{NID_basic_constraints, "critical,CA:FALSE"},
                                            {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                                            {NID_ext_key_usage, "clientAuth"},
                                            {NID_subject_key_identifier, "hash"},
                                            {NID_authority_key_identifier, "keyid:always"}});
    QByteArray keyPem = Pki::pem(key.get());
    const p12::Profile profile = p12::isJavaPbes2Password(password) ? p12::Profile::Java17 : p12::Profile::Widest;
    const p12::BuildResult built =
        p12::P12Builder::build(keyPem, {}, {Pki::pem(certificate.get()), Pki::pem(ca)}, password, profile, commonName);
    OPENSSL_cleanse(keyPem.data(), static_cast<size_t>(keyPem.size()));
    if (!built.ok)
        throw std::runtime_error("cannot build the P12 file: " + built.error.toStdString());

    const p12::Report report = p12::P12Inspector::inspect(built.data, password);
    if (!report.readable || !report.java.loads || report.certificates.isEmpty())
        throw std::runtime_error("the new P12 file would not load in Java: " + report.java.reason.toStdString());
    return IssuedP12{built.data, report.certificates.first().notAfter.toMSecsSinceEpoch()};
}

} // namespace mtlsdesk::sandbox
