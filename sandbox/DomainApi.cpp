#include "DomainApi.h"

#include "JsonReply.h"
#include "JsonRequest.h"
#include "Store.h"

#include <QJsonObject>

namespace mtlsdesk::sandbox {

namespace {

QJsonObject entry(const QString& service, const QString& accountId, const QString& hostPort)
{
    return QJsonObject{{QStringLiteral("service"), service},
                       {QStringLiteral("account"), accountId},
                       {QStringLiteral("baseURI"), hostPort}};
}

} // namespace

DomainApi::DomainApi(const Store& store)
    : m_store(store)
{
}

const QStringList& DomainApi::serviceNames()
{
    static const QStringList names{QStringLiteral("agentVep"), QStringLiteral("mtlsGateway"),
                                   QStringLiteral("accountConfigReadWrite"), QStringLiteral("accountConfigReadOnly"),
                                   QStringLiteral("sentinel")};
    return names;
}

void DomainApi::registerRoutes(Router& router)
{
    router.get(
        R"(/api/account/([^/]+)/service/baseURI\.json)",
        [this](const httplib::Request& request, httplib::Response& response) { allServices(request, response); });
    router.get(R"(/api/account/([^/]+)/service/([^/]+)/baseURI\.json)",
               [this](const httplib::Request& request, httplib::Response& response) { oneService(request, response); });
}

QJsonArray DomainApi::baseUris(const QString& accountId) const
{
    QJsonArray entries;
    for (const QString& service : serviceNames())
        entries.append(entry(service, accountId, m_hostPort));
    return entries;
}

bool DomainApi::checkRequest(const httplib::Request& request, httplib::Response& response,
                             const QString& accountId) const
{
    if (!request.has_param("version")) {
        JsonReply::error(response, 400, ErrorCode::MissingVersion,
                         QStringLiteral("The version query parameter is required; use version=1.0."));
        return false;
    }
    if (request.get_param_value("version") != "1.0") {
        JsonReply::error(response, 400, ErrorCode::UnsupportedVersion,
                         QStringLiteral("Version %1 of the Domain API is not supported; use version=1.0.")
                             .arg(QString::fromStdString(request.get_param_value("version"))));
        return false;
    }
    if (!m_store.account(accountId)) {
        JsonReply::error(response, 404, ErrorCode::UnknownAccount,
                         QStringLiteral("Account %1 does not exist on this sandbox.").arg(accountId));
        return false;
    }
    return true;
}

void DomainApi::allServices(const httplib::Request& request, httplib::Response& response) const
{
    const QString accountId = JsonRequest::capture(request, 1);
    if (!checkRequest(request, response, accountId))
        return;
    JsonReply::send(response, 200, QJsonObject{{QStringLiteral("baseURIs"), baseUris(accountId)}});
}

void DomainApi::oneService(const httplib::Request& request, httplib::Response& response) const
{
    const QString accountId = JsonRequest::capture(request, 1);
    const QString service = JsonRequest::capture(request, 2);
    if (!checkRequest(request, response, accountId))
        return;
    if (!serviceNames().contains(service)) {
        JsonReply::error(response, 404, ErrorCode::UnknownService,
                         QStringLiteral("The service \"%1\" is not known. Service names are case-sensitive: %2.")
                             .arg(service, serviceNames().join(QStringLiteral(", "))));
        return;
    }
    JsonReply::send(response, 200, entry(service, accountId, m_hostPort));
}

} // namespace mtlsdesk::sandbox
