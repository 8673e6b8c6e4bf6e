#include "net/LoginJobs.h"

#include "secrets/Wipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>

#include "net/DomainsJob.h"

namespace mtlsdesk {

namespace {

QUrl loginServiceUrl(const QString& host, const QString& accountId, const QString& endpoint)
{
    return QUrl(QStringLiteral("https://%1/api/account/%2/%3")
                    .arg(host, QString::fromLatin1(QUrl::toPercentEncoding(accountId)), endpoint));
}

QByteArray csrfBody(const QByteArray& csrf)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("csrf"), QString::fromLatin1(csrf)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void LoginResult::wipe()
{
    mtlsdesk::wipe(bearer);
    mtlsdesk::wipe(csrf);
    mtlsdesk::wipe(sessionId);
}

LoginJob::LoginJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QString username,
                   QByteArray password, QObject* parent)
    : ApiJob(network, std::move(context), parent)
    , m_host(std::move(agentVepHost))
    , m_username(std::move(username))
    , m_password(std::move(password))
{
    connect(this, &ApiJob::finished, this, [this] { wipe(m_password); });
}

LoginJob::~LoginJob()
{
    wipe(m_password);
}

ApiJob::Request LoginJob::request() const
{
    Request r;
    r.verb = "POST";
    r.url = loginServiceUrl(m_host, context().accountId, QStringLiteral("login"));
    r.url.setQuery(QStringLiteral("v=1.3"));
    r.contentType = "application/json";
    QJsonObject body{{QStringLiteral("username"), m_username}};
    if (m_password.isEmpty() && context().appKey.isComplete()) {
        const OAuth1Credentials& key = context().appKey;
        body.insert(QStringLiteral("appKey"), key.consumerKey);
        body.insert(QStringLiteral("secret"), key.consumerSecret);
        body.insert(QStringLiteral("accessToken"), key.accessToken);
        body.insert(QStringLiteral("accessTokenSecret"), key.accessTokenSecret);
    } else {
        body.insert(QStringLiteral("password"), QString::fromUtf8(m_password));
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

bool LoginJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<LoginResult> result = parseResult(body, responseHeader("Set-Cookie"), &problem);
    if (!result) {
        setPayloadDetail(problem);
        return false;
    }
    // No wipe here: receivers hold implicitly shared copies of these buffers; the Session wipes them at the end.
    emit loggedIn(*result);
    return true;
}

std::optional<LoginResult> LoginJob::parseResult(const QByteArray& body, const QByteArray& setCookie,
                                                 QString* problem)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    LoginResult result;
    result.bearer = object.value(QLatin1String("bearer")).toString().toUtf8();
    result.csrf = object.value(QLatin1String("csrf")).toString().toUtf8();
    // sessionTTl is documented as a string of milliseconds; accept a number too.
    const QJsonValue ttl = object.value(QLatin1String("sessionTTl"));
    result.sessionTtlMs = ttl.isString() ? ttl.toString().toLongLong() : ttl.toInteger();
    const QJsonObject config = object.value(QLatin1String("config")).toObject();
    result.isAdmin = config.value(QLatin1String("isAdmin")).toBool();
    result.loginName = config.value(QLatin1String("loginName")).toString();
    result.userId = config.value(QLatin1String("userId")).toVariant().toString();
    const QJsonObject csds = object.value(QLatin1String("csdsCollectionResponse")).toObject();
    if (!csds.isEmpty())
        result.csds = DomainsJob::parseBaseUris(QJsonDocument(csds).toJson(QJsonDocument::Compact));

    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(setCookie);
    for (const QNetworkCookie& cookie : cookies) {
        if (cookie.name() == "Session_id")
            result.sessionId = cookie.value();
    }

    if (result.bearer.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("the login answer has no bearer token");
        return std::nullopt;
    }
    return result;
}

SessionCallJob::SessionCallJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost,
                               QString endpoint, QByteArray csrf, QByteArray sessionId, QObject* parent)
    : ApiJob(network, std::move(context), parent)
    , m_host(std::move(agentVepHost))
    , m_endpoint(std::move(endpoint))
    , m_csrf(std::move(csrf))
    , m_sessionId(std::move(sessionId))
{
}

ApiJob::Request SessionCallJob::request() const
{
    Request r;
    r.verb = "POST";
    r.url = loginServiceUrl(m_host, context().accountId, m_endpoint);
    r.contentType = "application/json";
    r.body = csrfBody(m_csrf);
    r.headers.append({"Cookie", "Session_id=" + m_sessionId});
    return r;
}

RefreshJob::RefreshJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QByteArray csrf,
                       QByteArray sessionId, QObject* parent)
    : SessionCallJob(network, std::move(context), std::move(agentVepHost), QStringLiteral("refresh"),
                     std::move(csrf), std::move(sessionId), parent)
{
}

bool RefreshJob::parse(const QByteArray& body)
{
    emit refreshed(parseSessionTtl(body));
    return true;
}

qint64 RefreshJob::parseSessionTtl(const QByteArray& body)
{
    const QJsonValue ttl = QJsonDocument::fromJson(body).object().value(QLatin1String("sessionTTl"));
    return ttl.isString() ? ttl.toString().toLongLong() : ttl.toInteger();
}

LogoutJob::LogoutJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QByteArray csrf,
                     QByteArray sessionId, QObject* parent)
    : SessionCallJob(network, std::move(context), std::move(agentVepHost), QStringLiteral("logout"),
                     std::move(csrf), std::move(sessionId), parent)
{
}

bool LogoutJob::parse(const QByteArray&)
{
    emit loggedOut();
    return true;
}

} // namespace mtlsdesk
