#include "OutboundClient.h"

#include "P12Identity.h"

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace mtlsdesk::sandbox {

namespace {

OutboundResponse transportFailure(const QString& error, const QString& message)
{
    OutboundResponse response;
    response.transportError = error;
    response.transportMessage = message;
    return response;
}

QString describe(httplib::Error error, long verifyResult, const QString& host)
{
    switch (error) {
    case httplib::Error::Connection:
        return QStringLiteral("Could not connect to %1.").arg(host);
    case httplib::Error::ConnectionTimeout:
        return QStringLiteral("Connecting to %1 timed out.").arg(host);
    case httplib::Error::Read:
        return QStringLiteral("Reading the answer of %1 failed or timed out.").arg(host);
    case httplib::Error::Write:
        return QStringLiteral("Sending the request to %1 failed.").arg(host);
    case httplib::Error::SSLConnection:
        return QStringLiteral("The TLS handshake with %1 failed (for example, the server refused the client "
                              "certificate or no protocol version was shared).")
            .arg(host);
    case httplib::Error::SSLServerVerification:
        return QStringLiteral("The server certificate of %1 is not trusted: %2.")
            .arg(host, QString::fromUtf8(X509_verify_cert_error_string(verifyResult)));
    case httplib::Error::SSLLoadingCerts:
        return QStringLiteral("The trusted CA certificates could not be loaded.");
    default:
        return QStringLiteral("The call to %1 failed: %2.")
            .arg(host, QString::fromStdString(httplib::to_string(error)));
    }
}

} // namespace

OutboundClient::OutboundClient(X509* extraCa, int timeoutSeconds)
    : m_timeoutSeconds(timeoutSeconds)
{
    if (extraCa) {
        X509_up_ref(extraCa);
        m_extraCa.reset(extraCa);
    }
}

OutboundResponse OutboundClient::send(const OutboundRequest& request, const P12Identity* identity) const
{
    const QString host = request.url.host();
    if (request.url.scheme() != QLatin1String("https") || host.isEmpty())
        return transportFailure(QStringLiteral("InvalidUrl"), QStringLiteral("Only https:// URLs can be called."));

    httplib::SSLClient client(host.toStdString(), request.url.port(443),
                              identity ? identity->certificate.get() : nullptr,
                              identity ? identity->key.get() : nullptr);
    SSL_CTX* context = client.ssl_context();
    if (!client.is_valid() || !context)
        return transportFailure(QStringLiteral("SSLLoadingCerts"),
                                QStringLiteral("The client certificate and key could not be used."));
    if (identity) {
        for (const X509Ptr& member : identity->chain) {
            // The chain up to (not including) a self-signed root, so that the server can build the path.
            if (X509_check_issued(member.get(), member.get()) != X509_V_OK)
                SSL_CTX_add1_chain_cert(context, member.get());
        }
    }
    ERR_clear_error();
    // cpp-httplib adds the system CAs to this store when it connects (SSL_CTX_set_default_verify_paths).
    if (m_extraCa)
        X509_STORE_add_cert(SSL_CTX_get_cert_store(context), m_extraCa.get());
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    client.enable_server_certificate_verification(true);
    client.set_connection_timeout(m_timeoutSeconds, 0);
    client.set_read_timeout(m_timeoutSeconds, 0);
    client.set_write_timeout(m_timeoutSeconds, 0);
    client.set_keep_alive(false);
    client.set_url_encode(false); // the path and query are sent exactly as the caller encoded them

    httplib::Request outbound;
    outbound.method = request.method.toStdString();
    const QByteArray target = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    outbound.path = target.isEmpty() ? std::string("/") : target.toStdString();
    for (const auto& [name, value] : request.headers)
        outbound.set_header(name.toStdString(), value.toStdString());
    outbound.body = request.body.toStdString();

    const httplib::Result result = client.send(outbound);
    if (!result) {
        const OutboundResponse failure =
            transportFailure(QString::fromStdString(httplib::to_string(result.error())),
                             describe(result.error(), client.get_openssl_verify_result(),
                                      request.url.host() + QLatin1Char(':') + QString::number(request.url.port(443))));
        ERR_clear_error();
        return failure;
    }
    OutboundResponse response;
    response.delivered = true;
    response.status = result->status;
    for (const auto& [name, value] : result->headers)
        response.headers.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    response.body = QByteArray::fromStdString(result->body);
    return response;
}

} // namespace mtlsdesk::sandbox
