#include "LoginService.h"

#include "DomainApi.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "Random.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace mtlsdesk::sandbox {

namespace {

bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    return left.size() == right.size() &&
           CRYPTO_memcmp(left.constData(), right.constData(), static_cast<size_t>(left.size())) == 0;
}

void wrongCredentials(httplib::Response& response)
{
    JsonReply::error(response, 401, ErrorCode::BadCredentials,
                     QStringLiteral("Wrong username or password (or app key) for this account."));
}

} // namespace

LoginService::LoginService(Store& store, const DomainApi& domains, qint64 tokenTtlSeconds)
    : m_store(store)
    , m_domains(domains)
    , m_ttlSeconds(tokenTtlSeconds)
{
}

void LoginService::registerRoutes(Router& router)
{
    router.post(R"(/api/account/([^/]+)/login)",
                [this](const httplib::Request& request, httplib::Response& response) { login(request, response); });
    router.post(R"(/api/account/([^/]+)/refresh)",
                [this](const httplib::Request& request, httplib::Response& response) { refresh(request, response); });
    router.post(R"(/api/account/([^/]+)/logout)",
                [this](const httplib::Request& request, httplib::Response& response) { logout(request, response); });
}

QString LoginService::ttlMilliseconds() const
{
    // Documented as a string of milliseconds ("28800000"), not a number.
    return QString::number(m_ttlSeconds * 1000);
}

void LoginService::login(const httplib::Request& request, httplib::Response& response)
{
    const QString accountId = JsonRequest::capture(request, 1);
    if (!request.has_param("v")) {
        JsonReply::error(response, 400, ErrorCode::MissingVersion,
                         QStringLiteral("The v query parameter is required; this Login Service speaks v=1.3."));
        return;
    }
    if (request.get_param_value("v") != "1.3") {
        JsonReply::error(response, 400, ErrorCode::UnsupportedVersion,
                         QStringLiteral("Login Service version %1 is not supported; use v=1.3.")
                             .arg(QString::fromStdString(request.get_param_value("v"))));
        return;
    }
    const std::optional<QJsonObject> body = JsonRequest::object(request, response);
    if (!body)
        return;
    const std::optional<QString> username = JsonRequest::stringField(*body, QStringLiteral("username"), response);
    if (!username)
        return;

    const std::optional<Account> account = m_store.account(accountId);
    bool accepted = false;
    if (body->contains(QStringLiteral("password"))) {
        const std::optional<QString> password = JsonRequest::stringField(*body, QStringLiteral("password"), response);
        if (!password)
            return;
        accepted = account && *username == account->username && sameSecret(*password, account->password);
    } else if (body->contains(QStringLiteral("appKey"))) {
        QString values[4];
        const QString names[4] = {QStringLiteral("appKey"), QStringLiteral("secret"), QStringLiteral("accessToken"),
                                  QStringLiteral("accessTokenSecret")};
        for (int i = 0; i < 4; ++i) {
            const std::optional<QString> value = JsonRequest::stringField(*body, names[i], response);
            if (!value)
                return;
            values[i] = *value;
        }
        accepted = account && *username == account->username && values[0] == account->appKey.consumerKey &&
                   sameSecret(values[1], account->appKey.consumerSecret) &&
                   sameSecret(values[2], account->appKey.accessToken) &&
                   sameSecret(values[3], account->appKey.accessTokenSecret);
    } else {
        JsonReply::error(response, 400, ErrorCode::MissingField,
                         QStringLiteral("The request body needs \"password\", or \"appKey\", \"secret\", "
                                        "\"accessToken\" and \"accessTokenSecret\" for an app login."));
        return;
    }
    if (!account) {
        JsonReply::error(response, 401, ErrorCode::UnknownAccount,
                         QStringLiteral("Account %1 does not exist on this sandbox.").arg(accountId));
        return;
    }
    if (!accepted) {
        wrongCredentials(response);
        return;
    }

    const QByteArray bearer = Random::hex(32);
    const QByteArray sessionId = Random::hex(24);
    const QByteArray csrf = Random::hex(32);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Session session;
    session.accountId = account->accountId;
    session.loginName = account->username;
    session.expiresMs = now + m_ttlSeconds * 1000;
    m_store.createSession(bearer, sessionId, csrf, session);

    const QJsonObject config{
        {QStringLiteral("loginName"), account->username},
        {QStringLiteral("userId"), account->userId},
        // 1790 is "Mutual TLS authentication management", which the self-service UI requires.
        {QStringLiteral("userPrivileges"), QJsonArray{100, 101, 1790}},
        {QStringLiteral("isLPA"), false},
        {QStringLiteral("isAdmin"), true},
        {QStringLiteral("serverCurrentTime"), now},
        {QStringLiteral("accountTimeZoneId"), QStringLiteral("UTC")},
    };
    const QJsonObject accountData{
        {QStringLiteral("agentGroupsData"),
         QJsonObject{
             {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), -1},
                                                              {QStringLiteral("deleted"), false},
                                                              {QStringLiteral("name"), QStringLiteral("Main Group")}}}},
             {QStringLiteral("revision"), 1}}},
    };
    const QJsonObject answer{
        {QStringLiteral("csrf"), QString::fromLatin1(csrf)},
        {QStringLiteral("wsuk"), QString::fromLatin1(Random::hex(16))},
        {QStringLiteral("config"), config},
        {QStringLiteral("csdsCollectionResponse"),
         QJsonObject{{QStringLiteral("baseURIs"), m_domains.baseUris(account->accountId)}}},
        {QStringLiteral("accountData"), accountData},
        {QStringLiteral("sessionTTl"), ttlMilliseconds()},
        {QStringLiteral("bearer"), QString::fromLatin1(bearer)},
    };
    response.set_header("Set-Cookie", "Session_id=" + sessionId.toStdString() + "; Path=/; Secure; HttpOnly");
    response.set_header("Cache-Control", "no-store");
    JsonReply::send(response, 200, answer);
}

