#pragma once

// The Login Service ("agentVep"):
//   POST /api/account/{acc}/login?v=1.3  {"username","password"} or the app login
//        {"username","appKey","secret","accessToken","accessTokenSecret"}
//        -> 200 {csrf, wsuk, config, csdsCollectionResponse, accountData, sessionTTl, bearer} + Set-Cookie Session_id
//   POST /api/account/{acc}/refresh  {"csrf"} + cookie Session_id -> 200 {"sessionTTl"}, expiry moved to now + TTL
//   POST /api/account/{acc}/logout   {"csrf"} + cookie Session_id -> 200, empty body; the bearer stops working
// A session lives for the token TTL (--token-ttl) from login or the last refresh; its bearer then answers 401
// "expired". A wrong csrf is the documented 401 {"error":{"message":"CSRF token invalid! ...","internalCode":10}}.

#include "Router.h"

#include <QString>

#include <optional>

namespace mtlsdesk::sandbox {

class DomainApi;
class Store;
struct Session;

class LoginService
{
public:
    LoginService(Store& store, const DomainApi& domains, qint64 tokenTtlSeconds);

    void registerRoutes(Router& router);

private:
    void login(const httplib::Request& request, httplib::Response& response);
    void refresh(const httplib::Request& request, httplib::Response& response);
    void logout(const httplib::Request& request, httplib::Response& response);
    // Refresh and logout share their checks: JSON body, a live Session_id of this account, the matching csrf.
    // Returns the Session_id, or nothing after writing the error.
    std::optional<QByteArray> checkSession(const httplib::Request& request, httplib::Response& response,
                                           const QString& accountId);
    QString ttlMilliseconds() const;

    Store& m_store;
    const DomainApi& m_domains;
    qint64 m_ttlSeconds;
};

} // namespace mtlsdesk::sandbox
