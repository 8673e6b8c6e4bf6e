#include "net/DomainsJob.h"

#include "net/Domains.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtlsdesk {

DomainsJob::DomainsJob(QNetworkAccessManager& network, ApiContext context, QString discoveryHost, QObject* parent)
    : ApiJob(network, std::move(context), parent)
    , m_discoveryHost(std::move(discoveryHost))
{
}

ApiJob::Request DomainsJob::request() const
{
    Request r;
    r.url = QUrl(QStringLiteral("https://%1/api/account/%2/service/baseURI.json")
                     .arg(m_discoveryHost, QString::fromLatin1(QUrl::toPercentEncoding(context().accountId))));
    r.url.setQuery(QStringLiteral("version=1.0"));
    return r;
}

QMap<QString, QString> DomainsJob::parseBaseUris(const QByteArray& body, QString* problem)
{
    QMap<QString, QString> result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        if (problem)
            *problem = QStringLiteral("the answer is not a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    auto take = [&result](const QJsonObject& entry) {
        const QString service = entry.value(QLatin1String("service")).toString();
        const QString baseUri = entry.value(QLatin1String("baseURI")).toString().trimmed();
        if (!service.isEmpty() && Domains::isValidHost(baseUri))
            result.insert(service, baseUri);
    };
    if (object.contains(QLatin1String("baseURIs"))) {
        const QJsonArray entries = object.value(QLatin1String("baseURIs")).toArray();
        for (const QJsonValue& entry : entries)
            take(entry.toObject());
    } else {
        take(object);
    }
    if (result.isEmpty() && problem)
        *problem = QStringLiteral("the answer lists no service domain");
    return result;
}

bool DomainsJob::parse(const QByteArray& body)
{
    QString problem;
    const QMap<QString, QString> domains = parseBaseUris(body, &problem);
    if (domains.isEmpty()) {
        setPayloadDetail(problem);
        return false;
    }
    emit discovered(domains);
    return true;
}

} // namespace mtlsdesk