std::optional<QByteArray> LoginService::checkSession(const httplib::Request& request, httplib::Response& response,
                                                     const QString& accountId)
{
    const std::optional<QJsonObject> body = JsonRequest::object(request, response);
    if (!body)
        return std::nullopt;
    const QByteArray sessionId = JsonRequest::cookie(request, "Session_id");
    if (sessionId.isEmpty()) {
        JsonReply::error(response, 401, ErrorCode::SessionUnknown,
                         QStringLiteral("The Session_id cookie from the login answer is missing."));
        return std::nullopt;
    }
    const std::optional<Session> session = m_store.sessionByCookie(sessionId);
    if (!session || session->accountId != accountId) {
        JsonReply::error(response, 401, ErrorCode::SessionUnknown,
                         QStringLiteral("The session is not known for this account (logged out or never issued)."));
        return std::nullopt;
    }
    if (session->expiresMs <= QDateTime::currentMSecsSinceEpoch()) {
        JsonReply::error(response, 401, ErrorCode::SessionExpired,
                         QStringLiteral("The session expired; log in again."));
        return std::nullopt;
    }
    const QByteArray csrfDigest = Store::digest(body->value(QStringLiteral("csrf")).toString().toUtf8());
    if (csrfDigest.size() != session->csrfDigest.size() ||
        CRYPTO_memcmp(csrfDigest.constData(), session->csrfDigest.constData(),
                      static_cast<size_t>(csrfDigest.size())) != 0) {
        JsonReply::error(response, 401, ErrorCode::CsrfInvalid,
                         QStringLiteral("CSRF token invalid! The csrf value does not belong to this session."));
        return std::nullopt;
    }
    return sessionId;
}

void LoginService::refresh(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QByteArray> sessionId = checkSession(request, response, JsonRequest::capture(request, 1));
    if (!sessionId)
        return;
    m_store.extendSession(*sessionId, QDateTime::currentMSecsSinceEpoch() + m_ttlSeconds * 1000);
    JsonReply::send(response, 200, QJsonObject{{QStringLiteral("sessionTTl"), ttlMilliseconds()}});
}

void LoginService::logout(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QByteArray> sessionId = checkSession(request, response, JsonRequest::capture(request, 1));
    if (!sessionId)
        return;
    m_store.deleteSession(*sessionId);
    response.status = 200;
}

} // namespace mtlsdesk::sandbox
