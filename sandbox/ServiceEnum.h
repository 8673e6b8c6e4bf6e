#pragma once

// The services a mapping serves (contract section 3): TEST_SERVICE = "0", IDP = "1", WEBHOOKS = "2". Runtime headers
// and bodies name them (`IDP`), while the ac-common mapping stores the id as a numeric string (`"1"`), so every
// endpoint that takes a name translates it here. Names are case-sensitive, as Java enum names are.

#include <QString>

namespace mtlsdesk::sandbox {

class ServiceEnum
{
public:
    // "TEST_SERVICE", "IDP" or "WEBHOOKS"; empty for any other id.
    static QString nameOf(const QString& serviceId);
    // The id of a service name, or the id itself when given as its numeric string ("1"); empty for anything else.
    static QString idOf(const QString& nameOrId);
    // The documented ids with their names, for error messages.
    static const QString& choices();
};

} // namespace mtlsdesk::sandbox
