#pragma once

// Log-in form shared by the wizard's Login page and the main window's Account page: account, user,
// password, optional AppKey credentials, "remember" (OS keychain). Drives a LoginFlow and hands a
// successful login to the Workspace. Never blocks: every call is asynchronous and can be canceled.

#include <QWidget>

#include <memory>

namespace Ui {
class LoginForm;
}

namespace mtlsdesk {

class LoginFlow;
class Workspace;
struct SandboxInfo;

class LoginForm : public QWidget
{
    Q_OBJECT
public:
    explicit LoginForm(Workspace& workspace, QWidget* parent = nullptr);
    ~LoginForm() override;

    bool isBusy() const;

public slots:
    void login();
    void cancel();

signals:
    void loggedIn();
    void busyChanged(bool busy);

private:
    void onFlowStatus();
    void onSessionChanged();
    void onEnvironmentChanged();
    void fillDemoAccount(const SandboxInfo& info);
    void loadRemembered();
    void storeOrForgetSecrets(const QString& accountId);
    void showStatus(const QString& text, bool error);
    void updateUi();

    Workspace& m_workspace;
    const std::unique_ptr<Ui::LoginForm> m_ui;
    std::unique_ptr<LoginFlow> m_flow;
};

} // namespace mtlsdesk
