#include "widgets/LoginForm.h"
#include "ui_LoginForm.h"

#include "app/Workspace.h"
#include "flow/LoginFlow.h"
#include "secrets/Wipe.h"
#include "settings/AppSettings.h"
#include "text/Messages.h"

#include <QJsonDocument>

namespace mtlsdesk {


LoginForm::LoginForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::LoginForm>())
    , m_flow(std::make_unique<LoginFlow>(workspace.network()))
{
    m_ui->setupUi(this);
    m_ui->busyProgressBar->setAccessibleName(tr("Working"));
    m_ui->busyProgressBar->setMaximumWidth(160);

    connect(m_ui->loginPushButton, &QPushButton::clicked, this, &LoginForm::login);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &LoginForm::cancel);
    connect(m_ui->logoutPushButton, &QPushButton::clicked, this, [this] {
        m_workspace.logout();
        showStatus(tr("Logged out."), false);
    });
    for (QLineEdit* edit : {m_ui->accountIdLineEdit, m_ui->usernameLineEdit, m_ui->passwordLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &LoginForm::login);

    connect(m_flow.get(), &LoginFlow::statusChanged, this, &LoginForm::onFlowStatus);
    connect(m_flow.get(), &LoginFlow::waiting, this, [this](std::chrono::milliseconds wait, bool rateLimited) {
        const qint64 seconds = std::max<qint64>(1, (wait.count() + 999) / 1000);
        showStatus(rateLimited ? tr("The service asked us to slow down; trying again in %n second(s)…", nullptr,
                                    static_cast<int>(seconds))
                               : tr("The service did not answer; trying again in %n second(s)…", nullptr,
                                    static_cast<int>(seconds)),
                   false);
    });
    connect(&m_workspace.session(), &Session::stateChanged, this, &LoginForm::onSessionChanged);
    connect(&m_workspace, &Workspace::environmentChanged, this, &LoginForm::onEnvironmentChanged);
    connect(&m_workspace, &Workspace::environmentStateChanged, this, &LoginForm::updateUi);
    connect(&m_workspace, &Workspace::sandboxReady, this, &LoginForm::fillDemoAccount);
    connect(&m_workspace.secrets(), &SecretStore::backendChanged, this,
            [this](SecretStore::Backend backend, const QString&) {
                const bool available = backend != SecretStore::Backend::Unavailable;
                m_ui->rememberCheckBox->setEnabled(available);
                if (!available)
                    m_ui->rememberCheckBox->setChecked(false);
                m_ui->keychainLabel->setText(available ? QString()
                                                       : Messages::secretStatus(SecretStore::Status::NoBackend));
            });

    onEnvironmentChanged();
    if (m_workspace.sandbox().status() == SandboxLauncher::Status::Ready &&
        m_workspace.environmentKind() == Environment::Kind::Sandbox)
        fillDemoAccount(m_workspace.sandbox().info());
    updateUi();
}

LoginForm::~LoginForm() = default;

bool LoginForm::isBusy() const
{
    return m_flow->status() == LoginFlow::Status::Discovering || m_flow->status() == LoginFlow::Status::LoggingIn;
}

void LoginForm::login()
{
    if (isBusy())
        return;
    if (m_workspace.environmentState() != Workspace::EnvironmentState::Ready) {
        showStatus(tr("The environment is not ready yet."), true);
        return;
    }
    LoginRequest request;
    request.environment = m_workspace.environment();
    request.accountId = m_ui->accountIdLineEdit->text();
    request.username = m_ui->usernameLineEdit->text();
    request.password = m_ui->passwordLineEdit->text().toUtf8();
    request.appKey = {m_ui->consumerKeyLineEdit->text().trimmed(), m_ui->consumerSecretLineEdit->text().trimmed(),
                      m_ui->accessTokenLineEdit->text().trimmed(),
                      m_ui->accessTokenSecretLineEdit->text().trimmed()};
    request.domainOverrides = AppSettings().domainOverrides(request.environment.id(), request.accountId.trimmed());
    request.pacing = m_workspace.pacing();
    m_flow->start(std::move(request));
}

void LoginForm::cancel()
{
    m_flow->cancel();
}

