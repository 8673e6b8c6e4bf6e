#pragma once

// std::unique_ptr with the matching *_free for every OpenSSL object the P12 code holds.

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mtlsdesk::p12 {

// Loads OpenSSL's default and legacy providers once (the legacy one reads RC2/RC4/DES-era PKCS#12 files).
void loadProviders();

template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* object) const
    {
        Free(object);
    }
};

using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<PKCS8_PRIV_KEY_INFO_free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

struct Pkcs7StackDeleter
{
    void operator()(STACK_OF(PKCS7) * stack) const { sk_PKCS7_pop_free(stack, PKCS7_free); }
};
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), Pkcs7StackDeleter>;

struct SafeBagStackDeleter
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * stack) const { sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free); }
};
using SafeBagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), SafeBagStackDeleter>;

} // namespace mtlsdesk::p12
