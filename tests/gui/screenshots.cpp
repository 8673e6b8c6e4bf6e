// mtlsdesk_screenshots: walks the onboarding wizard against a fresh sandbox like tst_gui_wizard and saves a
// screenshot of every page (plus presenter mode and a dark palette) into the directory given as the first
// argument. Built with the tests but not a CTest test: scripts/screenshots runs it under Xvfb.

#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "PresenterMode.h"
#include "app/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

QString g_dir;

bool waitFor(const std::function<bool()>& condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

bool save(QWidget* widget, const QString& name)
{
    QTest::qWait(300); // let layouts and animations settle
    const bool ok = widget->grab().save(QDir(g_dir).filePath(name));
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(name));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

int run()
{
    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("3")});
    if (!sandbox.start()) {
        qCritical("sandbox: %s", qPrintable(sandbox.failure()));
        return 1;
    }
    Workspace workspace;
    MainWindow window(workspace);
    window.resize(1100, 720);
    window.show();
    workspace.selectSandbox(sandbox.dataDir());
    if (!waitFor([&] { return workspace.environmentState() == Workspace::EnvironmentState::Ready; }))
        return 2;
    OnboardingWizard* wizard = window.showWizard();
    if (!QTest::qWaitForWindowExposed(wizard))
        return 3;
    auto* next = wizard->button(QWizard::NextButton);
    auto find = [wizard](const char* name) { return wizard->currentPage()->findChild<QWidget*>(QLatin1String(name)); };

    // Login
    auto* password = qobject_cast<QLineEdit*>(find("passwordLineEdit"));
    waitFor([&] { return !password->text().isEmpty(); }, 5000);
    password->setFocus();
    save(wizard, QStringLiteral("wizard-login.png"));
    QTest::keyClick(password, Qt::Key_Return);
    if (!waitFor([&] { return next->isEnabled(); }))
        return 4;
    wizard->next();
    // Domains
    if (!waitFor([&] { return next->isEnabled(); }))
        return 5;
    save(wizard, QStringLiteral("wizard-domains.png"));
    wizard->next();
    // P12
    qobject_cast<QLineEdit*>(find("p12PathLineEdit"))->setText(sandbox.info().demoP12);
    auto* p12Password = qobject_cast<QLineEdit*>(find("p12PasswordLineEdit"));
    QTest::keyClicks(p12Password, sandbox.info().demoP12Password);
    QTest::keyClick(p12Password, Qt::Key_Return);
    if (!waitFor([&] { return next->isEnabled(); }))
        return 6;
    save(wizard, QStringLiteral("wizard-p12.png"));
    wizard->next();
    // Test
    qobject_cast<QPushButton*>(find("remoteTestButton"))->click();
    if (!waitFor([&] { return next->isEnabled(); }))
        return 7;
    save(wizard, QStringLiteral("wizard-test.png"));
    wizard->next();
    // Upload
    auto* name = qobject_cast<QLineEdit*>(find("uploadNameLineEdit"));
    name->setText(QStringLiteral("partner-client"));
    qobject_cast<QPushButton*>(find("uploadButton"))->click();
    if (!waitFor([&] { return next->isEnabled(); }))
        return 8;
    save(wizard, QStringLiteral("wizard-upload.png"));
    wizard->next();
    // Mapping
    auto* certificate = qobject_cast<QComboBox*>(find("mappingCertificateComboBox"));
    waitFor([&] { return certificate->currentText().contains(QLatin1String("partner-client")); });
    qobject_cast<QLineEdit*>(find("mappingNameLineEdit"))->setText(QStringLiteral("partner-token"));
    qobject_cast<QLineEdit*>(find("mappingUrlLineEdit"))->setText(QStringLiteral("https://partner.example/api/token"));
    auto* saveButton = qobject_cast<QPushButton*>(find("addAndSaveMappingButton"));
    if (!waitFor([&] { return saveButton->isEnabled(); }))
        return 9;
    saveButton->click();
    if (!waitFor([&] { return next->isEnabled(); }))
        return 10;
    save(wizard, QStringLiteral("wizard-mapping.png"));
    wizard->next();
    // Check: live after the sandbox's 3 s cache (the page checks again by itself).
    auto* status = qobject_cast<QLabel*>(find("checkStatusLabel"));
    if (!waitFor([&] { return status->text() == QLatin1String("Live"); }, 40000))
        return 11;
    save(wizard, QStringLiteral("wizard-check.png"));

    // Presenter mode (masked account, larger text), on the Mapping page.
    wizard->back();
    PresenterMode::of().setOn(true);
    save(wizard, QStringLiteral("wizard-presenter.png"));
    save(&window, QStringLiteral("main-window-presenter.png"));
    PresenterMode::of().setOn(false);

    // A dark palette, on the Check page.
    QApplication::setPalette(darkPalette());
    wizard->next();
    waitFor([&] { return status->text() == QLatin1String("Live"); }, 20000);
    save(wizard, QStringLiteral("wizard-dark.png"));
    wizard->reject();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("mtlsdesk_screenshots"));
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(g_dir);
    QFile::remove(QSettings().fileName());
    return run();
}
