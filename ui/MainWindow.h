#pragma once

// The daily-work window: environment and account always visible in the tool bar (badge), sections on the
// left (Account, P12 workbench, Certificates, Mappings, Dashboard), session state and token expiry in the status bar.

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace mtlsdesk {

class EnvironmentBadge;
class LoginForm;
class OnboardingWizard;
class P12View;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section { AccountSection, P12Section, CertificatesSection, MappingsSection, DashboardSection };

    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    OnboardingWizard* showWizard();
    void showSection(Section section);
    LoginForm& loginForm() { return *m_loginForm; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildSections();
    void fitNavigation();
    void chooseEnvironment(int index);
    void updateEnvironment();
    void updateSession();
    void showAbout();
    void showSettings();

    Workspace& m_workspace;
    const std::unique_ptr<Ui::MainWindow> m_ui;
    QComboBox* m_environmentComboBox = nullptr;
    EnvironmentBadge* m_badge = nullptr;
    QLabel* m_sessionLabel = nullptr;
    QLabel* m_environmentLabel = nullptr;
    LoginForm* m_loginForm = nullptr;
    P12View* m_p12View = nullptr;
    QPointer<OnboardingWizard> m_wizard;
    QTimer m_clock;
};

} // namespace mtlsdesk
