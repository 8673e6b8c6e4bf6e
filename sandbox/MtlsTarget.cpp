#include "MtlsTarget.h"

#include "p12/X509Text.h"

#include "JsonReply.h"
#include "Pki.h"
#include "RequestLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

namespace mtlsdesk::sandbox {

namespace {

constexpr size_t WorkerThreads = 8;
constexpr size_t MaxBodyBytes = 20 * 1024 * 1024;
const char* const LogPrefix = "target";

QJsonObject describe(X509* certificate)
{
    if (!certificate)
        return {};
    QByteArray serial;
    if (const BignumPtr number{ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)}) {
        char* hex = BN_bn2hex(number.get());
        serial = hex;
        OPENSSL_free(hex);
    }
    return QJsonObject{
        {QStringLiteral("subject"), p12::nameText(X509_get_subject_name(certificate))},
        {QStringLiteral("issuer"), p12::nameText(X509_get_issuer_name(certificate))},
        {QStringLiteral("serial"), QString::fromLatin1(serial)},
        {QStringLiteral("sha256"), p12::sha256Fingerprint(certificate)},
    };
}

} // namespace

MtlsTarget::MtlsTarget(const SandboxOptions& options, const Pki& pki)
    : m_options(options)
    , m_pki(pki)
    , m_clientCas(readClientCas(options, pki, &m_problem))
    , m_server([this](SSL_CTX& context) { return setUpContext(context); })
{
    configure();
}

std::vector<X509Ptr> MtlsTarget::readClientCas(const SandboxOptions& options, const Pki& pki, QString* problem)
{
    std::vector<X509Ptr> cas;
    X509_up_ref(pki.partnerCaCertificate());
    cas.emplace_back(pki.partnerCaCertificate());
    for (const QString& path : options.targetClientCaFiles) {
        const BioPtr bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
        size_t found = 0;
        while (bio) {
            X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!certificate)
                break;
            cas.push_back(std::move(certificate));
            ++found;
        }
        ERR_clear_error(); // the end of the file reads as an error
        if (found == 0) {
            *problem = QStringLiteral("--target-client-ca %1 holds no PEM certificate").arg(path);
            break;
        }
    }
    return cas;
}

bool MtlsTarget::setUpContext(SSL_CTX& context) const
{
    if (!m_problem.isEmpty())
        return false;
    SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
    SSL_CTX_set_options(&context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_use_certificate(&context, m_pki.serverCertificate()) != 1 ||
        SSL_CTX_use_PrivateKey(&context, m_pki.serverKey()) != 1 || SSL_CTX_check_private_key(&context) != 1)
        return false;
    X509_STORE* store = SSL_CTX_get_cert_store(&context);
    for (const X509Ptr& ca : m_clientCas) {
        // The same CA twice (a --target-client-ca repeating the partner CA) is not an error.
        X509_STORE_add_cert(store, ca.get());
        if (SSL_CTX_add_client_CA(&context, ca.get()) != 1)
            return false;
    }
    ERR_clear_error();
    SSL_CTX_set_verify(&context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    // A session resumed from another listener's context must not skip the client certificate check.
    static const unsigned char sessionContext[] = "mtls-sandbox-target";
    SSL_CTX_set_session_id_context(&context, sessionContext, sizeof sessionContext - 1);
    return true;
}

void MtlsTarget::configure()
{
    m_server.new_task_queue = [] { return new httplib::ThreadPool(WorkerThreads); };
    m_server.set_payload_max_length(MaxBodyBytes);
    m_server.set_read_timeout(10, 0);
    m_server.set_write_timeout(10, 0);
    m_server.set_keep_alive_timeout(2);
    m_server.set_keep_alive_max_count(100);
    m_server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        RequestLog::markStart();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            JsonReply::error(response, response.status,
                             response.status >= 500   ? ErrorCode::Internal
                             : response.status == 413 ? ErrorCode::PayloadTooLarge
                                                      : ErrorCode::BadRequest,
                             QStringLiteral("The request failed with HTTP status %1.").arg(response.status));
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        RequestLog::write(request, response, LogPrefix);
    });
    const auto handler = [](const httplib::Request& request, httplib::Response& response) { echo(request, response); };
    m_server.Get(".*", handler);
    m_server.Post(".*", handler);
    m_server.Put(".*", handler);
    m_server.Patch(".*", handler);
    m_server.Delete(".*", handler);
    m_server.Options(".*", handler);
}

int MtlsTarget::bind()
{
    const std::string host = m_options.host.toStdString();
    int port = m_options.targetPort;
    if (port == 0)
        port = m_server.bind_to_any_port(host);
    else if (!m_server.bind_to_port(host, port))
        port = -1;
    if (port > 0) {
        const QString shown = m_options.host == QLatin1String("0.0.0.0") || m_options.host == QLatin1String("::")
                                  ? QStringLiteral("127.0.0.1")
                              : m_options.host.contains(QLatin1Char(':'))
                                  ? QLatin1Char('[') + m_options.host + QLatin1Char(']')
                                  : m_options.host;
        m_url = QStringLiteral("https://%1:%2").arg(shown).arg(port);
    }
    return port;
}

bool MtlsTarget::run()
{
    return m_server.listen_after_bind();
}

void MtlsTarget::stop()
{
    m_server.stop();
}

void MtlsTarget::echo(const httplib::Request& request, httplib::Response& response)
{
    QJsonObject headers;
    for (const auto& [name, value] : request.headers) {
        // cpp-httplib files the connection's addresses among the headers; the client did not send them.
        if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT")
            continue;
        const QString key = QString::fromStdString(name);
        const QString text = QString::fromStdString(value);
        // Repeated headers are joined as RFC 9110 allows for list-valued fields.
        headers.insert(key, headers.contains(key) ? headers.value(key).toString() + QStringLiteral(", ") + text : text);
    }
    const std::string::size_type question = request.target.find('?');
    const std::string query = question == std::string::npos ? std::string() : request.target.substr(question + 1);
    X509* peer = request.ssl ? SSL_get0_peer_certificate(request.ssl) : nullptr;
    JsonReply::send(response, 200,
                    QJsonObject{{QStringLiteral("method"), QString::fromStdString(request.method)},
                                {QStringLiteral("path"), QString::fromStdString(request.path)},
                                {QStringLiteral("query"), QString::fromStdString(query)},
                                {QStringLiteral("headers"), headers},
                                {QStringLiteral("body"),
                                 QString::fromUtf8(request.body.data(), static_cast<qsizetype>(request.body.size()))},
                                {QStringLiteral("clientCertificate"), describe(peer)}});
}

} // namespace mtlsdesk::sandbox
