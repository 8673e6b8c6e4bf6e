// mtls-desk-cli: the command-line front end on the same core as the GUI.
//   mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]
//   mtls-desk-cli csr --key-type TYPE --cn NAME [--org O] [--ou OU] [--country CC] --key-out F --csr-out F
//                     [--key-password-env VAR]
//   mtls-desk-cli build --key F [--key-password-env VAR] --cert F [--chain F]... --out F [--profile P]
//                       (--password-stdin | --password-env VAR)
//   mtls-desk-cli rewrap FILE --out F [--profile P] (--password-stdin | --password-env VAR) --new-password-env VAR
//   mtls-desk-cli handshake URL --p12 FILE [--password-stdin | --password-env VAR] [--ca FILE]... [--no-system-cas]
//                           [--no-client-certificate] [--timeout SECONDS] [--json]
//                           (without a password option the P12 password comes from $MTLSDESK_P12_PASSWORD)
//   mtls-desk-cli check [ENVIRONMENT] [--account ID] [--batch-size N] [--check-api auto|current|v2|v1] [--json]
//   mtls-desk-cli audit [ENVIRONMENT] [--account ID] --format json|csv|html|pdf [--out FILE] [--no-check]
//                       ENVIRONMENT: --environment production (default) | sandbox [--sandbox-dir DIR] |
//                                    custom --discovery-host HOST; credentials: see RuntimeCommands.h
// Exit status (check and audit: see RuntimeCommands.h): 0 success (inspect: usable; handshake: the server accepted the certificate), 1 inspect: readable but
// with error findings; handshake: a problem was found (rejected, not trusted, not requested...), 2 unreadable input
// or failed operation (handshake: bad P12, no connection, timeout), 64 usage error.

#include "ExitStatus.h"
#include "RuntimeCommands.h"

#include "app/BuildInfo.h"
#include "p12/P12Builder.h"
#include "p12/P12Inspector.h"
#include "p12/P12ReportText.h"
#include "secrets/ProcessHardening.h"
#include "secrets/SecretFile.h"
#include "secrets/Wipe.h"
#include "text/Translations.h"
#include "tls/HandshakeProbe.h"
#include "tls/HandshakeReportText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <iostream>
#include <memory>
#include <string>

namespace {

using namespace mtlsdesk::cli;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usageText()
    {
        return tr("Usage:\n"
                  "  mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]\n"
                  "  mtls-desk-cli csr --key-type rsa2048|rsa3072|rsa4096|ec-p256|ec-p384 --cn NAME [--org O] [--ou OU]\n"
                  "                    [--country CC] --key-out FILE --csr-out FILE [--key-password-env VAR]\n"
                  "  mtls-desk-cli build --key FILE [--key-password-env VAR] --cert FILE [--chain FILE]... --out FILE\n"
                  "                      [--profile java17|widest] (--password-stdin | --password-env VAR)\n"
                  "  mtls-desk-cli rewrap FILE --out FILE [--profile java17|widest] (--password-stdin | --password-env VAR)\n"
                  "                       --new-password-env VAR\n"
                  "  mtls-desk-cli handshake URL --p12 FILE [--password-stdin | --password-env VAR] [--ca FILE]...\n"
                  "                          [--no-system-cas] [--no-client-certificate] [--timeout SECONDS] [--json]\n"
                  "                          (the P12 password may also come from MTLSDESK_P12_PASSWORD)\n"
                  "  mtls-desk-cli check [ENV] [--account ID] [--batch-size N] [--check-api auto|current|v2|v1] [--json]\n"
                  "  mtls-desk-cli audit [ENV] [--account ID] --format json|csv|html|pdf [--out FILE] [--no-check]\n"
                  "      ENV: --environment production (default) | sandbox [--sandbox-dir DIR] |\n"
                  "           custom --discovery-host HOST\n"
                  "      The AppKey comes from MTLSDESK_APPKEY (JSON) or MTLSDESK_APPKEY_CONSUMER_KEY,\n"
                  "      MTLSDESK_APPKEY_CONSUMER_SECRET, MTLSDESK_APPKEY_ACCESS_TOKEN and\n"
                  "      MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET, or from the keychain entry the app remembered;\n"
                  "      the account from --account or MTLSDESK_ACCOUNT.\n"
                  "      Exit status: 0 nothing broken, 1 something broken, 2 could not check, 64 usage.");
    }
    static int usage(const QString& message)
    {
        QTextStream(stderr) << message << '\n' << usageText() << '\n';
        return ExitUsage;
    }
    static int fail(const QString& message)
    {
        QTextStream(stderr) << message << '\n';
        return ExitFailed;
    }
};

