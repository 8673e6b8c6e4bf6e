// mtls-sandbox: a local HTTPS implementation of the LivePerson mTLS service contract (see README.md).
//
//   mtls-sandbox --data DIR [--host 127.0.0.1] [--port 0] [--token-ttl 28800] [--rate-limit 10]
//                [--cache-seconds 300] [--target-port 0] [--target-client-ca FILE]...
//                [--faults SPEC [--faults-seed N]]
// Exit codes: 0 after SIGTERM/SIGINT, 1 when the sandbox cannot start or serve, 2 for bad arguments, 64 for a bad
// --faults spec (the grammar is in Faults.h and README.md).
//
// stdout carries exactly one line, the ready line, once the server listens; everything else goes to stderr.

#include "DataDir.h"
#include "DemoClient.h"
#include "MtlsTarget.h"
#include "Pki.h"
#include "ReadyLine.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "ShutdownSignals.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <exception>
#include <limits>
#include <optional>
#include <random>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace mtlsdesk::sandbox;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
// A --faults spec that does not parse: the usage status of the project's other programs (sysexits EX_USAGE), so that
// a test harness can tell a bad spec from a bad option.
constexpr int ExitBadFaults = 64;
// Sessions expired longer ago than this are forgotten at start; younger ones still answer "expired".
constexpr qint64 KeepExpiredSessionsMs = 24LL * 3600 * 1000;

void printError(const QString& message)
{
    std::fprintf(stderr, "mtls-sandbox: %s\n", message.toLocal8Bit().constData());
}

std::optional<qint64> integerOption(const QCommandLineParser& parser, const QString& name, qint64 minimum,
                                    qint64 maximum, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        printError(QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(name)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

// Parses the command line; --help and --version exit here. nullopt means a usage error was printed.
std::optional<SandboxOptions> parseOptions(const QCoreApplication& app, int* usageStatus)
{
    *usageStatus = ExitUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local HTTPS implementation of the LivePerson mTLS service contract for mTLS Desk.\n"
                       "Prints one JSON ready line on stdout once it listens; logs requests on stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data directory (database, CA, certificates, ready.json)."),
         QStringLiteral("DIR")},
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("HOST"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free port (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("token-ttl"), QStringLiteral("Lifetime of login sessions in seconds (default 28800)."),
         QStringLiteral("SECONDS"), QStringLiteral("28800")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per second per client address; 0 switches the throttle off (default 10)."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("cache-seconds"),
         QStringLiteral("Seconds a runtime snapshot (check mapping, forward) is used before it is read again; 0 reads "
                        "every time (default 300)."),
         QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("target-port"),
         QStringLiteral("Port of the mTLS target (the second listener); 0 picks a free port (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("target-client-ca"),
         QStringLiteral("PEM file of a CA whose client certificates the mTLS target also accepts (repeatable)."),
         QStringLiteral("FILE")},
        {QStringLiteral("faults"),
         QStringLiteral("Inject faults for reliability tests: rules \"METHODS /path-glob:fault@probability,...\" "
                        "joined with ';'. METHODS is * or GET|POST...; in the glob * stays within a path segment and "
                        "** crosses segments. Faults: delay=DURATION (250ms, 2s), 500, 502, 429[=SECONDS], "
                        "drop-before, drop-after, truncate, 401 (revokes the bearer), 409 (moves the mapping "
                        "revision). The first matching rule applies; one draw per request picks at most one fault. "
                        "/sandbox/* is never touched. Example: \"GET /mtls/account/*/certificates:500@0.1,"
                        "truncate@5%;POST /mtls/**:drop-after@0.2\". A bad spec exits with 64."),
         QStringLiteral("SPEC")},
        {QStringLiteral("faults-seed"),
         QStringLiteral("Seed of the fault draws, for a reproducible run (default: random, printed on stderr)."),
         QStringLiteral("N")},
    });

    // parse() rather than process(): process() exits with 1 on errors, the contract here is 2.
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText() + QStringLiteral("\nTry --help."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument \"%1\"\nTry --help.").arg(parser.positionalArguments().first()));
        return std::nullopt;
    }

    SandboxOptions options;
    options.dataDir = parser.value(QStringLiteral("data"));
    if (options.dataDir.isEmpty()) {
        printError(QStringLiteral("--data DIR is required\nTry --help."));
        return std::nullopt;
    }
    options.host = parser.value(QStringLiteral("host")).trimmed();
    if (options.host.isEmpty()) {
        printError(QStringLiteral("--host must not be empty"));
        return std::nullopt;
    }
    const auto port = integerOption(parser, QStringLiteral("port"), 0, 65535, 0);
    const auto ttl = integerOption(parser, QStringLiteral("token-ttl"), 1, 10LL * 365 * 24 * 3600, 28800);
    const auto rate = integerOption(parser, QStringLiteral("rate-limit"), 0, 1000000, 10);
    const auto cacheSeconds = integerOption(parser, QStringLiteral("cache-seconds"), 0, 24 * 3600, 300);
    const auto targetPort = integerOption(parser, QStringLiteral("target-port"), 0, 65535, 0);
    if (!port || !ttl || !rate || !cacheSeconds || !targetPort)
        return std::nullopt;
    for (const QString& file : parser.values(QStringLiteral("target-client-ca"))) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable()) {
            printError(QStringLiteral("--target-client-ca \"%1\" is not a readable file").arg(file));
            return std::nullopt;
        }
        options.targetClientCaFiles << info.absoluteFilePath();
    }
    if (parser.isSet(QStringLiteral("faults"))) {
        QString problem;
        options.faults = FaultPlan::parse(parser.value(QStringLiteral("faults")), &problem);
        if (!options.faults) {
            printError(problem);
            *usageStatus = ExitBadFaults;
            return std::nullopt;
        }
        if (parser.isSet(QStringLiteral("faults-seed"))) {
            bool ok = false;
            options.faultsSeed = parser.value(QStringLiteral("faults-seed")).toULongLong(&ok);
            if (!ok) {
                printError(QStringLiteral("--faults-seed must be a whole number from 0 to %1, not \"%2\"")
                               .arg(std::numeric_limits<quint64>::max())
                               .arg(parser.value(QStringLiteral("faults-seed"))));
                *usageStatus = ExitBadFaults;
                return std::nullopt;
            }
        } else {
            options.faultsSeed = (quint64(std::random_device{}()) << 32) | std::random_device{}();
        }
    }
    options.targetPort = static_cast<int>(*targetPort);
    options.port = static_cast<int>(*port);
    options.tokenTtlSeconds = *ttl;
    options.rateLimit = static_cast<int>(*rate);
    options.cacheSeconds = static_cast<int>(*cacheSeconds);
    return options;
}

