#pragma once

// The sandbox's own certificate authority and its HTTPS server certificate, kept in the data directory:
//   ca.pem / ca-key.pem          "mtls-sandbox CA", 10 years, CA:TRUE (critical), keyCertSign + cRLSign
//   server.pem / server-key.pem  signed by that CA, SAN IP:127.0.0.1 + DNS:localhost (+ the --host), serverAuth
// Keys are EC P-256: generated in milliseconds, accepted by Qt and OpenSSL. A later start reuses both; the server
// certificate alone is renewed when it nears expiry, no longer matches the CA or does not name the host, so that
// clients which already trust ca.pem keep working.

#include "OpenSslPtr.h"

#include <QString>

#include <initializer_list>

namespace mtlsdesk::sandbox {

class Pki
{
public:
    // Loads or creates the files in `directory`; throws std::runtime_error with OpenSSL's reason on failure.
    static Pki loadOrCreate(const QString& directory, const QString& host);

    X509* serverCertificate() const { return m_serverCertificate.get(); }
    EVP_PKEY* serverKey() const { return m_serverKey.get(); }
    X509* caCertificate() const { return m_caCertificate.get(); }
    QString caFile() const { return m_caFile; }
    bool createdCa() const { return m_createdCa; }
    bool createdServerCertificate() const { return m_createdServer; }

private:
    struct Extension
    {
        int nid;
        const char* value; // in openssl.cnf syntax, e.g. "critical,CA:TRUE"
    };

    static PKeyPtr generateKey();
    // Self-signed when `issuer` is null.
    static X509Ptr issue(EVP_PKEY* subjectKey, const QString& commonName, int days, X509* issuer, EVP_PKEY* issuerKey,
                         std::initializer_list<Extension> extensions);
    static bool serverCertificateUsable(X509* certificate, EVP_PKEY* key, X509* ca, EVP_PKEY* caKey,
                                        const QString& host);

    X509Ptr m_caCertificate;
    PKeyPtr m_caKey;
    X509Ptr m_serverCertificate;
    PKeyPtr m_serverKey;
    QString m_caFile;
    bool m_createdCa = false;
    bool m_createdServer = false;
};

} // namespace mtlsdesk::sandbox
