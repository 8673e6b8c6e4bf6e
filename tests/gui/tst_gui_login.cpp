#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "app/Workspace.h"
#include "text/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QStandardPaths>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// A person's first minute: the wizard opens on the Sandbox with the demo account filled in; a wrong password
// is said to be wrong; the right one logs in; Next shows the discovered domains.
class TestGuiLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardLogsInAndShowsDomains();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestGuiLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots for docs/ show the app as users see it: with the translation it installs at start (the system's
    // language, English here), which resolves the plural forms ("7 mappings", not "7 mapping(s)").
    if (qEnvironmentVariableIsSet("MTLSDESK_SCREENSHOT_DIR"))
        QVERIFY(!Translations::install(QString()).isEmpty());
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_login"));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

template <typename T>
static T* child(QWidget* root, const char* name)
{
    T* widget = root->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

void TestGuiLogin::wizardLogsInAndShowsDomains()
{
    Workspace workspace;
    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The app attaches to the sandbox already serving this data dir instead of starting a second one.
    workspace.selectSandbox(m_sandbox->dataDir());
    QTRY_COMPARE(workspace.environmentState(), Workspace::EnvironmentState::Ready);
    QVERIFY(!workspace.sandbox().ownsProcess());

    OnboardingWizard* wizard = window.showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::LoginPageId));
    QWidget* page = wizard->currentPage();
    auto* account = child<QLineEdit>(page, "accountIdLineEdit");
    auto* user = child<QLineEdit>(page, "usernameLineEdit");
    auto* password = child<QLineEdit>(page, "passwordLineEdit");
    auto* login = child<QPushButton>(page, "loginPushButton");
    auto* status = child<QLabel>(page, "statusLabel");
    QVERIFY(account && user && password && login && status);

    // The demo account is filled in for the Sandbox.
    QTRY_COMPARE(account->text(), m_sandbox->info().accountId);
    QCOMPARE(user->text(), m_sandbox->info().username);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // A wrong password says so, in place, and keeps what was typed.
    password->clear();
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::mouseClick(login, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Wrong user name or password")), 15000);
    QCOMPARE(account->text(), m_sandbox->info().accountId);
    QVERIFY(!workspace.session().isLoggedIn());

    // The right one logs in (Enter in the password field works like the button).
    password->clear();
    QTest::keyClicks(password, m_sandbox->info().password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.session().isLoggedIn(), 15000);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(status->text().contains(QStringLiteral("Logged in")));

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::DomainsPageId));
    auto* table = child<QTableView>(wizard->currentPage(), "domainsTableView");
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() >= 4);
    QStringList services;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        services << table->model()->index(row, 0).data().toString();
        QCOMPARE(table->model()->index(row, 3).data().toString(), m_sandbox->info().baseUrl.authority());
    }
    for (const char* needed : {"agentVep", "mtlsGateway", "accountConfigReadWrite", "sentinel"})
        QVERIFY2(services.contains(QLatin1String(needed)), needed);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled() || wizard->button(QWizard::FinishButton)->isEnabled());

    // scripts/screenshots (and the README) use the real window, grabbed here.
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-domains.png")));
        wizard->back();
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-login.png")));
        wizard->next();
        window.raise();
        QVERIFY(window.grab().save(dir + QStringLiteral("/main-window.png")));
    }

    // The badge in the main window names the environment and the account.
    auto* badge = child<QLabel>(&window, "environmentBadgeLabel");
    QVERIFY(badge);
    QVERIFY(badge->text().contains(QStringLiteral("SANDBOX")));
    QVERIFY(badge->text().contains(m_sandbox->info().accountId));
    wizard->close();
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
