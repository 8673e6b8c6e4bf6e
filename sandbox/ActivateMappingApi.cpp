#include "ActivateMappingApi.h"

#include "Authenticator.h"
#include "ForwardRelay.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "MappingApi.h"
#include "OutboundClient.h"
#include "P12Identity.h"
#include "ServiceEnum.h"
#include "Store.h"

#include <QSet>

#include <openssl/crypto.h>

namespace mtlsdesk::sandbox {

namespace {

// Wipes a certificate's password however the handler returns.
class PasswordWipe
{
public:
    explicit PasswordWipe(QByteArray& password)
        : m_password(password)
    {
    }
    ~PasswordWipe() { OPENSSL_cleanse(m_password.data(), static_cast<size_t>(m_password.size())); }
    PasswordWipe(const PasswordWipe&) = delete;
    PasswordWipe& operator=(const PasswordWipe&) = delete;

private:
    QByteArray& m_password;
};

void unknownCertificate(httplib::Response& response, const QString& id, const QString& accountId)
{
    JsonReply::error(response, 404, ErrorCode::UnknownCertificate,
                     QStringLiteral("Account %1 has no certificate with id %2.").arg(accountId, id));
}

// isValidateUrlEnabled: "true" or "false" in any case; absent is false. nullopt for anything else.
std::optional<bool> validateFlag(const httplib::Request& request)
{
    if (!request.has_param("isValidateUrlEnabled"))
        return false;
    const QString value = QString::fromStdString(request.get_param_value("isValidateUrlEnabled")).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("false"))
        return value == QLatin1String("true");
    return std::nullopt;
}

// The URL validation: a real mTLS GET with the certificate. False after answering 424 (or 500).
bool validate(const OutboundClient& outbound, const StoredCertificate& certificate, const QString& url,
              httplib::Response& response)
{
    const std::optional<P12Identity> identity = P12Identity::open(certificate.p12, certificate.password);
    if (!identity) {
        JsonReply::error(
            response, 500, ErrorCode::Internal,
            QStringLiteral("The certificate %1 could not be opened for a TLS connection.").arg(certificate.id));
        return false;
    }
    OutboundRequest request;
    request.url = QUrl(url, QUrl::StrictMode);
    const OutboundResponse answer = outbound.send(request, &*identity);
    if (!answer.delivered) {
        ForwardRelay::failedDependency(response, request.url, answer.transportError, answer.transportMessage,
                                       ErrorCode::ForwardTransportFailed);
        return false;
    }
    if (answer.status >= 400) {
        ForwardRelay::failedDependency(response, request.url, QStringLiteral("HttpStatus"),
                                       QStringLiteral("The server answered with HTTP status %1.").arg(answer.status),
                                       ErrorCode::UrlValidationFailed);
        return false;
    }
    return true;
}

} // namespace

ActivateMappingApi::ActivateMappingApi(Store& store, const Authenticator& authenticator, const OutboundClient& outbound)
    : m_store(store)
    , m_authenticator(authenticator)
    , m_outbound(outbound)
{
}

void ActivateMappingApi::registerRoutes(Router& router)
{
    router.post(R"(/mtls/account/([^/]+)/certificates/activate/([^/]+))",
                [this](const httplib::Request& q, httplib::Response& r) { activate(q, r); });
}

void ActivateMappingApi::activate(const httplib::Request& request, httplib::Response& response)
{
    const QString accountId = JsonRequest::capture(request, 1);
    const AuthResult auth = m_authenticator.authenticateBearer(request, accountId);
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    const QString id = JsonRequest::capture(request, 2);
    bool numeric = false;
    const qint64 certificateId = id.toLongLong(&numeric);
    std::optional<StoredCertificate> certificate =
        numeric ? m_store.certificate(accountId, certificateId) : std::nullopt;
    if (!certificate) {
        unknownCertificate(response, id, accountId);
        return;
    }
    const PasswordWipe wipe(certificate->password);

    const std::optional<bool> validateUrl = validateFlag(request);
    if (!validateUrl) {
        JsonReply::error(response, 400, ErrorCode::BadRequest,
                         QStringLiteral("isValidateUrlEnabled must be true or false."));
        return;
    }
    const std::optional<QJsonObject> body = JsonRequest::object(request, response);
    if (!body)
        return;
    const std::optional<QString> serviceName = JsonRequest::stringField(*body, QStringLiteral("serviceName"), response);
    if (!serviceName)
        return;
    const std::optional<QString> url = JsonRequest::stringField(*body, QStringLiteral("url"), response);
    if (!url)
        return;
    const QString serviceId = ServiceEnum::idOf(*serviceName);
    if (serviceId.isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::InvalidMappingField,
                         QStringLiteral("\"serviceName\" \"%1\" is not a known service; use TEST_SERVICE, IDP or "
                                        "WEBHOOKS (or the ids %2).")
                             .arg(serviceName->left(64), ServiceEnum::choices()));
        return;
    }
    if (const QString problem = MappingApi::urlProblem(*url); !problem.isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::InvalidMappingField, problem);
        return;
    }
    if (*validateUrl && !validate(m_outbound, *certificate, *url, response))
        return;

    StoredMapping mapping;
    mapping.certificateId = certificate->id;
    mapping.serviceId = serviceId;
    mapping.enable = true;
    mapping.url = *url;
    QSet<QString> taken;
    for (const StoredMapping& existing : m_store.mappings(accountId, false))
        taken.insert(existing.name);
    for (int n = 1;; ++n) {
        mapping.name =
            QStringLiteral("%1-%2-%3").arg(ServiceEnum::nameOf(serviceId), certificate->name, QString::number(n));
        if (taken.contains(mapping.name))
            continue;
        QList<StoredMapping> created{mapping};
        const MappingWriteResult result = m_store.createMappings(accountId, std::nullopt, created);
        if (result.outcome == MappingWriteResult::Outcome::Saved) {
            JsonReply::send(response, 201, MappingApi::toJson(created.first(), accountId));
            return;
        }
        if (result.outcome == MappingWriteResult::Outcome::UnknownCertificate) {
            unknownCertificate(response, id, accountId); // deleted since it was read
            return;
        }
        if (result.outcome != MappingWriteResult::Outcome::DuplicateName) {
            MappingApi::refuse(response, accountId, result, created);
            return;
        }
        taken.insert(mapping.name); // another write took the name since the names were read
    }
}

} // namespace mtlsdesk::sandbox
