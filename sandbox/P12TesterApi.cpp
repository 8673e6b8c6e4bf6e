#include "P12TesterApi.h"

#include "Authenticator.h"
#include "FormRequest.h"
#include "ForwardRelay.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "P12Identity.h"
#include "P12Verdict.h"

#include <openssl/crypto.h>

namespace mtlsdesk::sandbox {

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
    const std::optional<QUrl> url = ForwardRelay::forwardUrl(request, response);
    if (!url)
        return;
    OutboundRequest outbound;
    outbound.url = *url;
    const std::optional<QByteArray> body = FormRequest::optionalPart(request, "body");
    const QByteArray method = ForwardRelay::header(request, "LP-method-override").toUpper();
    outbound.method = !method.isEmpty() ? method : body ? QByteArray("POST") : QByteArray("GET");
    if (const QByteArray authorization = ForwardRelay::header(request, "LP-authorization-override");
        !authorization.isEmpty())
        outbound.headers.append({"Authorization", authorization});
    QByteArray contentType = ForwardRelay::header(request, "LP-content-type-override");
    if (contentType.isEmpty() && body)
        contentType = FormRequest::partContentType(request, "body");
    if (contentType.isEmpty() && body)
        contentType = "application/json";
    if (!contentType.isEmpty())
        outbound.headers.append({"Content-Type", contentType});
    if (body)
        outbound.body = *body;
    ForwardRelay::answer(m_outbound.send(outbound, &identity), outbound.url, response);
}

} // namespace mtlsdesk::sandbox
