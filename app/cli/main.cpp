// mtls-desk-cli: the command-line front end on the same core as the GUI.
//   mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]
// Exit status: 0 usable, 1 readable but with error findings, 2 unreadable, 64 usage error.

#include "p12/P12Inspector.h"
#include "p12/P12ReportText.h"
#include "secrets/Wipe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

constexpr int ExitUsable = 0;
constexpr int ExitErrorFindings = 1;
constexpr int ExitUnreadable = 2;
constexpr int ExitUsage = 64;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int usage(const QString& message)
    {
        QTextStream(stderr) << message << '\n'
                            << tr("Usage: mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]")
                            << '\n';
        return ExitUsage;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtls-desk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTLSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Inspect PKCS#12 files for mutual TLS, locally."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("inspect"));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The .p12/.pfx file."));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"), Cli::tr("Read the password from the first line of standard input."));
    const QCommandLineOption envOption(QStringLiteral("password-env"), Cli::tr("Read the password from this environment variable."), QStringLiteral("VAR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    parser.addOptions({stdinOption, envOption, jsonOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return Cli::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitUsable;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "mtls-desk-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitUsable;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("inspect"))
        return Cli::usage(positional.isEmpty() ? Cli::tr("No command given.")
                                               : Cli::tr("Unknown command \"%1\".").arg(positional.first()));
    if (positional.size() != 2)
        return Cli::usage(Cli::tr("inspect takes exactly one FILE."));
    if (parser.isSet(stdinOption) && parser.isSet(envOption))
        return Cli::usage(Cli::tr("Use either --password-stdin or --password-env, not both."));

    QByteArray password;
    if (parser.isSet(stdinOption)) {
        std::string line;
        std::getline(std::cin, line);
        password = QByteArray::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
        if (password.endsWith('\r'))
            password.chop(1);
    } else if (parser.isSet(envOption)) {
        if (!qEnvironmentVariableIsSet(parser.value(envOption).toLocal8Bit().constData()))
            return Cli::usage(Cli::tr("The environment variable %1 is not set.").arg(parser.value(envOption)));
        password = qgetenv(parser.value(envOption).toLocal8Bit().constData());
    }

    const QString path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << Cli::tr("Cannot open %1: %2").arg(path, file.errorString()) << '\n';
        mtlsdesk::wipe(password);
        return ExitUnreadable;
    }
    // Read one byte past the limit so that an oversized file is reported as such without reading all of it.
    const QByteArray data = file.read(mtlsdesk::p12::P12Inspector::MaxFileBytes + 1);
    const mtlsdesk::p12::Report report = mtlsdesk::p12::P12Inspector::inspect(data, password);
    mtlsdesk::wipe(password);

    if (parser.isSet(jsonOption))
        QTextStream(stdout) << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        QTextStream(stdout) << mtlsdesk::p12::reportText(report, path);
    if (!report.readable)
        return ExitUnreadable;
    return report.hasErrors() ? ExitErrorFindings : ExitUsable;
}
