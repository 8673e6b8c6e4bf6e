#pragma once

// Issues mTLS client identities: a fresh RSA 2048 key, a certificate for it with EKU clientAuth signed by the given
// CA, and a P12 holding key, certificate and CA that Java loads (P12Builder's Java 17 profile, or the widest one
// for a password that PBES2 in Java refuses; the result is checked with P12Inspector). Used for the demo client
// (partner CA) and for auto-generated certificates (sandbox CA).

#include "OpenSslPtr.h"

#include <QByteArray>
#include <QString>

namespace mtlsdesk::sandbox {

struct IssuedP12
{
    QByteArray p12;
    qint64 expiresMs = 0; // notAfter of the new certificate
};

class ClientIssuer
{
public:
    // Throws std::runtime_error when OpenSSL or the builder fails, or the file would not load in Java.
    static IssuedP12 issue(const QString& commonName, int days, X509* ca, EVP_PKEY* caKey, const QByteArray& password);
};

} // namespace mtlsdesk::sandbox
