#include "runtime/RuntimeJobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtlsdesk {

namespace {

const QString V1Prefix = QStringLiteral("CertificateMappingParamters{serviceName='");
const QString V1Account = QStringLiteral("', accountId='");
const QString V1Url = QStringLiteral("', url='");
const QString V1Suffix = QStringLiteral("'}");

QJsonDocument parseJson(const QByteArray& body, QString* problem)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        *problem = QStringLiteral("the answer is not JSON: %1").arg(error.errorString());
    return document;
}

} // namespace

// --- MappingTriplet ----------------------------------------------------------------------------------------------

MappingTriplet MappingTriplet::of(const Mapping& mapping, const QString& accountId)
{
    return {MappingServices::name(mapping.serviceId), accountId, mapping.url};
}

QString MappingTriplet::v1Key() const
{
    return V1Prefix + serviceName + V1Account + accountId + V1Url + url + V1Suffix;
}

std::optional<MappingTriplet> MappingTriplet::fromV1Key(const QString& key)
{
    if (!key.startsWith(V1Prefix) || !key.endsWith(V1Suffix))
        return std::nullopt;
    const qsizetype account = key.indexOf(V1Account, V1Prefix.size());
    if (account < 0)
        return std::nullopt;
    const qsizetype url = key.indexOf(V1Url, account + V1Account.size());
    if (url < 0)
        return std::nullopt;
    MappingTriplet triplet;
    triplet.serviceName = key.mid(V1Prefix.size(), account - V1Prefix.size());
    triplet.accountId = key.mid(account + V1Account.size(), url - account - V1Account.size());
    const qsizetype urlStart = url + V1Url.size();
    const qsizetype urlEnd = key.size() - V1Suffix.size();
    if (urlEnd < urlStart)
        return std::nullopt;
    triplet.url = key.mid(urlStart, urlEnd - urlStart);
    return triplet;
}

// --- CheckMappingJob ---------------------------------------------------------------------------------------------

CheckMappingJob::CheckMappingJob(QNetworkAccessManager& network, ApiContext context, QString host,
                                 QList<MappingTriplet> triplets, Form form, QObject* parent)
    : AccountJob(network, std::move(context), std::move(host), parent)
    , m_triplets(std::move(triplets))
    , m_form(form)
{
}

ApiJob::Request CheckMappingJob::request() const
{
    Request r;
    r.verb = "POST";
    r.auth = Auth::OAuth1; // check-mapping takes the AppKey only (contract §2.4)
    r.contentType = "application/json";
    QJsonArray body;
    for (const MappingTriplet& triplet : m_triplets) {
        QJsonObject entry{{QStringLiteral("serviceName"), triplet.serviceName}, {QStringLiteral("url"), triplet.url}};
        if (m_form != Form::Current)
            entry.insert(QStringLiteral("accountId"), triplet.accountId);
        body.append(entry);
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    switch (m_form) {
    case Form::Current:
        r.url = url(QStringLiteral("/checks/serviceUrlMappings"), QStringLiteral("/api/account/"));
        break;
    case Form::V2:
        r.url = QUrl(QStringLiteral("https://%1/mtls/mapping?v=2").arg(host()));
        break;
    case Form::V1:
        r.url = QUrl(QStringLiteral("https://%1/mtls/mapping?v=1").arg(host()));
        break;
    }
    return r;
}

bool CheckMappingJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<QList<bool>> exists = parseAnswer(body, m_form, m_triplets, &problem);
    if (!exists) {
        setPayloadDetail(problem);
        return false;
    }
    emit checked(*exists);
    return true;
}

std::optional<QList<bool>> CheckMappingJob::parseAnswer(const QByteArray& body, Form form,
                                                        const QList<MappingTriplet>& triplets, QString* problem)
{
    QString detail;
    const QJsonDocument document = parseJson(body, &detail);
    auto fail = [problem](const QString& text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (!detail.isEmpty())
        return fail(detail);
    QList<bool> exists;
    exists.reserve(triplets.size());

    if (form == Form::V1) {
        // An object keyed by Java toString text. Look each triplet's own key up first; read keys back only when
        // the service spelled them differently (e.g. other spacing).
        if (!document.isObject())
            return fail(QStringLiteral("the v1 answer is not an object"));
        const QJsonObject answer = document.object();
        QHash<QString, bool> byParts;
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            if (const auto triplet = MappingTriplet::fromV1Key(it.key()))
                byParts.insert(triplet->serviceName + QLatin1Char('\n') + triplet->url, it.value().toBool());
        }
        for (const MappingTriplet& triplet : triplets) {
            const QJsonValue value = answer.value(triplet.v1Key());
            if (value.isBool()) {
                exists << value.toBool();
                continue;
            }
            const auto found = byParts.constFind(triplet.serviceName + QLatin1Char('\n') + triplet.url);
            if (found == byParts.cend())
                return fail(QStringLiteral("the answer has no entry for %1").arg(triplet.v1Key()));
            exists << *found;
        }
        return exists;
    }

    // Arrays with one entry per triplet ("doExist" in v2, "exist" in the current form). Matched by service and URL,
    // so an answer in another order (or without duplicates) is still read right.
    if (!document.isArray())
        return fail(QStringLiteral("the answer is not an array"));
    const QString flag = form == Form::V2 ? QStringLiteral("doExist") : QStringLiteral("exist");
    QHash<QString, bool> answers;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject entry = value.toObject();
        const QJsonValue exist = entry.value(flag);
        if (!exist.isBool())
            return fail(QStringLiteral("an entry has no boolean \"%1\"").arg(flag));
        answers.insert(entry.value(QStringLiteral("serviceName")).toString() + QLatin1Char('\n') +
                           entry.value(QStringLiteral("url")).toString(),
                       exist.toBool());
    }
    for (const MappingTriplet& triplet : triplets) {
        const auto found = answers.constFind(triplet.serviceName + QLatin1Char('\n') + triplet.url);
        if (found == answers.cend())
            return fail(QStringLiteral("the answer has no entry for %1 %2").arg(triplet.serviceName, triplet.url));
        exists << *found;
    }
    return exists;
}

