#include "flow/LoginFlow.h"

#include "net/DomainsJob.h"
#include "secrets/Wipe.h"

#include <QRegularExpression>

namespace mtlsdesk {

LoginFlow::LoginFlow(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

LoginFlow::~LoginFlow()
{
    if (m_job)
        m_job->abort();
    wipe(m_request.password);
}

LoginFlow::Problem LoginFlow::validate(const LoginRequest& request)
{
    if (!request.environment.isValid())
        return Problem::InvalidEnvironment;
    const QString account = request.accountId.trimmed();
    if (account.isEmpty())
        return Problem::MissingAccount;
    static const QRegularExpression accountPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!accountPattern.match(account).hasMatch())
        return Problem::InvalidAccount;
    if (request.username.trimmed().isEmpty())
        return Problem::MissingUsername;
    if (request.password.isEmpty() && !request.appKey.isComplete())
        return Problem::MissingPassword;
    return Problem::None;
}

void LoginFlow::start(LoginRequest request)
{
    if (m_status == Status::Discovering || m_status == Status::LoggingIn)
        return;
    wipe(m_request.password);
    m_request = std::move(request);
    m_request.accountId = m_request.accountId.trimmed();
    m_request.username = m_request.username.trimmed();
    m_error = {};
    m_problem = Problem::None;
    m_domains = {};
    m_result = {};

    if (const Problem problem = validate(m_request); problem != Problem::None) {
        fail(problem);
        return;
    }

    m_context = {};
    m_context.accountId = m_request.accountId;
    m_context.appKey = m_request.appKey;
    m_context.pacing = m_request.pacing;
    if (m_request.serverRetryDelays)
        m_context.serverRetryDelays = *m_request.serverRetryDelays;
    QString caProblem;
    if (!m_request.environment.sslConfiguration(m_context.sslConfiguration, &caProblem)) {
        fail(Problem::InvalidEnvironment);
        return;
    }

    setStatus(Status::Discovering);
    auto* job = new DomainsJob(m_network, m_context, m_request.environment.discoveryHost, this);
    connect(job, &DomainsJob::discovered, this, [this](const QMap<QString, QString>& discovered) {
        m_domains.setDiscovered(discovered);
        m_domains.setOverrides(m_request.domainOverrides);
        emit domainsDiscovered(m_domains);
        login();
    });
    watch(job);
    job->start();
}

void LoginFlow::login()
{
    const QString host = m_domains.host(Domains::AgentVep);
    if (host.isEmpty()) {
        fail(Problem::NoLoginDomain);
        return;
    }
    setStatus(Status::LoggingIn);
    auto* job = new LoginJob(m_network, m_context, host, m_request.username, std::exchange(m_request.password, {}),
                             this);
    connect(job, &LoginJob::loggedIn, this, [this](const LoginResult& result) {
        m_result = result;
        // The login answer also lists domains; discovery's answer wins, but fill in what it lacked.
        QMap<QString, QString> merged = m_result.csds;
        merged.insert(m_domains.discovered());
        m_domains.setDiscovered(merged);
        setStatus(Status::Succeeded);
    });
    watch(job);
    job->start();
}

void LoginFlow::watch(ApiJob* job)
{
    m_job = job;
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Canceled) {
            wipe(m_request.password);
            setStatus(Status::Canceled);
        } else {
            fail(Problem::Api, error);
        }
    });
    connect(job, &ApiJob::retrying, this,
            [this](std::chrono::milliseconds wait, int, bool rateLimited) { emit waiting(wait, rateLimited); });
    connect(job, &ApiJob::finished, job, &QObject::deleteLater);
}

void LoginFlow::cancel()
{
    if (m_job && m_job->isRunning())
        m_job->abort();
}

void LoginFlow::fail(Problem problem, const ApiError& error)
{
    wipe(m_request.password);
    m_problem = problem;
    m_error = error;
    setStatus(Status::Failed);
}

void LoginFlow::setStatus(Status status)
{
    if (m_status == status && status != Status::Failed)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace mtlsdesk
