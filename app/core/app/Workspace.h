#pragma once

// The composition root of everything that is not a widget: one QNetworkAccessManager, the environment
// (and the bundled sandbox when it is the Sandbox), the discovered domains, the session and the keychain.
// The GUI and the CLI create one Workspace and hand it to the parts that need it; there are no globals.
//
//   environment: Unset --selectSandbox()--> Starting --sandbox ready--> Ready
//                      \--selectProduction()/selectCustom()------------> Ready
//                Starting --sandbox failed--> Failed

#include "env/Environment.h"
#include "env/SandboxLauncher.h"
#include "net/ApiContext.h"
#include "net/Domains.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>

namespace mtlsdesk {

class ApiJob;
class CertificateManager;
class MappingEditor;
class RateLimiters;
class RuntimeMonitor;
class LoginFlow;

class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class EnvironmentState { Unset, Starting, Ready, Failed };
    Q_ENUM(EnvironmentState)

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    QNetworkAccessManager& network() { return m_network; }
    SecretStore& secrets() { return m_secrets; }
    Session& session() { return m_session; }
    SandboxLauncher& sandbox() { return m_sandbox; }
    CertificateManager& certificates() { return *m_certificates; }
    MappingEditor& mappings() { return *m_mappings; }
    RuntimeMonitor& runtime() { return *m_runtime; }
    // The rate limiters every call of this workspace goes through (also the login flow's, see LoginRequest).
    std::shared_ptr<RateLimiters> pacing() const { return m_pacing; }
    // The service allows 10 requests per second per client address (contract §7); every job is paced below it.
    static constexpr int RequestsPerSecond = 10;

    // Sandbox: starts the bundled mtls-sandbox with a data dir under the app's data location, or attaches
    // to one already running there. Switching environment ends the current session.
    void selectSandbox(const QString& dataDir = {});
    void selectProduction();
    void selectCustom(const QString& discoveryHost);

    EnvironmentState environmentState() const { return m_environmentState; }
    const Environment& environment() const { return m_environment; }
    Environment::Kind environmentKind() const { return m_kind; }
    QString environmentFailure() const { return m_environmentFailure; }

    QString accountId() const { return m_accountId; }
    const Domains& domains() const { return m_domains; }
    void setDomainOverride(const QString& service, const QString& host);
    // A fresh Domain API answer for the current account (overrides stay).
    void setDiscoveredDomains(const QMap<QString, QString>& discovered);

    // Takes over a successful login: account, domains, session (the flow's result is moved out).
    void adopt(LoginFlow& flow);
    // An AppKey-only session, without the Login Service (the CLI in a brand's CI): the methods that take OAuth1
    // (check, forward, mapping CRUD, certificate reads) work. False with `problem` when the environment's trust
    // cannot be set up.
    bool useAppKey(const QString& accountId, const QMap<QString, QString>& discovered, const OAuth1Credentials& appKey,
                   QString* problem = nullptr);
    bool hasAppKeySession() const { return m_appKeySession; }
    void logout();

    // The context for the next call: account, TLS trust of this environment, bearer, AppKey.
    ApiContext apiContext() const;
    // The waits before each retry of an idempotent call after a 5xx or a lost answer (default: the Login Service
    // policy's 5/10/15 s, see ApiContext); tests shorten them. For the calls started afterwards.
    void setServerRetryDelays(const QList<std::chrono::milliseconds>& delays) { m_serverRetryDelays = delays; }
    // Watches a job for a 401 with our bearer: then the session is over and the user must log in again.
    void track(ApiJob* job);

signals:
    void environmentChanged(const mtlsdesk::Environment& environment);
    void environmentStateChanged(mtlsdesk::Workspace::EnvironmentState state);
    // The sandbox's demo account, to pre-fill the login page.
    void sandboxReady(const mtlsdesk::SandboxInfo& info);
    void domainsChanged(const mtlsdesk::Domains& domains);
    void accountChanged(const QString& accountId);

private:
    void setEnvironment(const Environment& environment, EnvironmentState state);
    void setEnvironmentState(EnvironmentState state);

    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    Session m_session;
    SandboxLauncher m_sandbox;
    Environment m_environment;
    Environment::Kind m_kind = Environment::Kind::Sandbox;
    EnvironmentState m_environmentState = EnvironmentState::Unset;
    QString m_environmentFailure;
    ApiContext m_context;
    Domains m_domains;
    std::unique_ptr<CertificateManager> m_certificates;
    std::unique_ptr<MappingEditor> m_mappings; // after m_certificates: it follows the certificate list
    std::shared_ptr<RateLimiters> m_pacing;
    std::unique_ptr<RuntimeMonitor> m_runtime; // last: it follows mappings and certificates
    QString m_accountId;
    std::optional<QList<std::chrono::milliseconds>> m_serverRetryDelays;
    bool m_appKeySession = false;
};

} // namespace mtlsdesk
