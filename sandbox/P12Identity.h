#pragma once

// The key, leaf certificate and chain of a P12 file as OpenSSL objects, for presenting it as a TLS client
// certificate (OutboundClient) or checking who issued it (DemoClient). Callers check the file with P12Verdict first;
// this only opens it.

#include "OpenSslPtr.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace mtlsdesk::sandbox {

struct P12Identity
{
    PKeyPtr key;
    X509Ptr certificate;
    std::vector<X509Ptr> chain; // the other certificates of the file, in file order

    // nullopt when the file does not open with `password` or lacks a key or certificate.
    static std::optional<P12Identity> open(const QByteArray& p12, const QByteArray& password);
};

} // namespace mtlsdesk::sandbox
