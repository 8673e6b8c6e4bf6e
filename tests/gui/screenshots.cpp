// mtlsdesk_screenshots: walks the onboarding wizard against a fresh sandbox like tst_gui_wizard and saves a
// screenshot of every page (plus presenter mode and a dark palette) into the directory given as the last
// argument. Built with the tests but not a CTest test: scripts/screenshots runs it under Xvfb.
//
// Variants, for looking at what a theme or a high-DPI screen does to every page: `--dark` (a dark palette from the
// start) and `--scale F` (QT_SCALE_FACTOR=F) save every wizard page and every section of the main window with a
// suffix (wizard-login-dark.png, main-dashboard-200.png) instead of the default set. `--language L` does the same
// in a translation (wizard-login-he.png: Hebrew, right to left).

#include "DarkPalette.h"
#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "PresenterMode.h"
#include "app/Workspace.h"
#include "text/Translations.h"

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
QString g_suffix; // "-dark", "-200": a variant run; empty: the default set

bool waitFor(const std::function<bool()>& condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

bool save(QWidget* widget, QString name)
{
    if (!g_suffix.isEmpty())
        name.replace(QLatin1String(".png"), g_suffix + QLatin1String(".png"));
    QTest::qWait(300); // let layouts and animations settle
    const bool ok = widget->grab().save(QDir(g_dir).filePath(name));
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(name));
    return ok;
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
    // Live: the page offers a first test request (the words depend on the language).
    auto* testRequest = find("checkTestRequestButton");
    if (!waitFor([&] { return testRequest->isVisible(); }, 40000))
        return 11;
    save(wizard, QStringLiteral("wizard-check.png"));

    if (!g_suffix.isEmpty()) {
        // A variant: the main window's sections too (the default set has them from the GUI tests).
        wizard->reject();
        const std::pair<MainWindow::Section, const char*> sections[] = {
            {MainWindow::AccountSection, "account"},
            {MainWindow::P12Section, "p12"},
            {MainWindow::CertificatesSection, "certificates"},
            {MainWindow::MappingsSection, "mappings"},
            {MainWindow::DashboardSection, "dashboard"}};
        for (const auto& [section, name] : sections) {
            window.showSection(section);
            QTest::qWait(1500); // the section reads the account's lists when shown
            save(&window, QStringLiteral("main-%1.png").arg(QLatin1String(name)));
        }
        return 0;
    }

    // Presenter mode (masked account, larger text), on the Mapping page.
    wizard->back();
    PresenterMode::of().setOn(true);
    save(wizard, QStringLiteral("wizard-presenter.png"));
    save(&window, QStringLiteral("main-window-presenter.png"));
    PresenterMode::of().setOn(false);

    // A dark palette, on the Check page.
    QApplication::setPalette(darkPalette());
    wizard->next();
    waitFor([&] { return testRequest->isVisible(); }, 20000);
    save(wizard, QStringLiteral("wizard-dark.png"));
    wizard->reject();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before QApplication: the scale factor is read when the screens are.
    bool dark = false;
    QByteArray scale;
    QString language;
    QStringList rest;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--dark") {
            dark = true;
        } else if (arg == "--scale" && i + 1 < argc) {
            scale = argv[++i];
        } else if (arg == "--language" && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
        } else {
            rest << QString::fromLocal8Bit(arg);
        }
    }
    if (!scale.isEmpty()) {
        qputenv("QT_SCALE_FACTOR", scale);
        g_suffix += QStringLiteral("-%1").arg(qRound(scale.toDouble() * 100));
    }
    if (dark)
        g_suffix += QStringLiteral("-dark");
    if (!language.isEmpty())
        g_suffix += QLatin1Char('-') + language;

    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // As the app does at start: a translation is always installed, the system's (English here) by default, which
    // resolves "%n mapping(s)" into "1 mapping" and "7 mappings".
    if (const QString installed = Translations::install(language);
        installed.isEmpty() || (!language.isEmpty() && installed != language)) {
        qCritical("no translation for %s", qPrintable(language));
        return 1;
    }
    if (dark)
        QApplication::setPalette(darkPalette());
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("mtlsdesk_screenshots"));
    g_dir = rest.isEmpty() ? QDir::currentPath() : rest.last();
    QDir().mkpath(g_dir);
    QFile::remove(QSettings().fileName());
    return run();
}
