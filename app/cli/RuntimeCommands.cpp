#include "RuntimeCommands.h"

#include "ExitStatus.h"

#include "app/Workspace.h"
#include "audit/MappingAudit.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "net/DomainsJob.h"
#include "runtime/RuntimeMonitor.h"
#include "secrets/SecretStore.h"
#include "secrets/Wipe.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

namespace mtlsdesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int fail(int status, const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return status;
}

// Runs the event loop until `done` is true or `timeoutMs` passed; signal handlers quit `loop` to end a wait early.
bool waitUntil(const std::function<bool()>& done, int timeoutMs, QEventLoop& loop)
{
    if (done())
        return true;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll; // signals quit the loop directly; the poll is a safety net for a missed one
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    poll.start(200);
    while (!done() && timeout.isActive())
        loop.exec();
    return done();
}

OAuth1Credentials appKeyFromEnvironment()
{
    if (qEnvironmentVariableIsSet("MTLSDESK_APPKEY")) {
        QByteArray json = qgetenv("MTLSDESK_APPKEY");
        const OAuth1Credentials key = OAuth1Credentials::fromJson(QJsonDocument::fromJson(json).object());
        wipe(json);
        return key;
    }
    return {qEnvironmentVariable("MTLSDESK_APPKEY_CONSUMER_KEY"), qEnvironmentVariable("MTLSDESK_APPKEY_CONSUMER_SECRET"),
            qEnvironmentVariable("MTLSDESK_APPKEY_ACCESS_TOKEN"),
            qEnvironmentVariable("MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET")};
}

QJsonObject statusJson(const Mapping& mapping, const RuntimeStatus& status)
{
    QJsonObject object = mapping.toJson();
    object.insert(QStringLiteral("serviceName"), MappingServices::name(mapping.serviceId));
    object.insert(QStringLiteral("status"), RuntimeStatus::kindKey(status.kind));
    object.insert(QStringLiteral("statusText"), status.text);
    object.insert(QStringLiteral("detail"), status.detail);
    if (status.liveAt.isValid())
        object.insert(QStringLiteral("liveAt"), status.liveAt.toUTC().toString(Qt::ISODate));
    return object;
}

bool writeOutput(const QString& path, const QByteArray& data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QTextStream out(stdout);
        out << QString::fromUtf8(data);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QTextStream(stderr) << Text::tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

} // namespace

