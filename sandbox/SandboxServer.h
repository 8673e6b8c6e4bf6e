#pragma once

// The HTTPS server: cpp-httplib's SSLServer with the sandbox's certificate, the endpoints of DomainApi,
// LoginService, DiagnosticApi, CertificateApi, MappingApi, ActivateMappingApi, P12TesterApi and the runtime methods
// (CheckMappingApi, ForwardApi, both reading RuntimeCache), and the cross-cutting parts every request passes through:
//   pre-routing  -> request timer, Throttle (429 + Retry-After), chunked uploads refused (411), an absent
//                   Content-Length on POST/PUT/PATCH/DELETE read as an empty body
//   routing      -> handlers; a known path with another method becomes 405 with Allow; with --faults, Faults in the
//                   router's guard and finisher (before and after the handler)
//   errors       -> every status >= 400 without a body gets the JSON error shape (400, 404, 413, 414, 500 ...),
//                   except a remote answer that the P12 tester or forward passes on verbatim
//   logging      -> RequestLog, one stderr line per request
// Limits: 20 MiB bodies, 10 s read/write timeouts so a slow client cannot hold a worker, 2 s keep-alive so idle
// connections free their worker (and shutdown) quickly.

#include "ActivateMappingApi.h"
#include "Authenticator.h"
#include "CertificateApi.h"
#include "CheckMappingApi.h"
#include "DiagnosticApi.h"
#include "DomainApi.h"
#include "Faults.h"
#include "ForwardApi.h"
#include "LoginService.h"
#include "MappingApi.h"
#include "OAuth1Verifier.h"
#include "OutboundClient.h"
#include "P12TesterApi.h"
#include "RequestStats.h"
#include "Router.h"
#include "RuntimeCache.h"
#include "SandboxOptions.h"
#include "Throttle.h"

#include <httplib.h>

#include <memory>

namespace mtlsdesk::sandbox {

class Pki;
class Store;

class SandboxServer
{
public:
    static constexpr size_t MaxBodyBytes = 20 * 1024 * 1024;

    SandboxServer(const SandboxOptions& options, Store& store, const Pki& pki);

    bool isValid() const { return m_server.is_valid(); }
    // Binds the listening socket (options.port, or any free port for 0); returns the port, or -1.
    int bind();
    // Serves on the worker pool until stop(); returns false when serving failed.
    bool run();
    // Safe from any thread (the signal thread calls it).
    void stop();
    // "host:port" as the Domain API advertises it.
    QString hostPort() const { return m_domains.hostPort(); }

private:
    void configure();
    httplib::Server::HandlerResponse preRouting(const httplib::Request& request, httplib::Response& response);
    // Answers 429 with Retry-After.
    void refuse(httplib::Response& response, int retryAfter) const;
    // Logs and counts a request that a drop-before fault left without an answer (status 0).
    void recordUnanswered(const httplib::Request& request);
    httplib::Server::HandlerResponse fillError(const httplib::Request& request, httplib::Response& response) const;
    static void answerException(const httplib::Request& request, httplib::Response& response,
                                std::exception_ptr exception);

    SandboxOptions m_options;
    httplib::SSLServer m_server;
    Router m_router;
    Throttle m_throttle;
    OAuth1Verifier m_verifier;
    Authenticator m_authenticator;
    DomainApi m_domains;
    LoginService m_login;
    DiagnosticApi m_diagnostics;
    RequestStats m_stats;
    OutboundClient m_outbound;
    CertificateApi m_certificates;
    MappingApi m_mappings;
    ActivateMappingApi m_activate;
    P12TesterApi m_tester;
    RuntimeCache m_runtime;
    CheckMappingApi m_checks;
    ForwardApi m_forward;
    std::unique_ptr<Faults> m_faults; // null without --faults
};

} // namespace mtlsdesk::sandbox
