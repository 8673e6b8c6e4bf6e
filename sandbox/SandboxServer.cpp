#include "SandboxServer.h"

#include "JsonReply.h"
#include "Pki.h"
#include "RequestLog.h"
#include "Store.h"

#include <openssl/ssl.h>

#include <cstdio>
#include <utility>

namespace mtlsdesk::sandbox {

namespace {

// cpp-httplib's default pool (8 threads here) can be used up by idle keep-alive connections of a few clients; the
// worker count bounds concurrent connections, not requests, so it is generous.
constexpr size_t WorkerThreads = 32;

// Retry-After seconds for the request this worker thread is serving when the throttle refused it but its body still
// had to be read (see preRouting); 0 otherwise. One connection is served by one thread from start to end.
thread_local int t_refusedRetryAfter = 0;
// True once a drop-before fault logged and counted the request this worker thread serves (as status 0), so that the
// logger does not count it again if cpp-httplib calls it after its write failed.
thread_local bool t_recordedUnanswered = false;

bool isChunkedBody(const httplib::Request& request)
{
    return QByteArray::fromStdString(request.get_header_value("Transfer-Encoding")).toLower().contains("chunked");
}

bool expectsBody(const httplib::Request& request)
{
    // The methods for which cpp-httplib reads a body.
    return request.method == "POST" || request.method == "PUT" || request.method == "PATCH" ||
           request.method == "DELETE" || request.method == "PRI";
}

bool hasBody(const httplib::Request& request)
{
    const std::string length = request.get_header_value("Content-Length");
    return isChunkedBody(request) || (!length.empty() && length != "0");
}

QString advertisedHost(const QString& host)
{
    // A wildcard bind is reachable on loopback, which is also what the server certificate names.
    if (host == QLatin1String("0.0.0.0") || host == QLatin1String("::") || host.isEmpty())
        return QStringLiteral("127.0.0.1");
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, Store& store, const Pki& pki)
    : m_options(options)
    , m_server(pki.serverCertificate(), pki.serverKey())
    , m_router(m_server)
    , m_throttle(options.rateLimit)
    , m_authenticator(store, m_verifier)
    , m_domains(store)
    , m_login(store, m_domains, options.tokenTtlSeconds)
    , m_diagnostics(m_authenticator)
    , m_outbound(pki.caCertificate())
    , m_certificates(store, m_authenticator, pki)
    , m_mappings(store, m_authenticator)
    , m_activate(store, m_authenticator, m_outbound)
    , m_tester(m_authenticator, m_outbound)
    , m_runtime(store, options.cacheSeconds)
    , m_checks(m_authenticator, m_runtime)
    , m_forward(m_authenticator, m_runtime, m_outbound)
{
    if (options.faults)
        m_faults = std::make_unique<Faults>(*options.faults, options.faultsSeed, store, m_stats);
    configure();
    m_domains.registerRoutes(m_router);
    m_login.registerRoutes(m_router);
    m_diagnostics.registerRoutes(m_router);
    m_stats.registerRoutes(m_router);
    m_certificates.registerRoutes(m_router);
    m_mappings.registerRoutes(m_router);
    m_activate.registerRoutes(m_router);
    m_tester.registerRoutes(m_router);
    m_checks.registerRoutes(m_router);
    m_forward.registerRoutes(m_router);
}

void SandboxServer::configure()
{
    if (SSL_CTX* context = m_server.ssl_context())
        SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);

    m_server.new_task_queue = [] { return new httplib::ThreadPool(WorkerThreads); };
    m_server.set_payload_max_length(MaxBodyBytes);
    m_server.set_read_timeout(10, 0);
    m_server.set_write_timeout(10, 0);
    m_server.set_keep_alive_timeout(2);
    m_server.set_keep_alive_max_count(100);

    m_server.set_pre_routing_handler(
        [this](const httplib::Request& request, httplib::Response& response) { return preRouting(request, response); });
    m_server.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& request, httplib::Response& response) { return fillError(request, response); }));
    m_server.set_exception_handler(&SandboxServer::answerException);
    m_server.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        t_refusedRetryAfter = 0;
        JsonReply::resetVerbatim();
        if (std::exchange(t_recordedUnanswered, false))
            return;
        RequestLog::write(request, response);
        m_stats.record(request, response);
    });
    m_router.setGuard([this](const httplib::Request& request, httplib::Response& response) {
        if (t_refusedRetryAfter != 0) {
            refuse(response, t_refusedRetryAfter);
            return false;
        }
        if (!m_faults)
            return true;
        switch (m_faults->before(request, response)) {
        case Faults::Verdict::Serve:
            return true;
        case Faults::Verdict::Answered:
            return false;
        case Faults::Verdict::Dropped:
            recordUnanswered(request);
            return false;
        }
        return true;
    });
    m_router.setFinisher([this](const httplib::Request& request, httplib::Response& response) {
        if (m_faults)
            m_faults->after(request, response);
    });
}

void SandboxServer::recordUnanswered(const httplib::Request& request)
{
    httplib::Response none;
    none.status = 0;
    RequestLog::write(request, none);
    m_stats.record(request, none);
    t_recordedUnanswered = true;
}

int SandboxServer::bind()
{
    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = m_server.bind_to_any_port(host);
    else if (!m_server.bind_to_port(host, port))
        port = -1;
    if (port > 0)
        m_domains.setHostPort(advertisedHost(m_options.host) + QLatin1Char(':') + QString::number(port));
    return port;
}

bool SandboxServer::run()
{
    return m_server.listen_after_bind();
}

