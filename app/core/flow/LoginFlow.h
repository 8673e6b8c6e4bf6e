#pragma once

// Log in to an environment: discover the account's domains, then log in on its agentVep domain.
//
//   Idle --start()--> Discovering --domains--> LoggingIn --bearer--> Succeeded
//                         |                        |
//                         +--error/cancel----------+--> Failed | Canceled
//
// Discovery runs first because the Login Service's host is itself one of the discovered domains. Input
// problems (no account, no password) fail at once with a Problem, without a request. Reports one Status;
// the UI turns it into text.

#include "env/Environment.h"
#include "net/ApiError.h"
#include "net/Domains.h"
#include "net/LoginJobs.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace mtlsdesk {

class ApiJob;

struct LoginRequest
{
    Environment environment;
    QString accountId;
    QString username;
    QByteArray password;       // wiped by the flow once sent
    OAuth1Credentials appKey;  // optional for login (application login when no password), kept for later calls
    QMap<QString, QString> domainOverrides;
    std::shared_ptr<RateLimiters> pacing; // the workspace's (Workspace::pacing()); null: unpaced
    // Waits before retrying discovery after a 5xx or a lost answer; none: ApiContext's default (5/10/15 s).
    std::optional<QList<std::chrono::milliseconds>> serverRetryDelays;
};

class LoginFlow : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Discovering, LoggingIn, Succeeded, Failed, Canceled };
    Q_ENUM(Status)
    enum class Problem { None, MissingAccount, InvalidAccount, MissingUsername, MissingPassword,
                         InvalidEnvironment, NoLoginDomain, Api };
    Q_ENUM(Problem)

    explicit LoginFlow(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~LoginFlow() override;

    void start(LoginRequest request);
    void cancel();

    Status status() const { return m_status; }
    Problem problem() const { return m_problem; }
    const ApiError& error() const { return m_error; }
    const Domains& domains() const { return m_domains; }
    // The context the rest of the app uses after success (bearer filled in by the Session).
    const ApiContext& context() const { return m_context; }
    // Moved out by whoever takes over the session.
    LoginResult& result() { return m_result; }

    static Problem validate(const LoginRequest& request);

signals:
    void statusChanged(mtlsdesk::LoginFlow::Status status);
    // Emitted after Discovering, before the login call: the Domains page can show them already.
    void domainsDiscovered(const mtlsdesk::Domains& domains);
    // The ApiJob retries after a 429 or a server error; the UI says it is waiting.
    void waiting(std::chrono::milliseconds wait, bool rateLimited);

private:
    void login();
    void fail(Problem problem, const ApiError& error = {});
    void setStatus(Status status);
    void watch(ApiJob* job);

    QNetworkAccessManager& m_network;
    LoginRequest m_request;
    ApiContext m_context;
    Domains m_domains;
    LoginResult m_result;
    ApiError m_error;
    QPointer<ApiJob> m_job;
    Status m_status = Status::Idle;
    Problem m_problem = Problem::None;
};

} // namespace mtlsdesk
