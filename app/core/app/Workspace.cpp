#include "app/Workspace.h"

#include "certs/CertificateManager.h"
#include "flow/LoginFlow.h"
#include "mappings/MappingEditor.h"
#include "net/ApiJob.h"
#include "net/RateLimiter.h"
#include "runtime/RuntimeMonitor.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace mtlsdesk {

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_session(m_network)
    , m_certificates(std::make_unique<CertificateManager>(*this))
    , m_mappings(std::make_unique<MappingEditor>(*this))
    , m_pacing(std::make_shared<RateLimiters>(RequestsPerSecond))
    , m_runtime(std::make_unique<RuntimeMonitor>(*this))
{
    // Strict transport security and no plain-HTTP redirects are what a client of an auth service wants.
    m_network.setStrictTransportSecurityEnabled(true);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);

    connect(&m_sandbox, &SandboxLauncher::ready, this, [this](const SandboxInfo& info) {
        if (m_kind != Environment::Kind::Sandbox)
            return;
        const QString host = info.baseUrl.host() + QLatin1Char(':') + QString::number(info.baseUrl.port(443));
        setEnvironment(Environment::sandbox(host, info.caFile), EnvironmentState::Ready);
        emit sandboxReady(info);
    });
    connect(&m_sandbox, &SandboxLauncher::failed, this, [this](SandboxLauncher::Failure, const QString& detail) {
        if (m_kind != Environment::Kind::Sandbox)
            return;
        m_environmentFailure = detail;
        setEnvironmentState(EnvironmentState::Failed);
    });
}

Workspace::~Workspace()
{
    m_session.logout();
}

void Workspace::selectSandbox(const QString& dataDir)
{
    m_kind = Environment::Kind::Sandbox;
    m_environmentFailure.clear();
    if (m_sandbox.status() == SandboxLauncher::Status::Ready) {
        const SandboxInfo& info = m_sandbox.info();
        const QString host = info.baseUrl.host() + QLatin1Char(':') + QString::number(info.baseUrl.port(443));
        setEnvironment(Environment::sandbox(host, info.caFile), EnvironmentState::Ready);
        emit sandboxReady(info);
        return;
    }
    setEnvironment(Environment{Environment::Kind::Sandbox, {}, {}}, EnvironmentState::Starting);
    m_sandbox.setDataDir(dataDir.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                   QStringLiteral("/sandbox")
                             : dataDir);
    m_sandbox.start();
}

void Workspace::selectProduction()
{
    m_kind = Environment::Kind::Production;
    setEnvironment(Environment::production(), EnvironmentState::Ready);
}

void Workspace::selectCustom(const QString& discoveryHost)
{
    m_kind = Environment::Kind::Custom;
    const Environment custom = Environment::custom(discoveryHost);
    setEnvironment(custom, Domains::isValidHost(custom.discoveryHost) ? EnvironmentState::Ready
                                                                      : EnvironmentState::Failed);
}

void Workspace::setEnvironment(const Environment& environment, EnvironmentState state)
{
    const bool changed = environment.id() != m_environment.id() || environment.discoveryHost !=
                                                                       m_environment.discoveryHost;
    if (changed && m_session.state() != Session::State::LoggedOut)
        m_session.logout(); // a session belongs to the environment it was opened in
    m_environment = environment;
    if (changed) {
        m_appKeySession = false;
        m_domains = {};
        m_accountId.clear();
        emit domainsChanged(m_domains);
        emit accountChanged(m_accountId);
    }
    emit environmentChanged(m_environment);
    setEnvironmentState(state);
}

void Workspace::setEnvironmentState(EnvironmentState state)
{
    if (m_environmentState == state)
        return;
    m_environmentState = state;
    emit environmentStateChanged(state);
}

void Workspace::setDomainOverride(const QString& service, const QString& host)
{
    m_domains.setOverride(service, host);
    emit domainsChanged(m_domains);
}

void Workspace::setDiscoveredDomains(const QMap<QString, QString>& discovered)
{
    m_domains.setDiscovered(discovered);
    emit domainsChanged(m_domains);
}

void Workspace::adopt(LoginFlow& flow)
{
    m_context = flow.context();
    m_appKeySession = false;
    m_domains = flow.domains();
    m_accountId = m_context.accountId;
    // Account first: the parts that follow it (mappings, certificates, runtime) reset on accountChanged, and a page
    // that loads when the session starts must find them reset already, not have its load dropped afterwards.
    emit domainsChanged(m_domains);
    emit accountChanged(m_accountId);
    m_session.begin(flow.result(), m_domains.host(Domains::AgentVep), m_context);
}

bool Workspace::useAppKey(const QString& accountId, const QMap<QString, QString>& discovered,
                          const OAuth1Credentials& appKey, QString* problem)
{
    ApiContext context;
    if (!m_environment.sslConfiguration(context.sslConfiguration, problem))
        return false;
    context.accountId = accountId;
    context.appKey = appKey;
    m_context = context;
    m_appKeySession = true;
    m_domains.setDiscovered(discovered);
    m_accountId = accountId;
    emit domainsChanged(m_domains);
    emit accountChanged(m_accountId);
    return true;
}

void Workspace::logout()
{
    m_session.logout();
}

ApiContext Workspace::apiContext() const
{
    ApiContext context = m_context;
    context.pacing = m_pacing;
    context.bearer = m_session.bearer();
    if (m_serverRetryDelays)
        context.serverRetryDelays = *m_serverRetryDelays;
    return context;
}

void Workspace::track(ApiJob* job)
{
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Unauthorized)
            m_session.markUnauthorized();
    });
    // A lost upload answer is settled by reading the list back: a 401 there ends the session just the same, even
    // though the upload itself then fails as "could not be checked".
    connect(job, &ApiJob::outcomeCheckStarted, this, &Workspace::track);
}

} // namespace mtlsdesk