int runRuntimeCommand(const RuntimeOptions& options)
{
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"),
                                     QStringLiteral("pdf")};
    if (options.command == QLatin1String("audit")) {
        if (!formats.contains(options.format))
            return fail(ExitUsage, Text::tr("audit needs --format json, csv, html or pdf."));
        if (options.format == QLatin1String("pdf") && options.outFile.isEmpty())
            return fail(ExitUsage, Text::tr("audit --format pdf needs --out FILE."));
    }
    std::optional<CheckMappingJob::Form> form;
    if (options.checkForm == QLatin1String("current"))
        form = CheckMappingJob::Form::Current;
    else if (options.checkForm == QLatin1String("v2"))
        form = CheckMappingJob::Form::V2;
    else if (options.checkForm == QLatin1String("v1"))
        form = CheckMappingJob::Form::V1;
    else if (!options.checkForm.isEmpty() && options.checkForm != QLatin1String("auto"))
        return fail(ExitUsage, Text::tr("--check-api takes auto, current, v2 or v1."));

    Workspace workspace;
    QEventLoop loop;
    QObject::connect(&workspace, &Workspace::environmentStateChanged, &loop, &QEventLoop::quit);
    // Whatever the outcome, calls still in flight finish before the workspace goes: a network thread torn down
    // mid-request would take OpenSSL's per-thread state with it unfreed.
    struct Settle
    {
        Workspace& workspace;
        QEventLoop& loop;
        ~Settle()
        {
            workspace.runtime().cancel();
            waitUntil(
                [this] {
                    return workspace.certificates().runningJobs() == 0 &&
                           workspace.mappings().state() != MappingEditor::State::Loading;
                },
                5000, loop);
        }
    } settle{workspace, loop};

    // The environment.
    const QString environment = options.environment.isEmpty() ? QStringLiteral("production") : options.environment;
    if (environment == QLatin1String("sandbox")) {
        workspace.selectSandbox(options.sandboxDir);
    } else if (environment == QLatin1String("production")) {
        workspace.selectProduction();
    } else if (environment == QLatin1String("custom")) {
        if (options.discoveryHost.isEmpty())
            return fail(ExitUsage, Text::tr("--environment custom needs --discovery-host HOST."));
        workspace.selectCustom(options.discoveryHost);
    } else {
        return fail(ExitUsage, Text::tr("--environment takes sandbox, production or custom."));
    }
    waitUntil([&] { return workspace.environmentState() != Workspace::EnvironmentState::Starting; }, 90000, loop);
    if (workspace.environmentState() != Workspace::EnvironmentState::Ready)
        return fail(ExitFailed, Text::tr("The environment is not available: %1").arg(workspace.environmentFailure()));
    const Environment env = workspace.environment();
    const bool sandbox = env.kind == Environment::Kind::Sandbox;

    // The account and its AppKey.
    QString accountId = options.accountId;
    if (accountId.isEmpty())
        accountId = qEnvironmentVariable("MTLSDESK_ACCOUNT");
    if (accountId.isEmpty() && sandbox)
        accountId = workspace.sandbox().info().accountId;
    if (accountId.isEmpty())
        accountId = AppSettings().accountId(env.id());
    if (accountId.isEmpty())
        return fail(ExitUsage, Text::tr("No account: use --account ID or set MTLSDESK_ACCOUNT."));

    OAuth1Credentials appKey = appKeyFromEnvironment();
    if (!appKey.isComplete() && sandbox && accountId == workspace.sandbox().info().accountId)
        appKey = workspace.sandbox().info().appKey;
    if (!appKey.isComplete()) {
        bool answered = false;
        SecretStore::Status status = SecretStore::Status::NotFound;
        workspace.secrets().read(SecretStore::key(env.id(), accountId, SecretStore::AppKeyKind),
                                 [&](SecretStore::Status result, QByteArray secret, const QString&) {
                                     status = result;
                                     if (result == SecretStore::Status::Ok)
                                         appKey = OAuth1Credentials::fromJson(QJsonDocument::fromJson(secret).object());
                                     wipe(secret);
                                     answered = true;
                                     loop.quit();
                                 });
        waitUntil([&] { return answered; }, 30000, loop);
        if (!appKey.isComplete())
            return fail(ExitFailed,
                        Text::tr("No AppKey for account %1: set MTLSDESK_APPKEY (JSON) or the four "
                                 "MTLSDESK_APPKEY_* variables, or log in once in mTLS Desk with \"Remember\" checked "
                                 "(keychain: %2).")
                            .arg(accountId, status == SecretStore::Status::NotFound ? Text::tr("no entry")
                                                                                     : Text::tr("not readable")));
    }

    // The account's domains.
    ApiContext context;
    QString problem;
    if (!env.sslConfiguration(context.sslConfiguration, &problem))
        return fail(ExitFailed, problem);
    context.accountId = accountId;
    context.pacing = workspace.pacing();
    QMap<QString, QString> discovered;
    ApiError discoveryError;
    bool discoveryDone = false;
    {
        DomainsJob job(workspace.network(), context, env.discoveryHost);
        QObject::connect(&job, &DomainsJob::discovered, [&](const QMap<QString, QString>& domains) { discovered = domains; });
        QObject::connect(&job, &ApiJob::failed, [&](const ApiError& error) { discoveryError = error; });
        QObject::connect(&job, &ApiJob::finished, [&] {
            discoveryDone = true;
            loop.quit();
        });
        job.start();
        waitUntil([&] { return discoveryDone; }, 120000, loop);
    }
    if (discovered.isEmpty())
        return fail(ExitFailed, Text::tr("Could not discover the domains of account %1: %2")
                                    .arg(accountId, discoveryError.serviceMessage.isEmpty() ? discoveryError.detail
                                                                                           : discoveryError.serviceMessage));
    if (!workspace.useAppKey(accountId, discovered, appKey, &problem))
        return fail(ExitFailed, problem);

    // Check (the dashboard's "Check all").
    RuntimeMonitor& runtime = workspace.runtime();
    if (options.batchSize > 0)
        runtime.checker().setBatchSize(options.batchSize);
    runtime.checker().setForm(form);
    QString failure;
    bool finished = false;
    bool complete = false;
    QObject::connect(&runtime, &RuntimeMonitor::failed, [&](const QString& sentence, const ApiError&) {
        failure = sentence;
    });
    QObject::connect(&runtime, &RuntimeMonitor::checkFinished, [&](bool ok) {
        complete = ok;
        finished = true;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    const bool check = options.command == QLatin1String("check") || !options.noCheck;
    if (check) {
        if (!runtime.checkAll())
            return fail(ExitFailed, failure);
    } else {
        // Only the lists: certificates and mappings.
        bool certificatesDone = false;
        QObject::connect(&workspace.certificates(), &CertificateManager::refreshed, [&] { certificatesDone = true; });
        QObject::connect(&workspace.certificates(), &CertificateManager::failed,
                         [&](const QString& sentence, const ApiError&) {
                             failure = sentence;
                             certificatesDone = true;
                         });
        QObject::connect(&workspace.mappings(), &MappingEditor::failed,
                         [&](const QString& sentence, const ApiError&) { failure = sentence; });
        workspace.certificates().refresh();
        workspace.mappings().load();
        waitUntil([&] { return (certificatesDone && workspace.mappings().isLoaded()) || !failure.isEmpty(); }, 600000,
                  loop);
        complete = failure.isEmpty();
        finished = true;
        runtime.model().setMappings(workspace.mappings().base());
        runtime.model().setCertificates(workspace.certificates().model().certificates());
    }
    waitUntil([&] { return finished; }, 3600000, loop);
    if (!complete)
        return fail(ExitFailed, failure.isEmpty() ? Text::tr("The check did not finish.") : failure);

    const DashboardModel& model = runtime.model();
    if (options.command == QLatin1String("audit")) {
        const MappingAudit audit = runtime.audit();
        bool written = false;
        if (options.format == QLatin1String("json"))
            written = writeOutput(options.outFile, audit.toJson());
        else if (options.format == QLatin1String("csv"))
            written = writeOutput(options.outFile, audit.toCsv());
        else if (options.format == QLatin1String("html"))
            written = writeOutput(options.outFile, audit.toHtml());
        else if (!(written = audit.writePdf(options.outFile, &problem)))
            QTextStream(stderr) << problem << '\n';
        if (!written)
            return ExitFailed;
        QTextStream(stderr) << Text::tr("Audit of account %1: %2, %3; SHA-256 %4", "counts: certificates, mappings")
                                   .arg(accountId,
                                        Text::tr("%n certificate(s)", nullptr, int(audit.certificates.size())),
                                        Text::tr("%n mapping(s)", nullptr, int(audit.mappings.size())),
                                        QString::fromLatin1(audit.contentSha256()))
                            << '\n';
        return audit.hasProblems() ? ExitFindings : ExitOk;
    }

    // check: a table or one JSON object.
    bool broken = false;
    QJsonArray mappings;
    QJsonObject counts;
    for (int kind = 0; kind < int(RuntimeStatus::Kind::Count); ++kind) {
        if (const int n = model.count(RuntimeStatus::Kind(kind)))
            counts.insert(RuntimeStatus::kindKey(RuntimeStatus::Kind(kind)), n);
    }
    QTextStream out(stdout);
    if (!options.json) {
        // One sentence for the translator; the second count is a noun phrase of its own (tr() has one %n).
        const QString requests = Text::tr("%n request(s)", nullptr, runtime.checker().requestsSent());
        out << Text::tr("Account %1 (%2): %n mapping(s) checked in %3 s, with %4.", nullptr, model.rowCount())
                   .arg(accountId,
                        workspace.environment().kind == Environment::Kind::Sandbox ? Text::tr("Sandbox")
                                                                                   : env.discoveryHost,
                        QString::number(double(clock.elapsed()) / 1000.0, 'f', 1), requests)
            << '\n';
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const Mapping& mapping = model.mappings().at(row);
        const RuntimeStatus& status = model.statusAt(row);
        broken = broken || status.isProblem();
        if (options.json) {
            mappings.append(statusJson(mapping, status));
        } else {
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(status.text.leftJustified(32), MappingServices::name(mapping.serviceId).leftJustified(12),
                            mapping.name, mapping.url);
            if (status.isProblem())
                out << QStringLiteral("    ") << status.detail << '\n';
        }
    }
    if (options.json) {
        const QJsonObject root{{QStringLiteral("accountId"), accountId},
                               {QStringLiteral("environment"), env.id()},
                               {QStringLiteral("requests"), runtime.checker().requestsSent()},
                               {QStringLiteral("elapsedMs"), double(clock.elapsed())},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("broken"), broken},
                               {QStringLiteral("mappings"), mappings}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    return broken ? ExitFindings : ExitOk;
}

} // namespace mtlsdesk::cli