void LoginForm::onFlowStatus()
{
    const LoginFlow::Status status = m_flow->status();
    switch (status) {
    case LoginFlow::Status::Discovering:
    case LoginFlow::Status::LoggingIn:
    case LoginFlow::Status::Canceled:
        showStatus(Messages::loginStatus(status), false);
        break;
    case LoginFlow::Status::Failed: {
        showStatus(Messages::loginProblem(*m_flow), true);
        QLineEdit* focus = m_ui->passwordLineEdit;
        switch (m_flow->problem()) {
        case LoginFlow::Problem::MissingAccount:
        case LoginFlow::Problem::InvalidAccount:
            focus = m_ui->accountIdLineEdit;
            break;
        case LoginFlow::Problem::MissingUsername:
            focus = m_ui->usernameLineEdit;
            break;
        case LoginFlow::Problem::Api:
            if (m_flow->error().kind == ApiError::Kind::NotFound)
                focus = m_ui->accountIdLineEdit;
            break;
        default:
            break;
        }
        focus->setFocus();
        focus->selectAll();
        break;
    }
    case LoginFlow::Status::Succeeded: {
        // Keychain first: taking over the session clears the password fields of every log-in form.
        const QString environmentId = m_workspace.environment().id();
        storeOrForgetSecrets(m_flow->context().accountId);
        AppSettings settings;
        settings.setAccountId(environmentId, m_flow->context().accountId);
        settings.setUsername(environmentId, m_ui->usernameLineEdit->text().trimmed());
        settings.setRememberSecrets(environmentId, m_ui->rememberCheckBox->isChecked());
        m_workspace.adopt(*m_flow);
        // The password has done its job; it stays only in the keychain, if the admin asked for that.
        m_ui->passwordLineEdit->clear();
        QString text = Messages::loginStatus(status);
        if (!m_workspace.session().isAdmin())
            text += QLatin1Char(' ') + tr("This user is not an administrator: the service will refuse mTLS "
                                          "configuration changes.");
        showStatus(text, false);
        emit loggedIn();
        break;
    }
    case LoginFlow::Status::Idle:
        break;
    }
    updateUi();
}

void LoginForm::storeOrForgetSecrets(const QString& account)
{
    SecretStore& secrets = m_workspace.secrets();
    const QString environmentId = m_workspace.environment().id();
    const QString passwordKey = SecretStore::key(environmentId, account, SecretStore::PasswordKind);
    const QString appKeyKey = SecretStore::key(environmentId, account, SecretStore::AppKeyKind);
    auto report = [this](SecretStore::Status status, const QString&) {
        if (status != SecretStore::Status::Ok)
            m_ui->keychainLabel->setText(Messages::secretStatus(status));
    };
    if (!m_ui->rememberCheckBox->isChecked()) {
        secrets.remove(passwordKey, this, report);
        secrets.remove(appKeyKey, this, report);
        return;
    }
    QByteArray password = m_ui->passwordLineEdit->text().toUtf8();
    if (!password.isEmpty())
        secrets.write(passwordKey, password, this, report);
    wipe(password);
    const OAuth1Credentials key{m_ui->consumerKeyLineEdit->text().trimmed(),
                                m_ui->consumerSecretLineEdit->text().trimmed(),
                                m_ui->accessTokenLineEdit->text().trimmed(),
                                m_ui->accessTokenSecretLineEdit->text().trimmed()};
    if (key.isComplete()) {
        QByteArray bytes = QJsonDocument(key.toJson()).toJson(QJsonDocument::Compact);
        secrets.write(appKeyKey, bytes, this, report);
        wipe(bytes);
    }
}

void LoginForm::onEnvironmentChanged()
{
    const QString environmentId = m_workspace.environment().id();
    AppSettings settings;
    const QString account = settings.accountId(environmentId);
    m_ui->accountIdLineEdit->setText(account);
    m_ui->usernameLineEdit->setText(settings.username(environmentId));
    m_ui->passwordLineEdit->clear();
    for (QLineEdit* edit : {m_ui->consumerKeyLineEdit, m_ui->consumerSecretLineEdit, m_ui->accessTokenLineEdit,
                            m_ui->accessTokenSecretLineEdit})
        edit->clear();
    m_ui->rememberCheckBox->setChecked(settings.rememberSecrets(environmentId));
    showStatus({}, false);
    loadRemembered();
    updateUi();
}

