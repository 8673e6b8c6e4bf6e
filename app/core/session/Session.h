#pragma once

// The logged-in session with the Login Service: the bearer, csrf and Session_id live here, in memory only.
//
//   LoggedOut --begin()--> LoggedIn --(refresh every few minutes, extends expiry)--> LoggedIn
//   LoggedIn --expiry reached | 401 on any call | refresh refused--> Expired (reloginRequired)
//   LoggedIn/Expired --logout()--> LoggedOut

#include "net/ApiContext.h"
#include "net/LoginJobs.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace mtlsdesk {

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggedIn, Expired };
    Q_ENUM(State)

    explicit Session(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~Session() override;

    // Takes over the login result (the argument is left empty); logout and expiry wipe the secrets.
    void begin(LoginResult& result, const QString& agentVepHost, const ApiContext& baseContext);
    void logout();
    // Any job that got 401 with this session's bearer calls this: the token is no longer good.
    void markUnauthorized();

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isAdmin() const { return m_result.isAdmin; }
    QString loginName() const { return m_result.loginName; }
    QByteArray bearer() const { return m_state == State::LoggedIn ? m_result.bearer : QByteArray(); }

    // How often to call refresh; the Login Service asks for every 3 to 5 minutes.
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refreshInterval = interval; }

signals:
    void stateChanged(mtlsdesk::Session::State state);
    void expiresAtChanged(const QDateTime& expiresAt);
    void reloginRequired();

private:
    void refresh();
    void setExpiry(qint64 ttlMs);
    void setState(State state);
    void clear();

    QNetworkAccessManager& m_network;
    ApiContext m_context;
    QString m_agentVepHost;
    LoginResult m_result;
    QDateTime m_expiresAt;
    QTimer m_refreshTimer;
    QTimer m_expiryTimer;
    QPointer<RefreshJob> m_refreshJob;
    std::chrono::milliseconds m_refreshInterval{std::chrono::minutes(4)};
    State m_state = State::LoggedOut;
};

} // namespace mtlsdesk
