#include "P12TesterApi.h"

#include "Authenticator.h"
#include "FormRequest.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "P12Identity.h"
#include "P12Verdict.h"

#include <QUrl>

#include <openssl/crypto.h>

namespace mtlsdesk::sandbox {

namespace {

bool isHopByHop(const QByteArray& name)
{
    // RFC 9110 section 7.6.1, plus the framing headers that cpp-httplib writes itself.
    static const QByteArrayList names{"connection",
                                      "keep-alive",
                                      "proxy-authenticate",
                                      "proxy-authorization",
                                      "proxy-connection",
                                      "te",
                                      "trailer",
                                      "transfer-encoding",
                                      "upgrade",
                                      "content-length"};
    return names.contains(name.toLower());
}

QByteArray header(const httplib::Request& request, const char* name)
{
    return QByteArray::fromStdString(request.get_header_value(name)).trimmed();
}

} // namespace

P12TesterApi::P12TesterApi(const Authenticator& authenticator, const OutboundClient& outbound)
    : m_authenticator(authenticator)
    , m_outbound(outbound)
{
}

void P12TesterApi::registerRoutes(Router& router)
{
    router.post(R"(/mtls/account/([^/]+)/p12-test/multipart)",
                [this](const httplib::Request& request, httplib::Response& response) { test(request, response); });
}

void P12TesterApi::test(const httplib::Request& request, httplib::Response& response) const
{
    const AuthResult auth = m_authenticator.authenticateBearer(request, JsonRequest::capture(request, 1));
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    if (!FormRequest::requireMultipart(request, response))
        return;
    const std::optional<QByteArray> file = FormRequest::part(request, {"file"}, response);
    if (!file)
        return;
    std::optional<QByteArray> password = FormRequest::part(request, {"password"}, response);
    if (!password)
        return;

    const P12Verdict verdict = P12Verdict::of(*file, *password);
    if (!verdict.ok) {
        OPENSSL_cleanse(password->data(), static_cast<size_t>(password->size()));
        JsonReply::error(response, 500, verdict.code, verdict.message);
        return;
    }
    if (!request.has_header("LP-forward-url")) {
        OPENSSL_cleanse(password->data(), static_cast<size_t>(password->size()));
        JsonReply::send(response, 200,
                        QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                                    {QStringLiteral("message"),
                                     QStringLiteral("The password opens the P12 file, its private key matches its "
                                                    "certificate, and Java can load it.")}});
        return;
    }
    const std::optional<P12Identity> identity = P12Identity::open(*file, *password);
    OPENSSL_cleanse(password->data(), static_cast<size_t>(password->size()));
    if (!identity) {
        JsonReply::error(response, 500, ErrorCode::P12Unreadable,
                         QStringLiteral("The P12 file passed the checks but OpenSSL could not take its key and "
                                        "certificate for a TLS connection."));
        return;
    }
    forward(request, response, *identity);
}

void P12TesterApi::forward(const httplib::Request& request, httplib::Response& response,
                           const P12Identity& identity) const
{
    OutboundRequest outbound;
    // cpp-httplib 0.11 percent-decodes header values, so "%20" arrives as a space: the tolerant parser encodes it
    // again. (An encoded delimiter such as %2F or %26 cannot be told from the real one any more; see README.)
    outbound.url = QUrl(QString::fromUtf8(header(request, "LP-forward-url")), QUrl::TolerantMode);
    if (!outbound.url.isValid() || outbound.url.scheme() != QLatin1String("https") || outbound.url.host().isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::ForwardUrlInvalid,
                         QStringLiteral("LP-forward-url must be an absolute https:// URL."));
        return;
    }
    const std::optional<QByteArray> body = FormRequest::optionalPart(request, "body");
    const QByteArray method = header(request, "LP-method-override").toUpper();
    outbound.method = !method.isEmpty() ? method : body ? QByteArray("POST") : QByteArray("GET");
    if (const QByteArray authorization = header(request, "LP-authorization-override"); !authorization.isEmpty())
        outbound.headers.append({"Authorization", authorization});
    QByteArray contentType = header(request, "LP-content-type-override");
    if (contentType.isEmpty() && body)
        contentType = FormRequest::partContentType(request, "body");
    if (contentType.isEmpty() && body)
        contentType = "application/json";
    if (!contentType.isEmpty())
        outbound.headers.append({"Content-Type", contentType});
    if (body)
        outbound.body = *body;

    const OutboundResponse answer = m_outbound.send(outbound, identity);
    if (!answer.delivered) {
        // Header values must stay on one line; the message is a sentence without line breaks.
        response.set_header("LP-message-from-transport", answer.transportMessage.toStdString());
        response.set_header("LP-error-from-transport", answer.transportError.toStdString());
        JsonReply::error(
            response, 424, ErrorCode::ForwardTransportFailed,
            QStringLiteral("The call to %1 failed: %2")
                .arg(outbound.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), answer.transportMessage));
        return;
    }
    std::string contentTypeOfAnswer;
    for (const auto& [name, value] : answer.headers) {
        if (isHopByHop(name))
            continue;
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentTypeOfAnswer = value.toStdString();
            continue;
        }
        response.headers.emplace(name.toStdString(), value.toStdString());
    }
    response.status = answer.status;
    response.set_content(answer.body.toStdString(), contentTypeOfAnswer.c_str());
    if (contentTypeOfAnswer.empty())
        response.headers.erase("Content-Type");
    JsonReply::markVerbatim();
}

} // namespace mtlsdesk::sandbox