// --- ForwardJob --------------------------------------------------------------------------------------------------

QByteArray ForwardResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ForwardJob::ForwardJob(QNetworkAccessManager& network, ApiContext context, QString host, ForwardRequest forward,
                       QObject* parent)
    : AccountJob(network, std::move(context), std::move(host), parent)
    , m_forward(std::move(forward))
{
    // The caller wipes its copy of the override once the job is made: this one must not share that buffer.
    m_forward.authorizationOverride.detach();
}

ApiJob::Request ForwardJob::request() const
{
    Request r;
    r.verb = m_forward.method.toUpper();
    r.url = url({});
    // The current page says "AppKey only"; older pages also took a Bearer. The AppKey when there is one.
    r.auth = context().appKey.isComplete() ? Auth::OAuth1 : Auth::Bearer;
    r.headers << std::pair{QByteArray("LP-forward-url"), m_forward.url.toUtf8()};
    if (!m_forward.serviceName.isEmpty())
        r.headers << std::pair{QByteArray("LP-service-name"), m_forward.serviceName.toUtf8()};
    if (!m_forward.authorizationOverride.isEmpty())
        r.headers << std::pair{QByteArray("LP-authorization-override"), m_forward.authorizationOverride};
    r.headers << std::pair{QByteArray("LP-stop-if-certificate-not-found"),
                           QByteArray(m_forward.stopIfCertificateNotFound ? "true" : "false")};
    for (const auto& [name, value] : m_forward.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            r.contentType = value;
        else
            r.headers << std::pair{name, value};
    }
    r.body = m_forward.body;
    return r;
}

bool ForwardJob::isResultStatus(int httpStatus) const
{
    if (httpStatus == 429)
        return false;
    if (httpStatus == 401 || httpStatus == 403) {
        // The gateway's own refusal says who it wants (WWW-Authenticate, the toolbelt's test); a remote 401 is an
        // answer like any other.
        return responseHeader("WWW-Authenticate").isEmpty();
    }
    return true;
}

bool ForwardJob::parse(const QByteArray& body)
{
    ForwardResult result = resultFrom(httpStatus(), responseHeaders(), body);
    result.elapsedMs = attemptElapsedMs();
    emit answered(result);
    return true;
}

ForwardResult ForwardJob::resultFrom(int httpStatus, const QList<QNetworkReply::RawHeaderPair>& headers,
                                     const QByteArray& body)
{
    ForwardResult result;
    result.status = httpStatus;
    result.body = body;
    for (const auto& [name, value] : headers)
        result.headers << std::pair{name, value};
    result.transportMessage = QString::fromUtf8(result.header("LP-message-from-transport"));
    result.transportError = QString::fromUtf8(result.header("LP-error-from-transport"));
    return result;
}

// --- ActivateMappingJob ------------------------------------------------------------------------------------------

ActivateMappingJob::ActivateMappingJob(QNetworkAccessManager& network, ApiContext context, QString host,
                                       qint64 certificateId, QString serviceName, QString url, bool validateUrl,
                                       QObject* parent)
    : AccountJob(network, std::move(context), std::move(host), parent)
    , m_certificateId(certificateId)
    , m_serviceName(std::move(serviceName))
    , m_url(std::move(url))
    , m_validateUrl(validateUrl)
{
}

ApiJob::Request ActivateMappingJob::request() const
{
    Request r;
    r.verb = "POST";
    r.auth = Auth::Bearer; // "Supports OAuth 2 Only"
    // isValidateUrlEnabled is listed as a path parameter without a slot in the path: sent as a query parameter.
    r.url = url(QStringLiteral("/certificates/activate/%1?isValidateUrlEnabled=%2")
                    .arg(m_certificateId)
                    .arg(m_validateUrl ? QStringLiteral("true") : QStringLiteral("false")));
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("serviceName"), m_serviceName}, {QStringLiteral("url"), m_url}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

bool ActivateMappingJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<Mapping> mapping = parseActivated(body, &problem);
    if (!mapping) {
        setPayloadDetail(problem);
        return false;
    }
    emit activated(*mapping);
    return true;
}

std::optional<Mapping> ActivateMappingJob::parseActivated(const QByteArray& body, QString* problem)
{
    QString detail;
    const QJsonDocument document = parseJson(body, &detail);
    if (detail.isEmpty() && !document.isObject())
        detail = QStringLiteral("the answer is not a mapping object");
    std::optional<Mapping> mapping;
    if (detail.isEmpty())
        mapping = Mapping::fromJson(document.object(), &detail);
    if (!mapping && problem)
        *problem = detail;
    return mapping;
}

} // namespace mtlsdesk
