#pragma once

// The Login Service (on the agentVep domain): login ?v=1.3, refresh, logout. One job class per endpoint.

#include "net/ApiJob.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace mtlsdesk {

struct LoginResult
{
    QByteArray bearer;
    QByteArray csrf;
    QByteArray sessionId; // the Session_id cookie: refresh and logout need it
    qint64 sessionTtlMs = 0;
    bool isAdmin = false;
    QString loginName;
    QString userId;
    QMap<QString, QString> csds; // csdsCollectionResponse, when the answer carries it

    // Wipes the secrets in place (the buffers, not just the handles).
    void wipe();
};

// POST https://{agentVep}/api/account/{acc}/login?v=1.3 with {"username","password"}, or the application
// login {"username","appKey","secret","accessToken","accessTokenSecret"} when the context holds AppKey
// credentials and no password is given.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    // The password buffer is taken over and wiped when the job finishes.
    LoginJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QString username,
             QByteArray password, QObject* parent = nullptr);
    ~LoginJob() override;

    // The login answer's body and its Set-Cookie header; nullopt with `problem` when there is no bearer token.
    // Public and pure so that the fuzz targets (tests/fuzz) feed it the same bytes the job gets.
    static std::optional<LoginResult> parseResult(const QByteArray& body, const QByteArray& setCookie,
                                                  QString* problem = nullptr);

signals:
    void loggedIn(const mtlsdesk::LoginResult& result);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    QString m_host;
    QString m_username;
    QByteArray m_password;
};

// Refresh and logout share their shape: POST https://{agentVep}/api/account/{acc}/<endpoint> with {"csrf"} and
// the Session_id cookie.
class SessionCallJob : public ApiJob
{
    Q_OBJECT
protected:
    SessionCallJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QString endpoint,
                   QByteArray csrf, QByteArray sessionId, QObject* parent);
    Request request() const override;

private:
    QString m_host;
    QString m_endpoint;
    QByteArray m_csrf;
    QByteArray m_sessionId;
};

// POST .../refresh -> a new sessionTTl.
class RefreshJob : public SessionCallJob
{
    Q_OBJECT
public:
    RefreshJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QByteArray csrf,
               QByteArray sessionId, QObject* parent = nullptr);

    // sessionTTl (milliseconds, a string or a number) of a refresh answer; 0 when it has none.
    static qint64 parseSessionTtl(const QByteArray& body);

signals:
    void refreshed(qint64 sessionTtlMs);

protected:
    bool parse(const QByteArray& body) override;
};

// POST .../logout -> 200, empty body.
class LogoutJob : public SessionCallJob
{
    Q_OBJECT
public:
    LogoutJob(QNetworkAccessManager& network, ApiContext context, QString agentVepHost, QByteArray csrf,
              QByteArray sessionId, QObject* parent = nullptr);

signals:
    void loggedOut();

protected:
    bool parse(const QByteArray& body) override;
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::LoginResult)
