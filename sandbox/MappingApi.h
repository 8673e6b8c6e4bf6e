#pragma once

// The ac-common mapping endpoints of Account Config (contract sections 3 and 5), on Store's mapping table. The
// contract documents only the create; the other verbs follow the Account Config convention it describes:
//   POST   /api/account/{acc}/configuration/ac-common/mtls?v=3.0       [Mapping without id] -> 201 [Mapping]
//   GET    /api/account/{acc}/configuration/ac-common/mtls?v=3.0[&include_deleted=true]   -> 200 [Mapping]
//   GET    /api/account/{acc}/configuration/ac-common/mtls/{id}?v=3.0                     -> 200 Mapping
//   PUT    /api/account/{acc}/configuration/ac-common/mtls/{id}?v=3.0  Mapping (whole)     -> 200 Mapping
//   DELETE /api/account/{acc}/configuration/ac-common/mtls/{id}?v=3.0                     -> 200 {} (soft delete)
//   POST   …/mtls/{id}?v=3.0 with X-HTTP-Method-Override: PUT | DELETE acts as that verb.
// OAuth1 or Bearer. Every answer after a successful authentication carries the account's collection revision in
// `ac-revision`. A write with `If-Match` naming another revision gets 409 and changes nothing; a write without it
// is accepted. Field errors, duplicate names, duplicate (serviceId, url) keys and unknown certificates get 400
// with a message naming the field or the clash. A create of several mappings is saved all or nothing.
//
// Order of the checks, as RFC 9110 §13.2 evaluates preconditions after the checks that do not need the body:
// authentication, v, the mapping in the path (404), If-Match (409), the body (400), the stored state (400).

#include "Router.h"
#include "Store.h"

#include <QJsonObject>

#include <optional>

namespace mtlsdesk::sandbox {

class Authenticator;

class MappingApi
{
public:
    MappingApi(Store& store, const Authenticator& authenticator);

    void registerRoutes(Router& router);

    // The Mapping shape of contract section 3.
    static QJsonObject toJson(const StoredMapping& mapping, const QString& accountId);
    // Why `url` cannot be a mapping's URL (not absolute, not https, no host, surrounding spaces); empty when it can.
    static QString urlProblem(const QString& url);
    // Answers a refused write (404, 409, 400); `mappings` are those of the request, for the message. Activate mapping
    // (ActivateMappingApi) answers its refusals the same way.
    static void refuse(httplib::Response& response, const QString& accountId, const MappingWriteResult& result,
                       const QList<StoredMapping>& mappings);

private:
    // Authenticates for the account in capture 1, sets ac-revision and checks v; on failure answers and returns
    // nullopt.
    std::optional<QString> begin(const httplib::Request& request, httplib::Response& response) const;
    // The revision If-Match asks for: nullopt (and true) without the header or with `*`. Answers 400 for a
    // malformed header and 409 when it names no current revision, and returns false then.
    bool precondition(const httplib::Request& request, httplib::Response& response, const QString& accountId,
                      std::optional<qint64>& expected) const;
    // The live mapping named in capture 2, or 404.
    std::optional<StoredMapping> member(const httplib::Request& request, httplib::Response& response,
                                        const QString& accountId) const;

    void list(const httplib::Request& request, httplib::Response& response) const;
    void one(const httplib::Request& request, httplib::Response& response) const;
    void create(const httplib::Request& request, httplib::Response& response);
    void replace(const httplib::Request& request, httplib::Response& response);
    void remove(const httplib::Request& request, httplib::Response& response);
    // POST on a member: X-HTTP-Method-Override decides.
    void overridden(const httplib::Request& request, httplib::Response& response);

    Store& m_store;
    const Authenticator& m_authenticator;
};

} // namespace mtlsdesk::sandbox
