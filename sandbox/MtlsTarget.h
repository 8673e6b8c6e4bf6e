#pragma once

// A real mTLS server standing in for a partner's API: the second HTTPS listener of the sandbox (same host, its own
// port). It requires a client certificate (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT) issued by the partner
// CA or by a CA from --target-client-ca, and names exactly those CAs in its CertificateRequest (the client CA list),
// so a client can see which issuers are accepted. OpenSSL's default verification applies: expired or untrusted
// client certificates fail the handshake. The server certificate is the sandbox's server.pem; TLS 1.2 and 1.3.
//
// Any method on any path answers 200 with what arrived:
//   {"method","path","query","headers":{name: value},"body","clientCertificate":{"subject","issuer","serial","sha256"}}
// Requests are logged like the main listener's, prefixed with "target".

#include "OpenSslPtr.h"
#include "SandboxOptions.h"

#include <QString>

#include <httplib.h>

#include <vector>

namespace mtlsdesk::sandbox {

class Pki;

class MtlsTarget
{
public:
    // Reads the --target-client-ca files; problem() tells why when isValid() is false.
    MtlsTarget(const SandboxOptions& options, const Pki& pki);

    bool isValid() const { return m_problem.isEmpty() && m_server.is_valid(); }
    QString problem() const { return m_problem; }
    // Binds (options.targetPort, or any free port for 0); returns the port, or -1.
    int bind();
    bool run();
    void stop();
    // "https://host:port" once bound.
    QString url() const { return m_url; }

private:
    static std::vector<X509Ptr> readClientCas(const SandboxOptions& options, const Pki& pki, QString* problem);
    bool setUpContext(SSL_CTX& context) const;
    void configure();
    static void echo(const httplib::Request& request, httplib::Response& response);

    SandboxOptions m_options;
    const Pki& m_pki;
    QString m_problem;
    std::vector<X509Ptr> m_clientCas;
    httplib::SSLServer m_server;
    QString m_url;
};

} // namespace mtlsdesk::sandbox
