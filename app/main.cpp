// mtls-desk: the GUI. Thin on purpose: everything it shows lives in mtlsdesk_ui, everything it does in
// mtlsdesk_core.

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "app/Logging.h"
#include "app/Workspace.h"
#include "dialogs/SettingsDialog.h"
#include "secrets/ProcessHardening.h"
#include "settings/AppSettings.h"
#include "text/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// bench/bench_startup sets MTLSDESK_REPORT_FIRST_PAINT: one line on stderr once the main window has painted, so
// that cold start can be measured from outside against a reference window. Nothing else reads it.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: after this paint event has been handled.
            QTimer::singleShot(0, this, [] { fputs("first-paint\n", stderr); });
        }
        return false;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    mtlsdesk::ProcessHardening::apply(); // before any secret is read: no core dump holds one
    // --version and --help print and exit: they must work without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if ((argument == "--version" || argument == "-v" || argument.startsWith("--help") || argument == "-h") &&
            !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk"));
    QApplication::setApplicationName(QStringLiteral("mtls-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("mTLS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(MTLSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mtlsdesk.MtlsDesk"));
    // Before the parser, so that --help is translated too: --language, else the choice in Settings, else the system's.
    QString language = mtlsdesk::AppSettings().language();
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--language" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (argument.startsWith("--language="))
            language = QString::fromLocal8Bit(argument.mid(11));
    }
    mtlsdesk::Translations::install(language);
    QIcon icon;
    for (const char* size : {"16x16", "32x32", "48x48", "64x64", "128x128", "256x256"})
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Set up mutual TLS with an mTLS gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        QApplication::translate("main", "Start in this environment: sandbox, production or custom."),
        QStringLiteral("name"));
    const QCommandLineOption customHostOption(
        QStringLiteral("custom-host"), QApplication::translate("main", "Domain API host of the custom environment."),
        QStringLiteral("host"));
    const QCommandLineOption sandboxDataOption(
        QStringLiteral("sandbox-data"),
        QApplication::translate("main", "Data directory of the built-in sandbox (default: in the app's data)."),
        QStringLiteral("dir"));
    const QCommandLineOption wizardOption(QStringLiteral("wizard"),
                                          QApplication::translate("main", "Open the set-up wizard."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in this language (de, en, he) instead of the one chosen "
                                        "in Settings or the system's."),
        QStringLiteral("code"));
    parser.addOptions({environmentOption, customHostOption, sandboxDataOption, wizardOption, languageOption});
    parser.process(app);

    mtlsdesk::Logging::install();

    int status = 0;
    {
        mtlsdesk::AppSettings settings;
        mtlsdesk::Workspace workspace;
        mtlsdesk::MainWindow window(workspace);
        if (qEnvironmentVariableIsSet("MTLSDESK_REPORT_FIRST_PAINT"))
            window.installEventFilter(new FirstPaintReporter(&window));
        window.show();

        mtlsdesk::Environment::Kind kind = settings.environmentKind();
        if (parser.isSet(environmentOption))
            kind = mtlsdesk::Environment::kindFromKey(parser.value(environmentOption), kind);
        settings.setEnvironmentKind(kind);
        switch (kind) {
        case mtlsdesk::Environment::Kind::Sandbox:
            workspace.selectSandbox(parser.value(sandboxDataOption));
            break;
        case mtlsdesk::Environment::Kind::Production:
            workspace.selectProduction();
            break;
        case mtlsdesk::Environment::Kind::Custom:
            workspace.selectCustom(parser.isSet(customHostOption) ? parser.value(customHostOption)
                                                                  : settings.customDiscoveryHost());
            break;
        }
        if (parser.isSet(wizardOption) || !settings.wizardCompleted())
            QTimer::singleShot(0, &window, [&window] { window.showWizard(); });

        status = QApplication::exec();
    }
    // After the window, the workspace and the built-in sandbox are gone: a language change asked for a restart.
    mtlsdesk::SettingsDialog::restartIfRequested();
    return status;
}
