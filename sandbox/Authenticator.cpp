#include "Authenticator.h"

#include "JsonReply.h"
#include "JsonRequest.h"
#include "Store.h"

#include <QDateTime>

#include <httplib.h>

namespace mtlsdesk::sandbox {

namespace {

AuthResult failure(int status, ErrorCode code, const QString& message)
{
    AuthResult result;
    result.status = status;
    result.code = code;
    result.message = message;
    return result;
}

bool hasScheme(const QByteArray& authorization, const QByteArray& scheme)
{
    return authorization.size() > scheme.size() && authorization.left(scheme.size()).toLower() == scheme &&
           (authorization.at(scheme.size()) == ' ' || authorization.at(scheme.size()) == '\t');
}

QByteArray authorizationOf(const httplib::Request& request)
{
    return QByteArray::fromStdString(request.get_header_value("Authorization")).trimmed();
}

} // namespace

QString AuthResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bearer:
        return QStringLiteral("bearer");
    case Kind::OAuth1:
        return QStringLiteral("oauth1");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

Authenticator::Authenticator(Store& store, OAuth1Verifier& verifier)
    : m_store(store)
    , m_verifier(verifier)
{
}

AuthResult::Kind Authenticator::schemeOf(const QByteArray& authorization)
{
    if (hasScheme(authorization, "bearer"))
        return AuthResult::Kind::Bearer;
    if (hasScheme(authorization, "oauth"))
        return AuthResult::Kind::OAuth1;
    return AuthResult::Kind::None;
}

AuthResult Authenticator::authenticateBearer(const httplib::Request& request, const QString& accountId) const
{
    const QByteArray authorization = authorizationOf(request);
    switch (schemeOf(authorization)) {
    case AuthResult::Kind::Bearer:
        break;
    case AuthResult::Kind::OAuth1:
        return failure(403, ErrorCode::WrongAuthKind,
                       QStringLiteral("This endpoint accepts only a Bearer token from the Login Service, "
                                      "not an OAuth1 (AppKey) signature."));
    case AuthResult::Kind::None:
        return failure(401, ErrorCode::AuthenticationRequired,
                       QStringLiteral("This endpoint needs the header Authorization: Bearer <token>."));
    }

    const QByteArray bearer = authorization.mid(6).trimmed();
    const std::optional<Session> session = bearer.isEmpty() ? std::nullopt : m_store.sessionByBearer(bearer);
    if (!session) {
        return failure(401, ErrorCode::TokenUnknown,
                       QStringLiteral("The bearer token is not valid (unknown, or its session was logged out)."));
    }
    if (session->expiresMs <= QDateTime::currentMSecsSinceEpoch()) {
        return failure(
            401, ErrorCode::TokenExpired,
            QStringLiteral("The bearer token expired at %1; log in again.")
                .arg(QDateTime::fromMSecsSinceEpoch(session->expiresMs).toUTC().toString(Qt::ISODateWithMs)));
    }
    if (session->accountId != accountId) {
        return failure(403, ErrorCode::WrongAccount,
                       QStringLiteral("The bearer token belongs to another account than %1.").arg(accountId));
    }
    AuthResult result;
    result.ok = true;
    result.kind = AuthResult::Kind::Bearer;
    result.accountId = session->accountId;
    result.loginName = session->loginName;
    return result;
}

AuthResult Authenticator::authenticateOAuth1(const httplib::Request& request, const QString& accountId) const
{
    const QByteArray authorization = authorizationOf(request);
    switch (schemeOf(authorization)) {
    case AuthResult::Kind::OAuth1:
        break;
    case AuthResult::Kind::Bearer:
        return failure(403, ErrorCode::WrongAuthKind,
                       QStringLiteral("This endpoint accepts only an OAuth1 (AppKey) signature, not a Bearer token."));
    case AuthResult::Kind::None:
        return failure(401, ErrorCode::AuthenticationRequired,
                       QStringLiteral("This endpoint needs an OAuth 1.0 Authorization header signed with the "
                                      "account's AppKey."));
    }

    const std::optional<Account> account = m_store.account(accountId);
    if (!account) {
        return failure(401, ErrorCode::OAuthUnknownConsumerKey,
                       QStringLiteral("The oauth_consumer_key is not an app key of account %1.").arg(accountId));
    }
    OAuth1Request signedRequest;
    signedRequest.method = QByteArray::fromStdString(request.method);
    signedRequest.host = QByteArray::fromStdString(request.get_header_value("Host"));
    const QByteArray target = QByteArray::fromStdString(request.target);
    const qsizetype question = target.indexOf('?');
    signedRequest.path = question < 0 ? target : target.left(question);
    signedRequest.query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (JsonRequest::hasContentType(request, "application/x-www-form-urlencoded"))
        signedRequest.formBody = QByteArray::fromStdString(request.body);
    signedRequest.authorization = authorization;
    if (signedRequest.host.isEmpty())
        return failure(401, ErrorCode::OAuthMalformed, QStringLiteral("An OAuth1 request needs a Host header."));

    const OAuth1Result verified = m_verifier.verify(signedRequest, account->appKey, QDateTime::currentSecsSinceEpoch());
    if (!verified.ok)
        return failure(401, verified.code, verified.message);
    AuthResult result;
    result.ok = true;
    result.kind = AuthResult::Kind::OAuth1;
    result.accountId = account->accountId;
    result.loginName = account->username;
    return result;
}

AuthResult Authenticator::authenticateAppKey(const httplib::Request& request) const
{
    const QByteArray authorization = authorizationOf(request);
    if (schemeOf(authorization) != AuthResult::Kind::OAuth1)
        return authenticateOAuth1(request, {}); // 401 or 403, before any account is looked up
    const std::optional<QList<OAuth1Verifier::Parameter>> parameters =
        OAuth1Verifier::parseAuthorization(authorization);
    QByteArray consumerKey;
    for (const auto& [name, value] : parameters.value_or(QList<OAuth1Verifier::Parameter>())) {
        if (name == "oauth_consumer_key")
            consumerKey = value;
    }
    if (consumerKey.isEmpty())
        return failure(401, ErrorCode::OAuthMalformed,
                       QStringLiteral("The OAuth1 Authorization header is malformed or has no oauth_consumer_key."));
    const std::optional<QString> accountId = m_store.accountIdByConsumerKey(QString::fromUtf8(consumerKey));
    if (!accountId)
        return failure(401, ErrorCode::OAuthUnknownConsumerKey,
                       QStringLiteral("The oauth_consumer_key is not the app key of any account."));
    return authenticateOAuth1(request, *accountId);
}

AuthResult Authenticator::authenticateEither(const httplib::Request& request, const QString& accountId) const
{
    switch (schemeOf(authorizationOf(request))) {
    case AuthResult::Kind::Bearer:
        return authenticateBearer(request, accountId);
    case AuthResult::Kind::OAuth1:
        return authenticateOAuth1(request, accountId);
    case AuthResult::Kind::None:
        break;
    }
    return failure(401, ErrorCode::AuthenticationRequired,
                   QStringLiteral("This endpoint needs an Authorization header: Bearer <token> or an OAuth 1.0 "
                                  "signature."));
}

void Authenticator::reply(const AuthResult& result, httplib::Response& response)
{
    if (result.status == 401)
        response.set_header("WWW-Authenticate", "Bearer realm=\"mtls-sandbox\", OAuth realm=\"mtls-sandbox\"");
    JsonReply::error(response, result.status, result.code, result.message);
}

} // namespace mtlsdesk::sandbox