int serve(SandboxOptions options, ShutdownSignals& shutdownSignals)
{
    QString problem;
    const std::unique_ptr<DataDir> dataDir = DataDir::open(options.dataDir, &problem);
    if (!dataDir) {
        printError(problem);
        return ExitFailure;
    }
    options.dataDir = dataDir->path();

    Store store(dataDir->filePath(QStringLiteral("sandbox.db")));
    const Account account = store.ensureDemoAccount();
    store.purgeSessionsExpiredBefore(QDateTime::currentMSecsSinceEpoch() - KeepExpiredSessionsMs);
    const Pki pki = Pki::loadOrCreate(dataDir->path(), options.host);
    if (pki.createdCa())
        printError(QStringLiteral("created a new CA in %1; clients must trust this ca.pem").arg(pki.caFile()));

    SandboxServer server(options, store, pki);
    if (!server.isValid()) {
        printError(QStringLiteral("the TLS server could not be set up with %1")
                       .arg(dataDir->filePath(QStringLiteral("server.pem"))));
        return ExitFailure;
    }
    const int port = server.bind();
    if (port <= 0) {
        printError(QStringLiteral("cannot listen on %1 port %2").arg(options.host).arg(options.port));
        return ExitFailure;
    }
    const DemoClient demo = DemoClient::loadOrCreate(dataDir->path(), pki, store);
    MtlsTarget target(options, pki);
    if (!target.isValid()) {
        printError(target.problem().isEmpty() ? QStringLiteral("the mTLS target could not be set up")
                                              : target.problem());
        return ExitFailure;
    }
    if (target.bind() <= 0) {
        printError(QStringLiteral("cannot listen on %1 port %2 for the mTLS target")
                       .arg(options.host)
                       .arg(options.targetPort));
        return ExitFailure;
    }

    ReadyLine ready(QStringLiteral("https://") + server.hostPort(), pki.caFile(), account, dataDir->path(),
                    ReadyTarget{target.url(), demo.file(), demo.password(), pki.partnerCaFile()}, options.cacheSeconds);
    shutdownSignals.start(
        [&server, &target](int) {
            server.stop();
            target.stop();
        },
        [&ready] {
            // Workers are stuck with slow clients; their work is not worth waiting for, and SQLite
            // commits are atomic, so leaving now loses nothing.
            printError(QStringLiteral("workers still busy after the grace period; exiting now"));
            ready.withdraw();
            std::fflush(stderr);
            ::_exit(0);
        },
        std::chrono::seconds(3));
    if (!ready.publish(&problem)) {
        printError(problem);
        return ExitFailure;
    }
    printError(QStringLiteral("serving https://%1 for account %2 (data in %3); mTLS target at %4")
                   .arg(server.hostPort(), account.accountId, dataDir->path(), target.url()));
    if (options.faults)
        printError(QStringLiteral("injecting faults: %1 rule(s), --faults-seed %2")
                       .arg(options.faults->rules().size())
                       .arg(options.faultsSeed));

    bool targetServed = true;
    std::thread targetThread([&target, &targetServed] { targetServed = target.run(); });
    const bool served = server.run();
    target.stop();
    targetThread.join();
    shutdownSignals.finished();
    if (!targetServed)
        printError(QStringLiteral("the mTLS target stopped because accepting connections failed"));
    ready.withdraw();
    if (!served) {
        printError(QStringLiteral("the server stopped because accepting connections failed"));
        return ExitFailure;
    }
    printError(QStringLiteral("stopped"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything can start a thread: the signal mask is inherited by every thread created later.
    ShutdownSignals shutdownSignals;
    // A client that disconnects while TLS writes would otherwise kill the process with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Keys, the database and ready.json hold secrets; nothing the sandbox creates is for other users.
    ::umask(077);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtls-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTLSDESK_VERSION));

    int usageStatus = ExitUsage;
    const std::optional<SandboxOptions> options = parseOptions(app, &usageStatus);
    if (!options)
        return usageStatus;
    try {
        return serve(*options, shutdownSignals);
    } catch (const std::exception& error) {
        printError(QString::fromUtf8(error.what()));
        return ExitFailure;
    }
}