bool readFile(const QString& path, QByteArray& data, qint64 limit = 64 * 1024 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << Cli::tr("Cannot open %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    data = file.read(limit);
    return true;
}

bool writeSecretFile(const QString& path, const QByteArray& data)
{
    QString problem;
    if (mtlsdesk::writeOwnerOnlyFile(path, data, &problem))
        return true;
    QTextStream(stderr) << problem << '\n';
    return false;
}

QByteArray environmentSecret(const QString& variable, bool& ok)
{
    const QByteArray name = variable.toLocal8Bit();
    ok = qEnvironmentVariableIsSet(name.constData());
    return ok ? qgetenv(name.constData()) : QByteArray();
}

} // namespace

// audit draws its diagram and PDF with fonts, which need a QGuiApplication; headless, on the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "audit") == 0) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char* argv[])
{
    mtlsdesk::ProcessHardening::apply(); // before any secret is read: no core dump holds one
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    // The GUI's names: the same settings (last account per environment), keychain entries and built-in sandbox.
    QCoreApplication::setOrganizationName(QStringLiteral("mtls-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("mtls-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTLSDESK_VERSION));
    mtlsdesk::Translations::install();
    // Standard output is the report; the core's debug lines stay out of scripts' way (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(QStringLiteral("mtlsdesk.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Inspect and build PKCS#12 files for mutual TLS, and test them against a "
                                             "server.") +
                                     QLatin1Char('\n') + Cli::usageText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("inspect, csr, build, rewrap, handshake, check or audit"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         Cli::tr("Read the (P12) password from the first line of standard input."));
    const QCommandLineOption envOption(QStringLiteral("password-env"),
                                       Cli::tr("Read the (P12) password from this environment variable."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption keyPasswordOption(QStringLiteral("key-password-env"),
                                               Cli::tr("The private key's password, from this environment variable."),
                                               QStringLiteral("VAR"));
    const QCommandLineOption newPasswordOption(QStringLiteral("new-password-env"),
                                               Cli::tr("rewrap: the new password, from this environment variable."),
                                               QStringLiteral("VAR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("inspect, handshake, check: print one JSON object."));
    const QCommandLineOption p12Option(QStringLiteral("p12"), Cli::tr("handshake: the client's PKCS#12 file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"), Cli::tr("handshake: also trust the CA certificates in this PEM file (repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption noSystemCasOption(QStringLiteral("no-system-cas"),
                                               Cli::tr("handshake: trust only the --ca files, not the system's CAs."));
    const QCommandLineOption noClientCertificateOption(
        QStringLiteral("no-client-certificate"),
        Cli::tr("handshake: answer the server's certificate request with no certificate."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Cli::tr("handshake: give up after this many seconds (default 10)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption keyTypeOption(QStringLiteral("key-type"), Cli::tr("csr: the key to generate."), QStringLiteral("TYPE"));
    const QCommandLineOption cnOption(QStringLiteral("cn"), Cli::tr("csr: the subject's common name."), QStringLiteral("NAME"));
    const QCommandLineOption orgOption(QStringLiteral("org"), Cli::tr("csr: organization."), QStringLiteral("O"));
    const QCommandLineOption ouOption(QStringLiteral("ou"), Cli::tr("csr: organizational unit."), QStringLiteral("OU"));
    const QCommandLineOption countryOption(QStringLiteral("country"), Cli::tr("csr: two-letter country code."), QStringLiteral("CC"));
    const QCommandLineOption keyOutOption(QStringLiteral("key-out"), Cli::tr("csr: where to write the key."), QStringLiteral("FILE"));
    const QCommandLineOption csrOutOption(QStringLiteral("csr-out"), Cli::tr("csr: where to write the request."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"), Cli::tr("build: the private key (PEM or DER)."), QStringLiteral("FILE"));
    const QCommandLineOption certOption(QStringLiteral("cert"), Cli::tr("build: the signed certificate."), QStringLiteral("FILE"));
    const QCommandLineOption chainOption(QStringLiteral("chain"), Cli::tr("build: intermediate/root certificates (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("build, rewrap: the P12 file to write; audit: the report file."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Cli::tr("build, rewrap: java17 (AES-256, SHA-256 MAC; default) or widest "
                                                   "(3DES, SHA-1 MAC)."),
                                           QStringLiteral("PROFILE"), QStringLiteral("java17"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               Cli::tr("check, audit: production (default), sandbox or custom."),
                                               QStringLiteral("ENV"));
    const QCommandLineOption sandboxDirOption(
        QStringLiteral("sandbox-dir"),
        Cli::tr("check, audit: the sandbox's data directory (attached to when it runs, else started)."),
        QStringLiteral("DIR"));
    const QCommandLineOption discoveryHostOption(QStringLiteral("discovery-host"),
                                                 Cli::tr("check, audit: the Domain API host of a custom environment."),
                                                 QStringLiteral("HOST"));
    const QCommandLineOption accountOption(QStringLiteral("account"), Cli::tr("check, audit: the account id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption batchSizeOption(QStringLiteral("batch-size"),
                                             Cli::tr("check, audit: mappings per check request (default 200)."),
                                             QStringLiteral("N"));
    const QCommandLineOption checkApiOption(
        QStringLiteral("check-api"),
        Cli::tr("check, audit: which check-mapping endpoint to use: auto (default), current, v2 or v1."),
        QStringLiteral("FORM"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("audit: json, csv, html or pdf."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption noCheckOption(QStringLiteral("no-check"),
                                           Cli::tr("audit: do not run check-mapping first (statuses say \"not checked\")."));
    parser.addOptions({stdinOption, envOption, keyPasswordOption, newPasswordOption, jsonOption, keyTypeOption, cnOption,
                       orgOption, ouOption, countryOption, keyOutOption, csrOutOption, keyOption, certOption, chainOption,
                       outOption, profileOption, p12Option, caOption, noSystemCasOption, noClientCertificateOption,
                       timeoutOption, environmentOption, sandboxDirOption, discoveryHostOption, accountOption,
                       batchSizeOption, checkApiOption, formatOption, noCheckOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return Cli::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "mtls-desk-cli " << QCoreApplication::applicationVersion() << '\n'
                            << mtlsdesk::BuildInfo::librariesLine() << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Cli::usage(Cli::tr("No command given."));
    const QString command = positional.first();
    if (command == QLatin1String("check") || command == QLatin1String("audit")) {
        if (positional.size() != 1)
            return Cli::usage(Cli::tr("%1 takes no arguments besides its options.").arg(command));
        mtlsdesk::cli::RuntimeOptions options;
        options.command = command;
        options.environment = parser.value(environmentOption);
        options.sandboxDir = parser.value(sandboxDirOption);
        options.discoveryHost = parser.value(discoveryHostOption);
        options.accountId = parser.value(accountOption);
        if (parser.isSet(batchSizeOption)) {
            bool ok = false;
            options.batchSize = parser.value(batchSizeOption).toInt(&ok);
            if (!ok || options.batchSize < 1 || options.batchSize > 1000)
                return Cli::usage(Cli::tr("--batch-size takes 1 to 1000."));
        }
        options.checkForm = parser.value(checkApiOption);
        options.json = parser.isSet(jsonOption);
        options.format = parser.value(formatOption);
        options.outFile = parser.value(outOption);
        options.noCheck = parser.isSet(noCheckOption);
        return mtlsdesk::cli::runRuntimeCommand(options);
    }
    if (parser.isSet(stdinOption) && parser.isSet(envOption))
        return Cli::usage(Cli::tr("Use either --password-stdin or --password-env, not both."));

    // The (P12) password, when the command takes one.
    QByteArray password;
    bool passwordGiven = false;
    if (parser.isSet(stdinOption)) {
        std::string line;
        std::getline(std::cin, line);
        password = QByteArray::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
        if (password.endsWith('\r'))
            password.chop(1);
        passwordGiven = true;
    } else if (parser.isSet(envOption)) {
        password = environmentSecret(parser.value(envOption), passwordGiven);
        if (!passwordGiven)
            return Cli::usage(Cli::tr("The environment variable %1 is not set.").arg(parser.value(envOption)));
    }
    struct Wiper
    {
        QByteArray& secret;
        ~Wiper() { mtlsdesk::wipe(secret); }
    } passwordWiper{password};
    QByteArray keyPassword;
    if (parser.isSet(keyPasswordOption)) {
        bool ok = false;
        keyPassword = environmentSecret(parser.value(keyPasswordOption), ok);
        if (!ok)
            return Cli::usage(Cli::tr("The environment variable %1 is not set.").arg(parser.value(keyPasswordOption)));
    }
    Wiper keyPasswordWiper{keyPassword};
    mtlsdesk::p12::Profile profile = mtlsdesk::p12::Profile::Java17;
    if (!mtlsdesk::p12::profileFromKey(parser.value(profileOption), profile))
        return Cli::usage(Cli::tr("Unknown profile \"%1\": use java17 or widest.").arg(parser.value(profileOption)));
    auto printWarnings = [](const QStringList& warnings) {
        for (const QString& warning : warnings)
            QTextStream(stderr) << Cli::tr("Warning: %1").arg(warning) << '\n';
    };

    if (command == QLatin1String("inspect")) {
        if (positional.size() != 2)
            return Cli::usage(Cli::tr("inspect takes exactly one FILE."));
        QByteArray data;
        if (!readFile(positional.at(1), data, mtlsdesk::p12::P12Inspector::MaxFileBytes + 1))
            return ExitFailed;
        const mtlsdesk::p12::Report report = mtlsdesk::p12::P12Inspector::inspect(data, password);
        if (parser.isSet(jsonOption))
            QTextStream(stdout) << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        else
            QTextStream(stdout) << mtlsdesk::p12::reportText(report, positional.at(1));
        if (!report.readable)
            return ExitFailed;
        return report.hasErrors() ? ExitFindings : ExitOk;
    }

    if (command == QLatin1String("csr")) {
        if (positional.size() != 1)
            return Cli::usage(Cli::tr("csr takes no FILE argument."));
        mtlsdesk::p12::KeyType type = mtlsdesk::p12::KeyType::Rsa2048;
        if (!parser.isSet(keyTypeOption) || !mtlsdesk::p12::keyTypeFromKey(parser.value(keyTypeOption), type))
            return Cli::usage(Cli::tr("csr needs --key-type rsa2048, rsa3072, rsa4096, ec-p256 or ec-p384."));
        if (!parser.isSet(cnOption) || !parser.isSet(keyOutOption) || !parser.isSet(csrOutOption))
            return Cli::usage(Cli::tr("csr needs --cn, --key-out and --csr-out."));
        if (keyPassword.isEmpty())
            QTextStream(stderr) << Cli::tr("Warning: the key is written without a password (use --key-password-env).")
                                << '\n';
        const mtlsdesk::p12::Subject subject{parser.value(cnOption), parser.value(orgOption), parser.value(ouOption), {}, {},
                                             parser.value(countryOption), {}};
        mtlsdesk::p12::CsrResult result = mtlsdesk::p12::P12Builder::generateKeyAndCsr(type, subject, keyPassword);
        if (!result.ok)
            return Cli::fail(result.error);
        const bool written = writeSecretFile(parser.value(keyOutOption), result.keyPem) &&
                             writeSecretFile(parser.value(csrOutOption), result.csrPem);
        mtlsdesk::wipe(result.keyPem);
        return written ? ExitOk : ExitFailed;
    }

    if (command == QLatin1String("build") || command == QLatin1String("rewrap")) {
        if (!parser.isSet(outOption))
            return Cli::usage(Cli::tr("%1 needs --out FILE.").arg(command));
        if (!passwordGiven)
            return Cli::usage(Cli::tr("%1 needs the P12 password: --password-stdin or --password-env VAR.").arg(command));
        mtlsdesk::p12::BuildResult result;
        if (command == QLatin1String("build")) {
            if (positional.size() != 1 || !parser.isSet(keyOption) || !parser.isSet(certOption))
                return Cli::usage(Cli::tr("build needs --key FILE and --cert FILE (and no other argument)."));
            QByteArray key;
            QByteArray certificate;
            if (!readFile(parser.value(keyOption), key) || !readFile(parser.value(certOption), certificate))
                return ExitFailed;
            QList<QByteArray> certificates{certificate};
            for (const QString& chainFile : parser.values(chainOption)) {
                QByteArray chain;
                if (!readFile(chainFile, chain))
                    return ExitFailed;
                certificates << chain;
            }
            result = mtlsdesk::p12::P12Builder::build(key, keyPassword, certificates, password, profile);
            mtlsdesk::wipe(key);
        } else {
            if (positional.size() != 2)
                return Cli::usage(Cli::tr("rewrap takes exactly one FILE."));
            if (!parser.isSet(newPasswordOption))
                return Cli::usage(Cli::tr("rewrap needs --new-password-env VAR."));
            bool ok = false;
            QByteArray newPassword = environmentSecret(parser.value(newPasswordOption), ok);
            if (!ok)
                return Cli::usage(Cli::tr("The environment variable %1 is not set.").arg(parser.value(newPasswordOption)));
            QByteArray input;
            if (!readFile(positional.at(1), input, mtlsdesk::p12::P12Inspector::MaxFileBytes + 1))
                return ExitFailed;
            result = mtlsdesk::p12::P12Builder::rewrap(input, password, newPassword, profile);
            mtlsdesk::wipe(newPassword);
        }
        printWarnings(result.warnings);
        if (!result.ok)
            return Cli::fail(result.error);
        return writeSecretFile(parser.value(outOption), result.data) ? ExitOk : ExitFailed;
    }

    if (command == QLatin1String("handshake")) {
        if (positional.size() != 2)
            return Cli::usage(Cli::tr("handshake takes exactly one URL."));
        const QUrl url = QUrl::fromUserInput(positional.at(1));
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return Cli::usage(Cli::tr("handshake needs an https:// URL."));
        const bool sendCertificate = !parser.isSet(noClientCertificateOption);
        if (sendCertificate && !parser.isSet(p12Option))
            return Cli::usage(Cli::tr("handshake needs --p12 FILE (or --no-client-certificate)."));
        bool timeoutOk = false;
        const int timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
        if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
            return Cli::usage(Cli::tr("--timeout takes 1 to 600 seconds."));
        if (!passwordGiven)
            password = environmentSecret(QStringLiteral("MTLSDESK_P12_PASSWORD"), passwordGiven);
        mtlsdesk::tls::HandshakeRequest request;
        request.url = url;
        request.extraCaFiles = parser.values(caOption);
        request.useSystemCas = !parser.isSet(noSystemCasOption);
        request.timeoutMs = timeoutSeconds * 1000;
        request.sendClientCertificate = sendCertificate;
        if (sendCertificate &&
            !readFile(parser.value(p12Option), request.p12, mtlsdesk::p12::P12Inspector::MaxFileBytes + 1))
            return ExitFailed;
        request.p12Password = password; // shares the buffer that passwordWiper wipes
        const mtlsdesk::tls::HandshakeReport report = mtlsdesk::tls::HandshakeProbe::run(request);
        request.p12Password.clear();
        if (parser.isSet(jsonOption))
            QTextStream(stdout) << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        else
            QTextStream(stdout) << mtlsdesk::tls::reportText(report);
        switch (report.verdict) {
        case mtlsdesk::tls::Verdict::Ok:
            return ExitOk;
        case mtlsdesk::tls::Verdict::BadP12:
        case mtlsdesk::tls::Verdict::ConnectFailed:
        case mtlsdesk::tls::Verdict::Timeout:
        case mtlsdesk::tls::Verdict::InvalidRequest:
        case mtlsdesk::tls::Verdict::Cancelled:
            return ExitFailed;
        default:
            return ExitFindings;
        }
    }

    return Cli::usage(Cli::tr("Unknown command \"%1\".").arg(command));
}
