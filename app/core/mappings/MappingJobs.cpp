#include "mappings/MappingJobs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mtlsdesk {

// --- base ---------------------------------------------------------------------------------------------------

MappingJob::MappingJob(QNetworkAccessManager& network, ApiContext context, QString host, QObject* parent)
    : AccountJob(network, std::move(context), std::move(host), parent)
{
}

QByteArray MappingJob::revision() const
{
    return revisionFrom(responseHeader("ac-revision"), responseHeader("ETag"));
}

QByteArray MappingJob::revisionFrom(const QByteArray& acRevision, const QByteArray& etag)
{
    QByteArray value = acRevision.isEmpty() ? etag : acRevision;
    value = value.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

QUrl MappingJob::mappingsUrl(const QString& suffix, const QString& extraQuery) const
{
    QUrl result = url(QStringLiteral("/configuration/ac-common/mtls") + suffix, QStringLiteral("/api/account/"));
    result.setQuery(QStringLiteral("v=3.0") + (extraQuery.isEmpty() ? QString() : QLatin1Char('&') + extraQuery));
    return result;
}

ApiJob::Request MappingJob::write(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                  const QByteArray& ifMatch) const
{
    Request r;
    r.verb = verb;
    r.url = url;
    r.auth = eitherAuth();
    r.body = body;
    if (!body.isEmpty())
        r.contentType = "application/json";
    if (!ifMatch.isEmpty())
        r.headers.append({"If-Match", ifMatch});
    return r;
}

// --- list ---------------------------------------------------------------------------------------------------

MappingListJob::MappingListJob(QNetworkAccessManager& network, ApiContext context, QString host, bool includeDeleted,
                               QObject* parent)
    : MappingJob(network, std::move(context), std::move(host), parent)
    , m_includeDeleted(includeDeleted)
{
}

ApiJob::Request MappingListJob::request() const
{
    Request r;
    r.url = mappingsUrl({}, m_includeDeleted ? QStringLiteral("include_deleted=true") : QString());
    r.auth = eitherAuth();
    return r;
}

bool MappingListJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<QList<Mapping>> mappings = Mapping::listFromJson(body, &problem);
    if (!mappings) {
        setPayloadDetail(problem);
        return false;
    }
    emit listed(*mappings, revision());
    return true;
}

// --- create -------------------------------------------------------------------------------------------------

MappingCreateJob::MappingCreateJob(QNetworkAccessManager& network, ApiContext context, QString host,
                                   QList<Mapping> mappings, QByteArray ifMatch, QObject* parent)
    : MappingJob(network, std::move(context), std::move(host), parent)
    , m_mappings(std::move(mappings))
    , m_ifMatch(std::move(ifMatch))
{
}

ApiJob::Request MappingCreateJob::request() const
{
    QJsonArray array;
    for (Mapping mapping : m_mappings) {
        mapping.siteId = context().accountId;
        mapping.deleted = false;
        array.append(mapping.toJson(false));
    }
    return write("POST", mappingsUrl(), QJsonDocument(array).toJson(QJsonDocument::Compact), m_ifMatch);
}

bool MappingCreateJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<QList<Mapping>> mappings = Mapping::listFromJson(body, &problem);
    if (!mappings) {
        setPayloadDetail(problem);
        return false;
    }
    emit created(*mappings, revision());
    return true;
}

// --- update -------------------------------------------------------------------------------------------------

MappingUpdateJob::MappingUpdateJob(QNetworkAccessManager& network, ApiContext context, QString host, Mapping mapping,
                                   QByteArray ifMatch, QObject* parent)
    : MappingJob(network, std::move(context), std::move(host), parent)
    , m_mapping(std::move(mapping))
    , m_ifMatch(std::move(ifMatch))
{
}

ApiJob::Request MappingUpdateJob::request() const
{
    Mapping whole = m_mapping; // PUT replaces the whole object: every field is sent
    whole.siteId = context().accountId;
    return write("PUT", mappingsUrl(QStringLiteral("/%1").arg(m_mapping.id)),
                 QJsonDocument(whole.toJson(true)).toJson(QJsonDocument::Compact), m_ifMatch);
}

bool MappingUpdateJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<Mapping> mapping = parseUpdated(body, m_mapping, &problem);
    if (!mapping) {
        setPayloadDetail(problem);
        return false;
    }
    emit updated(*mapping, revision());
    return true;
}

std::optional<Mapping> MappingUpdateJob::parseUpdated(const QByteArray& body, const Mapping& sent, QString* problem)
{
    QString detail;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    std::optional<Mapping> mapping;
    if (document.isObject())
        mapping = Mapping::fromJson(document.object(), &detail);
    else if (body.trimmed().isEmpty())
        mapping = sent; // no body documented: the object is what was sent
    if (!mapping && problem)
        *problem = detail.isEmpty() ? QStringLiteral("the answer is not a mapping object") : detail;
    return mapping;
}

// --- delete -------------------------------------------------------------------------------------------------

MappingDeleteJob::MappingDeleteJob(QNetworkAccessManager& network, ApiContext context, QString host, qint64 id,
                                   QByteArray ifMatch, QObject* parent)
    : MappingJob(network, std::move(context), std::move(host), parent)
    , m_id(id)
    , m_ifMatch(std::move(ifMatch))
{
}

ApiJob::Request MappingDeleteJob::request() const
{
    return write("DELETE", mappingsUrl(QStringLiteral("/%1").arg(m_id)), {}, m_ifMatch);
}

bool MappingDeleteJob::parse(const QByteArray& body)
{
    Q_UNUSED(body);
    emit deleted(m_id, revision());
    return true;
}

} // namespace mtlsdesk
