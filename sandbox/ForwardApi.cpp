#include "ForwardApi.h"

#include "Authenticator.h"
#include "ForwardRelay.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "P12Identity.h"
#include "RuntimeCache.h"
#include "ServiceEnum.h"

namespace mtlsdesk::sandbox {

namespace {

// LP-stop-if-certificate-not-found: "true" or "false" in any case; absent is false. nullopt for anything else.
std::optional<bool> stopFlag(const httplib::Request& request)
{
    const QByteArray value = ForwardRelay::header(request, "LP-stop-if-certificate-not-found").toLower();
    if (value.isEmpty() || value == "false")
        return false;
    if (value == "true")
        return true;
    return std::nullopt;
}

// 500: LP-stop-if-certificate-not-found is true and no mapping matched.
void noMapping(httplib::Response& response, const QString& accountId, const QString& serviceName, const QUrl& url,
               int cacheSeconds)
{
    const QString delay =
        cacheSeconds > 0
            ? QStringLiteral(" Mapping and certificate changes reach runtime up to %1 s after they are made.")
                  .arg(cacheSeconds)
            : QString();
    // The whole URL is named, query included, because the whole URL is what a mapping must match.
    JsonReply::error(response, 500, ErrorCode::NoMtlsMapping,
                     QStringLiteral("Account %1 has no mTLS mapping for %2 and the URL %3 (an enabled mapping with a "
                                    "live certificate), and LP-stop-if-certificate-not-found is true, so nothing was "
                                    "forwarded.%4")
                         .arg(accountId,
                              serviceName.isEmpty() ? QStringLiteral("any service")
                                                    : QStringLiteral("the service %1").arg(serviceName.left(64)),
                              QString::fromLatin1(url.toEncoded(QUrl::RemoveUserInfo)), delay));
}

} // namespace

ForwardApi::ForwardApi(const Authenticator& authenticator, RuntimeCache& cache, const OutboundClient& outbound)
    : m_authenticator(authenticator)
    , m_cache(cache)
    , m_outbound(outbound)
{
}

void ForwardApi::registerRoutes(Router& router)
{
    // cpp-httplib matches the whole path, so /mtls/account/{acc}/anything is not forward.
    const std::string path = R"(/mtls/account/([^/]+))";
    const auto handler = [this](const httplib::Request& q, httplib::Response& r) { forward(q, r); };
    router.get(path, handler);
    router.post(path, handler);
    router.put(path, handler);
    router.del(path, handler);
}

void ForwardApi::forward(const httplib::Request& request, httplib::Response& response)
{
    const QString accountId = JsonRequest::capture(request, 1);
    const AuthResult auth = m_authenticator.authenticateOAuth1(request, accountId);
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    const std::optional<QUrl> url = ForwardRelay::forwardUrl(request, response);
    if (!url)
        return;
    if (request.is_multipart_form_data()) {
        // cpp-httplib 0.11 parses such a body into parts before any handler runs, and the parts are not the bytes
        // that were sent; refusing is better than forwarding a rebuilt body.
        JsonReply::error(response, 415, ErrorCode::UnsupportedMediaType,
                         QStringLiteral("The sandbox cannot forward a multipart/form-data body byte for byte; send "
                                        "another Content-Type."));
        return;
    }
    const std::optional<bool> stop = stopFlag(request);
    if (!stop) {
        JsonReply::error(response, 400, ErrorCode::BadRequest,
                         QStringLiteral("LP-stop-if-certificate-not-found must be true or false."));
        return;
    }
    // Absent: any service. An unknown name becomes an id no mapping has, so it matches nothing.
    const QString serviceName = QString::fromUtf8(ForwardRelay::header(request, "LP-service-name"));
    const std::optional<QString> serviceId =
        serviceName.isEmpty() ? std::nullopt : std::optional<QString>(ServiceEnum::idOf(serviceName));

    OutboundRequest outbound;
    outbound.method = QByteArray::fromStdString(request.method);
    outbound.headers = ForwardRelay::passedOn(request);
    if (const QByteArray authorization = ForwardRelay::header(request, "LP-authorization-override");
        !authorization.isEmpty())
        outbound.headers.append({"Authorization", authorization});
    outbound.body = QByteArray::fromStdString(request.body);

    const QString requested = QString::fromUtf8(ForwardRelay::header(request, "LP-forward-url"));
    const std::shared_ptr<const RuntimeSnapshot> snapshot = m_cache.snapshot(accountId);
    const StoredMapping* mapping = snapshot->find(serviceId, requested, RuntimeSnapshot::UrlMatch::PercentDecoded);
    if (!mapping && *stop) {
        noMapping(response, accountId, serviceName, *url, m_cache.cacheSeconds());
        return;
    }
    if (!mapping) {
        outbound.url = *url;
        ForwardRelay::answer(m_outbound.send(outbound, nullptr), outbound.url, response);
        return;
    }
    const StoredCertificate* certificate = snapshot->certificate(mapping->certificateId); // find() checked it
    const std::optional<P12Identity> identity = P12Identity::open(certificate->p12, certificate->password);
    if (!identity) {
        JsonReply::error(response, 500, ErrorCode::Internal,
                         QStringLiteral("The certificate %1 of mapping %2 could not be opened for a TLS connection.")
                             .arg(certificate->id)
                             .arg(mapping->id));
        return;
    }
    // The mapping's URL as it was written: it matched the header, and it keeps the percent-encoding that cpp-httplib
    // took off the header's value.
    outbound.url = QUrl(mapping->url, QUrl::StrictMode);
    ForwardRelay::answer(m_outbound.send(outbound, &*identity), outbound.url, response);
}

} // namespace mtlsdesk::sandbox
