#include "ServiceEnum.h"

#include <array>

namespace mtlsdesk::sandbox {

namespace {

struct Service
{
    QLatin1String id;
    QLatin1String name;
};

constexpr std::array<Service, 3> Services{{
    {QLatin1String("0"), QLatin1String("TEST_SERVICE")},
    {QLatin1String("1"), QLatin1String("IDP")},
    {QLatin1String("2"), QLatin1String("WEBHOOKS")},
}};

} // namespace

QString ServiceEnum::nameOf(const QString& serviceId)
{
    for (const Service& service : Services) {
        if (serviceId == service.id)
            return service.name;
    }
    return {};
}

QString ServiceEnum::idOf(const QString& nameOrId)
{
    for (const Service& service : Services) {
        if (nameOrId == service.name || nameOrId == service.id)
            return service.id;
    }
    return {};
}

const QString& ServiceEnum::choices()
{
    static const QString choices = QStringLiteral("\"0\" (TEST_SERVICE), \"1\" (IDP) or \"2\" (WEBHOOKS)");
    return choices;
}

} // namespace mtlsdesk::sandbox
