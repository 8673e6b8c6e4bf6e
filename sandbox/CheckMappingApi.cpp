#include "CheckMappingApi.h"

#include "Authenticator.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "RuntimeCache.h"
#include "ServiceEnum.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mtlsdesk::sandbox {

namespace {

struct Triplet
{
    QString serviceName;
    QString accountId;
    QString url;
};

QString itemPrefix(qsizetype index, qsizetype count)
{
    return count > 1 ? QStringLiteral("Item %1 of %2: ").arg(index + 1).arg(count) : QString();
}

// The body as a JSON array of at most MaxTriplets elements; otherwise answers 415, 400 or 413.
std::optional<QJsonArray> readBatch(const httplib::Request& request, httplib::Response& response, const QString& items)
{
    std::optional<QJsonArray> batch = JsonRequest::array(request, response, items);
    if (batch && batch->size() > CheckMappingApi::MaxTriplets) {
        JsonReply::error(response, 413, ErrorCode::PayloadTooLarge,
                         QStringLiteral("The request holds %1 items; at most %2 are checked per request. Split the "
                                        "batch.")
                             .arg(batch->size())
                             .arg(CheckMappingApi::MaxTriplets));
        return std::nullopt;
    }
    return batch;
}

// Element `index` of the batch; the account is read only `withAccount`. Answers 400 naming the field otherwise.
std::optional<Triplet> readTriplet(const QJsonArray& batch, qsizetype index, bool withAccount,
                                   httplib::Response& response)
{
    const QString where = itemPrefix(index, batch.size());
    const QString fields = withAccount ? QStringLiteral("\"serviceName\", \"accountId\" and \"url\"")
                                       : QStringLiteral("\"serviceName\" and \"url\"");
    if (!batch.at(index).isObject()) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         where + QStringLiteral("Each element must be an object with %1.").arg(fields));
        return std::nullopt;
    }
    const QJsonObject object = batch.at(index).toObject();
    const auto field = [&](const char* name, QString& out) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isString()) {
            JsonReply::error(response, 400, ErrorCode::MissingField,
                             where + QStringLiteral("\"%1\" is missing or not a string; each element needs %2.")
                                         .arg(QLatin1String(name), fields));
            return false;
        }
        out = value.toString();
        return true;
    };
    Triplet triplet;
    if (!field("serviceName", triplet.serviceName) || (withAccount && !field("accountId", triplet.accountId)) ||
        !field("url", triplet.url))
        return std::nullopt;
    return triplet;
}

bool exists(const RuntimeSnapshot& snapshot, const Triplet& triplet)
{
    // An unknown service name is not an error: no mapping can have it.
    const QString serviceId = ServiceEnum::idOf(triplet.serviceName);
    return !serviceId.isEmpty() && snapshot.find(serviceId, triplet.url) != nullptr;
}

// The Java toString() of the real service's parameter class, which v1 uses as the key ("Paramters" sic).
QString javaKey(const Triplet& triplet)
{
    // The multi-argument arg() substitutes in one pass, so a "%1" inside the URL stays as it is.
    return QStringLiteral("CertificateMappingParamters{serviceName='%1', accountId='%2', url='%3'}")
        .arg(triplet.serviceName, triplet.accountId, triplet.url);
}

} // namespace

CheckMappingApi::CheckMappingApi(const Authenticator& authenticator, RuntimeCache& cache)
    : m_authenticator(authenticator)
    , m_cache(cache)
{
}

void CheckMappingApi::registerRoutes(Router& router)
{
    router.post(R"(/mtls/mapping)", [this](const httplib::Request& q, httplib::Response& r) { checkTriplets(q, r); });
    router.post(R"(/api/account/([^/]+)/checks/serviceUrlMappings)",
                [this](const httplib::Request& q, httplib::Response& r) { checkServiceUrls(q, r); });
}

void CheckMappingApi::checkTriplets(const httplib::Request& request, httplib::Response& response)
{
    const AuthResult auth = m_authenticator.authenticateAppKey(request);
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    const QString version =
        request.has_param("v") ? QString::fromStdString(request.get_param_value("v")) : QStringLiteral("1");
    if (version != QLatin1String("1") && version != QLatin1String("2")) {
        JsonReply::error(response, 400, ErrorCode::UnsupportedVersion,
                         QStringLiteral("Version \"%1\" of check mapping is not supported; use v=1 (the default) or "
                                        "v=2.")
                             .arg(version.left(16)));
        return;
    }
    const std::optional<QJsonArray> batch =
        readBatch(request, response, QStringLiteral("{\"serviceName\",\"accountId\",\"url\"} objects"));
    if (!batch)
        return;
    QList<Triplet> triplets;
    for (qsizetype i = 0; i < batch->size(); ++i) {
        std::optional<Triplet> triplet = readTriplet(*batch, i, true, response);
        if (!triplet)
            return;
        triplets.append(std::move(*triplet));
    }
    for (qsizetype i = 0; i < triplets.size(); ++i) {
        if (triplets[i].accountId != auth.accountId) {
            JsonReply::error(response, 403, ErrorCode::WrongAccount,
                             itemPrefix(i, triplets.size()) +
                                 QStringLiteral("The triplet names account \"%1\", but the AppKey belongs to account "
                                                "%2 and can check only its mappings.")
                                     .arg(triplets[i].accountId.left(64), auth.accountId));
            return;
        }
    }

    const std::shared_ptr<const RuntimeSnapshot> snapshot = m_cache.snapshot(auth.accountId);
    if (version == QLatin1String("1")) {
        QJsonObject answer;
        for (const Triplet& triplet : triplets)
            answer.insert(javaKey(triplet), exists(*snapshot, triplet));
        JsonReply::send(response, 200, answer);
        return;
    }
    QJsonArray answer;
    for (const Triplet& triplet : triplets) {
        answer.append(QJsonObject{{QStringLiteral("serviceName"), triplet.serviceName},
                                  {QStringLiteral("accountId"), triplet.accountId},
                                  {QStringLiteral("url"), triplet.url},
                                  {QStringLiteral("doExist"), exists(*snapshot, triplet)}});
    }
    JsonReply::send(response, 200, answer);
}

void CheckMappingApi::checkServiceUrls(const httplib::Request& request, httplib::Response& response)
{
    const QString accountId = JsonRequest::capture(request, 1);
    const AuthResult auth = m_authenticator.authenticateOAuth1(request, accountId);
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    const std::optional<QJsonArray> batch =
        readBatch(request, response, QStringLiteral("{\"serviceName\",\"url\"} objects"));
    if (!batch)
        return;
    QList<Triplet> triplets;
    for (qsizetype i = 0; i < batch->size(); ++i) {
        std::optional<Triplet> triplet = readTriplet(*batch, i, false, response);
        if (!triplet)
            return;
        triplet->accountId = accountId;
        triplets.append(std::move(*triplet));
    }

    const std::shared_ptr<const RuntimeSnapshot> snapshot = m_cache.snapshot(accountId);
    QJsonArray answer;
    for (const Triplet& triplet : triplets) {
        answer.append(QJsonObject{{QStringLiteral("serviceName"), triplet.serviceName},
                                  {QStringLiteral("url"), triplet.url},
                                  {QStringLiteral("exist"), exists(*snapshot, triplet)}});
    }
    JsonReply::send(response, 200, answer);
}

} // namespace mtlsdesk::sandbox
