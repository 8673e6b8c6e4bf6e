#include "mappings/Mapping.h"

#include "net/JsonRead.h"

#include <cmath>


namespace mtlsdesk {

namespace {

using json::readId;
using json::setProblem;

QString readNumericString(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Casting a double out of qint64's range is undefined; such a number is no id (found by fuzz_mappings).
        const double number = value.toDouble();
        return std::abs(number) < 9.2e18 ? QString::number(static_cast<qint64>(number)) : QString();
    }
    return value.toString();
}

} // namespace

QJsonObject Mapping::toJson(bool withId) const
{
    QJsonObject object{{QStringLiteral("deleted"), deleted},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("certificationId"), certificationId},
                       {QStringLiteral("serviceId"), serviceId},
                       {QStringLiteral("enable"), enable},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("siteId"), siteId}};
    if (withId && id > 0)
        object.insert(QStringLiteral("id"), id);
    return object;
}

std::optional<Mapping> Mapping::fromJson(const QJsonObject& object, QString* problem)
{
    Mapping mapping;
    const std::optional<qint64> id = readId(object.value(QLatin1String("id")));
    if (!id) {
        setProblem(problem, QStringLiteral("a mapping has no numeric id"));
        return std::nullopt;
    }
    mapping.id = *id;
    mapping.deleted = object.value(QLatin1String("deleted")).toBool();
    mapping.name = object.value(QLatin1String("name")).toString();
    mapping.certificationId = readNumericString(object.value(QLatin1String("certificationId")));
    mapping.serviceId = readNumericString(object.value(QLatin1String("serviceId")));
    mapping.enable = object.value(QLatin1String("enable")).toBool();
    mapping.url = object.value(QLatin1String("url")).toString();
    mapping.siteId = readNumericString(object.value(QLatin1String("siteId")));
    return mapping;
}

std::optional<QList<Mapping>> Mapping::listFromJson(const QByteArray& body, QString* problem)
{
    return json::readList<Mapping>(body, problem, &Mapping::fromJson);
}

QList<std::pair<QString, QString>> MappingServices::known()
{
    return {{QStringLiteral("0"), QStringLiteral("TEST_SERVICE")},
            {QStringLiteral("1"), QStringLiteral("IDP")},
            {QStringLiteral("2"), QStringLiteral("WEBHOOKS")}};
}

QString MappingServices::name(const QString& serviceId)
{
    if (!isKnown(serviceId))
        return serviceId;
    static const QStringList names{QStringLiteral("TEST_SERVICE"), QStringLiteral("IDP"), QStringLiteral("WEBHOOKS")};
    return names.at(serviceId.at(0).unicode() - '0');
}

bool MappingServices::isKnown(const QString& serviceId)
{
    return serviceId.size() == 1 && serviceId.at(0) >= QLatin1Char('0') && serviceId.at(0) <= QLatin1Char('2');
}

} // namespace mtlsdesk
