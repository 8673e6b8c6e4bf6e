#include "DiagnosticApi.h"

#include "Authenticator.h"
#include "JsonReply.h"
#include "JsonRequest.h"

namespace mtlsdesk::sandbox {

DiagnosticApi::DiagnosticApi(const Authenticator& authenticator)
    : m_authenticator(authenticator)
{
}

void DiagnosticApi::registerRoutes(Router& router)
{
    router.get(R"(/sandbox/account/([^/]+)/whoami)",
               [this](const httplib::Request& request, httplib::Response& response) { whoAmI(request, response); });
}

void DiagnosticApi::whoAmI(const httplib::Request& request, httplib::Response& response) const
{
    const AuthResult auth = m_authenticator.authenticateEither(request, JsonRequest::capture(request, 1));
    if (!auth.ok) {
        Authenticator::reply(auth, response);
        return;
    }
    JsonReply::send(response, 200,
                    QJsonObject{{QStringLiteral("accountId"), auth.accountId},
                                {QStringLiteral("auth"), AuthResult::kindName(auth.kind)},
                                {QStringLiteral("loginName"), auth.loginName}});
}

} // namespace mtlsdesk::sandbox
