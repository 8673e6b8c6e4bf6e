#pragma once

// The sandbox's own certificate authority and its HTTPS server certificate, kept in the data directory:
//   ca.pem / ca-key.pem          "mtls-sandbox CA", 10 years, CA:TRUE (critical), keyCertSign + cRLSign
//   server.pem / server-key.pem  signed by that CA, SAN IP:127.0.0.1 + DNS:localhost (+ the --host), serverAuth
//   partner-ca.pem / partner-ca-key.pem  "mtls-sandbox partner CA": the CA a partner's mTLS server trusts for its
//                                        clients; it signs the demo client certificate (see DemoClient, MtlsTarget)
// Keys are EC P-256: generated in milliseconds, accepted by Qt and OpenSSL. A later start reuses both; the server
// certificate alone is renewed when it nears expiry, no longer matches the CA or does not name the host, so that
// clients which already trust ca.pem keep working.

#include "OpenSslPtr.h"

#include <QString>

#include <initializer_list>
#include <string>

namespace mtlsdesk::sandbox {

class Pki
{
public:
    struct Extension
    {
        int nid;
        const char* value; // in openssl.cnf syntax, e.g. "critical,CA:TRUE"
    };

    // Loads or creates the files in `directory`; throws std::runtime_error with OpenSSL's reason on failure.
    static Pki loadOrCreate(const QString& directory, const QString& host);

    X509* serverCertificate() const { return m_serverCertificate.get(); }
    EVP_PKEY* serverKey() const { return m_serverKey.get(); }
    X509* caCertificate() const { return m_caCertificate.get(); }
    EVP_PKEY* caKey() const { return m_caKey.get(); }
    QString caFile() const { return m_caFile; }
    X509* partnerCaCertificate() const { return m_partnerCaCertificate.get(); }
    EVP_PKEY* partnerCaKey() const { return m_partnerCaKey.get(); }
    QString partnerCaFile() const { return m_partnerCaFile; }

    static PKeyPtr generateRsaKey(int bits);
    // Self-signed when `issuer` is null; subject "O=mTLS Desk sandbox, CN=<commonName>", backdated by an hour.
    static X509Ptr issue(EVP_PKEY* subjectKey, const QString& commonName, int days, X509* issuer, EVP_PKEY* issuerKey,
                         std::initializer_list<Extension> extensions);
    // PEM text of a certificate or (unencrypted PKCS#8) private key, for building P12 files in memory.
    static QByteArray pem(X509* certificate);
    static QByteArray pem(EVP_PKEY* key);
    [[noreturn]] static void throwOpenSsl(const std::string& what);
    bool createdCa() const { return m_createdCa; }
    bool createdServerCertificate() const { return m_createdServer; }

private:
    static PKeyPtr generateKey();
    // Loads the CA pair from the two files, or creates and writes a new one; true when it was created.
    static bool loadOrCreateCa(const QString& certificateFile, const QString& keyFile, const QString& commonName,
                               X509Ptr& certificate, PKeyPtr& key);
    static bool serverCertificateUsable(X509* certificate, EVP_PKEY* key, X509* ca, EVP_PKEY* caKey,
                                        const QString& host);

    X509Ptr m_caCertificate;
    PKeyPtr m_caKey;
    X509Ptr m_serverCertificate;
    PKeyPtr m_serverKey;
    X509Ptr m_partnerCaCertificate;
    PKeyPtr m_partnerCaKey;
    QString m_caFile;
    QString m_partnerCaFile;
    bool m_createdCa = false;
    bool m_createdServer = false;
};

} // namespace mtlsdesk::sandbox
