#pragma once

// A mapping in ac-common (contract §3 and §5): (account, service, full URL) -> certificate. The service stores
// serviceId and certificationId as numeric strings; the URL is compared whole by the runtime, query included.

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mtlsdesk {

struct Mapping
{
    qint64 id = 0; // 0: not on the service yet
    bool deleted = false;
    QString name;
    QString certificationId; // numeric string: the certificate's id
    QString serviceId;       // "0" TEST_SERVICE, "1" IDP, "2" WEBHOOKS (more may exist)
    bool enable = true;
    QString url;
    QString siteId;

    // The object as the service takes it; `withId` false for a create.
    QJsonObject toJson(bool withId = true) const;
    static std::optional<Mapping> fromJson(const QJsonObject& object, QString* problem = nullptr);
    static std::optional<QList<Mapping>> listFromJson(const QByteArray& body, QString* problem = nullptr);

    // The runtime's key: one certificate per (account, service, url); the URL compared as it is written.
    QString key() const { return serviceId + QLatin1Char('\n') + url; }

    friend bool operator==(const Mapping&, const Mapping&) = default;
};

// The documented services, by id ("0" -> "TEST_SERVICE"); unknown ids keep their number.
struct MappingServices
{
    static QList<std::pair<QString, QString>> known(); // (id, name)
    static QString name(const QString& serviceId);
    static bool isKnown(const QString& serviceId);
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::Mapping)
