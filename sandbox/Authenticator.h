#pragma once

// The authentication checks every protected endpoint calls: a Bearer from the Login Service, an OAuth1 (AppKey)
// signature, or either. An endpoint picks the check its documentation names (see the contract, section 2.4):
//   no Authorization header, unknown scheme, bad or expired token, bad signature -> 401
//   a valid-looking credential of the other kind, or one of another account    -> 403
// Handlers answer a failure with `reply(result, response)` and return.

#include "ErrorCode.h"
#include "OAuth1Verifier.h"

#include <QString>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mtlsdesk::sandbox {

class Store;

struct AuthResult
{
    enum class Kind
    {
        None,
        Bearer,
        OAuth1
    };

    bool ok = false;
    Kind kind = Kind::None;
    QString accountId;
    QString loginName;
    // Filled when !ok.
    int status = 401;
    ErrorCode code = ErrorCode::AuthenticationRequired;
    QString message;

    static QString kindName(Kind kind);
};

class Authenticator
{
public:
    Authenticator(Store& store, OAuth1Verifier& verifier);

    AuthResult authenticateBearer(const httplib::Request& request, const QString& accountId) const;
    AuthResult authenticateOAuth1(const httplib::Request& request, const QString& accountId) const;
    // OAuth1 for an endpoint without an account in its path (check mapping's /mtls/mapping): the signature's
    // oauth_consumer_key names the account, which the result carries.
    AuthResult authenticateAppKey(const httplib::Request& request) const;
    AuthResult authenticateEither(const httplib::Request& request, const QString& accountId) const;

    // Writes the JSON error of a failed result (with WWW-Authenticate on 401).
    static void reply(const AuthResult& result, httplib::Response& response);

private:
    static AuthResult::Kind schemeOf(const QByteArray& authorization);

    Store& m_store;
    OAuth1Verifier& m_verifier;
};

} // namespace mtlsdesk::sandbox