void LoginForm::loadRemembered()
{
    const QString environmentId = m_workspace.environment().id();
    const QString account = m_ui->accountIdLineEdit->text().trimmed();
    if (account.isEmpty() || !m_ui->rememberCheckBox->isChecked() ||
        m_workspace.environmentState() == Workspace::EnvironmentState::Unset)
        return;
    m_workspace.secrets().read(
        SecretStore::key(environmentId, account, SecretStore::PasswordKind), this,
        [this, environmentId, account](SecretStore::Status status, QByteArray secret, const QString&) {
            if (status == SecretStore::Status::Ok && m_workspace.environment().id() == environmentId &&
                m_ui->accountIdLineEdit->text().trimmed() == account && m_ui->passwordLineEdit->text().isEmpty())
                m_ui->passwordLineEdit->setText(QString::fromUtf8(secret));
            else if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
                m_ui->keychainLabel->setText(Messages::secretStatus(status));
            wipe(secret);
        });
    m_workspace.secrets().read(
        SecretStore::key(environmentId, account, SecretStore::AppKeyKind), this,
        [this, environmentId, account](SecretStore::Status status, QByteArray secret, const QString&) {
            if (status == SecretStore::Status::Ok && m_workspace.environment().id() == environmentId &&
                m_ui->accountIdLineEdit->text().trimmed() == account) {
                const OAuth1Credentials key = OAuth1Credentials::fromJson(QJsonDocument::fromJson(secret).object());
                m_ui->consumerKeyLineEdit->setText(key.consumerKey);
                m_ui->consumerSecretLineEdit->setText(key.consumerSecret);
                m_ui->accessTokenLineEdit->setText(key.accessToken);
                m_ui->accessTokenSecretLineEdit->setText(key.accessTokenSecret);
            }
            wipe(secret);
        });
}

void LoginForm::fillDemoAccount(const SandboxInfo& info)
{
    // The sandbox's demo account replaces whatever was typed only when the form was empty or already held it.
    const QString current = m_ui->accountIdLineEdit->text().trimmed();
    if (!current.isEmpty() && current != info.accountId)
        return;
    m_ui->accountIdLineEdit->setText(info.accountId);
    m_ui->usernameLineEdit->setText(info.username);
    m_ui->passwordLineEdit->setText(info.password);
    m_ui->consumerKeyLineEdit->setText(info.appKey.consumerKey);
    m_ui->consumerSecretLineEdit->setText(info.appKey.consumerSecret);
    m_ui->accessTokenLineEdit->setText(info.appKey.accessToken);
    m_ui->accessTokenSecretLineEdit->setText(info.appKey.accessTokenSecret);
    showStatus(tr("The local sandbox's demo account is filled in: press Log in."), false);
}

void LoginForm::onSessionChanged()
{
    // The session may have been opened by the other log-in form (wizard or main window): show it here too.
    if (m_workspace.session().isLoggedIn() && !isBusy()) {
        m_ui->passwordLineEdit->clear();
        m_ui->accountIdLineEdit->setText(m_workspace.accountId());
        showStatus(tr("Logged in as %1 on account %2.").arg(m_workspace.session().loginName(), m_workspace.accountId()),
                   false);
    }
    if (m_workspace.session().state() == Session::State::Expired) {
        showStatus(Messages::sessionState(Session::State::Expired), true);
        loadRemembered();
    }
    updateUi();
}

void LoginForm::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("error", error);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: white; background: #b3261e; "
                                                            "padding: 6px; border-radius: 4px;")
                                           : QString());
    m_ui->statusLabel->setAccessibleDescription(text);
}

void LoginForm::updateUi()
{
    const bool busy = isBusy();
    const bool ready = m_workspace.environmentState() == Workspace::EnvironmentState::Ready;
    const bool loggedIn = m_workspace.session().isLoggedIn();
    m_ui->busyProgressBar->setVisible(busy || m_workspace.environmentState() == Workspace::EnvironmentState::Starting);
    m_ui->loginPushButton->setEnabled(!busy && ready);
    m_ui->cancelPushButton->setVisible(busy);
    m_ui->logoutPushButton->setVisible(loggedIn && !busy);
    for (QWidget* edit : {static_cast<QWidget*>(m_ui->accountIdLineEdit), static_cast<QWidget*>(m_ui->usernameLineEdit),
                          static_cast<QWidget*>(m_ui->passwordLineEdit), static_cast<QWidget*>(m_ui->appKeyGroupBox)})
        edit->setEnabled(!busy);
    emit busyChanged(busy);
}

} // namespace mtlsdesk
