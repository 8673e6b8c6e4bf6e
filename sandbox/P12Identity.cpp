#include "P12Identity.h"

#include "p12/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/pkcs12.h>

namespace mtlsdesk::sandbox {

std::optional<P12Identity> P12Identity::open(const QByteArray& p12, const QByteArray& password)
{
    // The legacy provider reads RC2-era files, which Java also loads.
    p12::loadProviders();
    const BioPtr bio(BIO_new_mem_buf(p12.constData(), static_cast<int>(p12.size())));
    const p12::Pkcs12Ptr file(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!file) {
        ERR_clear_error();
        return std::nullopt;
    }
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509)* others = nullptr;
    const QByteArray pass = password; // PKCS12_parse wants a NUL-terminated string; QByteArray has one
    const int parsed = PKCS12_parse(file.get(), pass.constData(), &key, &certificate, &others);
    ERR_clear_error();
    P12Identity identity;
    identity.key.reset(key);
    identity.certificate.reset(certificate);
    const p12::X509StackPtr chain(others);
    if (parsed != 1 || !identity.key || !identity.certificate)
        return std::nullopt;
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i) {
        X509* member = sk_X509_value(chain.get(), i);
        X509_up_ref(member);
        identity.chain.emplace_back(member);
    }
    return identity;
}

} // namespace mtlsdesk::sandbox
