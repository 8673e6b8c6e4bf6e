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

namespace mtlsdesk {

class ApiJob;
class CertificateManager;
class MappingEditor;
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
    void logout();

    // The context for the next call: account, TLS trust of this environment, bearer, AppKey.
    ApiContext apiContext() const;
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
    QString m_accountId;
};

} // namespace mtlsdesk
