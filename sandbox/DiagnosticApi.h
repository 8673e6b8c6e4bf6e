#pragma once

// Sandbox-only endpoints that the real service does not have; they exist so that tests and the app's developers
// can exercise the shared authentication checks before the endpoints that need them are implemented.
//   GET /sandbox/account/{acc}/whoami  (Bearer or OAuth1) -> {"accountId","auth":"bearer"|"oauth1","loginName"}

#include "Router.h"

namespace mtlsdesk::sandbox {

class Authenticator;

class DiagnosticApi
{
public:
    explicit DiagnosticApi(const Authenticator& authenticator);

    void registerRoutes(Router& router);

private:
    void whoAmI(const httplib::Request& request, httplib::Response& response) const;

    const Authenticator& m_authenticator;
};

} // namespace mtlsdesk::sandbox