void SandboxServer::stop()
{
    m_server.stop();
}

httplib::Server::HandlerResponse SandboxServer::preRouting(const httplib::Request& request, httplib::Response& response)
{
    RequestLog::markStart();
    t_recordedUnanswered = false;
    if (expectsBody(request) && !request.has_header("Content-Length") && !request.has_header("Transfer-Encoding")) {
        // RFC 9112 §6.3: such a request has no body. cpp-httplib 0.11 instead reads until the client closes or the
        // read timeout ends and then answers 400, so `curl -X POST` or a body-less DELETE would hang for 10 s.
        // Declaring the empty body makes it skip the read; the Request is a mutable local of cpp-httplib's request
        // loop, only passed here as const.
        const_cast<httplib::Request&>(request).set_header("Content-Length", "0");
    }
    // cpp-httplib 0.11 applies the body limit only to Content-Length bodies; a chunked body would be buffered
    // without bound, so it is refused. Neither Qt nor the contract's clients send chunked request bodies.
    if (isChunkedBody(request)) {
        response.set_header("Connection", "close");
        JsonReply::error(response, 411, ErrorCode::LengthRequired,
                         QStringLiteral("Chunked request bodies are not accepted; send a Content-Length."));
        return httplib::Server::HandlerResponse::Handled;
    }
    t_refusedRetryAfter = 0;
    const int retryAfter = m_throttle.admit(request.remote_addr);
    if (retryAfter == 0)
        return httplib::Server::HandlerResponse::Unhandled;
    if (hasBody(request)) {
        // Answering now would leave the unread body on the connection, where cpp-httplib would take it for the
        // next request. Let it read the body (bounded by the payload limit) and refuse before any handler runs.
        t_refusedRetryAfter = retryAfter;
        return httplib::Server::HandlerResponse::Unhandled;
    }
    refuse(response, retryAfter);
    return httplib::Server::HandlerResponse::Handled;
}

void SandboxServer::refuse(httplib::Response& response, int retryAfter) const
{
    response.set_header("Retry-After", std::to_string(retryAfter));
    JsonReply::error(response, 429, ErrorCode::RateLimited,
                     QStringLiteral("Too many requests: this service allows %1 requests per second per client "
                                    "address. Retry after %2 s.")
                         .arg(m_options.rateLimit)
                         .arg(retryAfter));
}

httplib::Server::HandlerResponse SandboxServer::fillError(const httplib::Request& request,
                                                          httplib::Response& response) const
{
    // Handlers that failed on purpose already wrote their JSON error; a passed-on remote answer stays as it came.
    if (!response.body.empty() || JsonReply::isVerbatim())
        return httplib::Server::HandlerResponse::Unhandled;

    if (response.status == 404 && t_refusedRetryAfter > 0) {
        refuse(response, t_refusedRetryAfter);
        return httplib::Server::HandlerResponse::Handled;
    }
    if (response.status == 404) {
        const std::string allowed = m_router.allowedMethods(request.path);
        if (!allowed.empty()) {
            response.set_header("Allow", allowed);
            JsonReply::error(response, 405, ErrorCode::MethodNotAllowed,
                             QStringLiteral("%1 is not allowed on this path; use %2.")
                                 .arg(QString::fromStdString(RequestLog::printable(request.method, 16)),
                                      QString::fromStdString(allowed)));
            return httplib::Server::HandlerResponse::Handled;
        }
        JsonReply::error(response, 404, ErrorCode::NotFound,
                         QStringLiteral("There is no endpoint at %1.")
                             .arg(QString::fromStdString(RequestLog::printable(request.path, 200))));
        return httplib::Server::HandlerResponse::Handled;
    }

    switch (response.status) {
    case 400:
        if (request.is_multipart_form_data()) {
            // cpp-httplib refuses a multipart body it cannot parse before any handler runs.
            JsonReply::error(response, 400, ErrorCode::NotMultipart,
                             QStringLiteral("The multipart/form-data body could not be parsed (check the boundary, "
                                            "the part headers and the closing delimiter)."));
            break;
        }
        JsonReply::error(response, 400, ErrorCode::BadRequest,
                         QStringLiteral("The request is not valid HTTP/1.1 or has an invalid body."));
        break;
    case 413:
        JsonReply::error(
            response, 413, ErrorCode::PayloadTooLarge,
            QStringLiteral("The request body is larger than the %1 MiB limit.").arg(MaxBodyBytes / (1024 * 1024)));
        break;
    case 414:
        JsonReply::error(response, 414, ErrorCode::BadRequest, QStringLiteral("The request URI is too long."));
        break;
    default:
        JsonReply::error(response, response.status,
                         response.status >= 500 ? ErrorCode::Internal : ErrorCode::BadRequest,
                         QStringLiteral("The request failed with HTTP status %1.").arg(response.status));
        break;
    }
    return httplib::Server::HandlerResponse::Handled;
}

void SandboxServer::answerException(const httplib::Request& request, httplib::Response& response,
                                    std::exception_ptr exception)
{
    QString reason = QStringLiteral("unknown error");
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception& error) {
        reason = QString::fromUtf8(error.what());
    } catch (...) {
    }
    std::fprintf(stderr, "error: %s %s failed: %s\n", RequestLog::printable(request.method, 16).c_str(),
                 RequestLog::printable(request.path, 200).c_str(), reason.toUtf8().constData());
    JsonReply::error(response, 500, ErrorCode::Internal,
                     QStringLiteral("The sandbox failed to handle the request: %1").arg(reason));
}

} // namespace mtlsdesk::sandbox
