// bench_audit: "Check all" and the audit of many mappings against a real mtls-sandbox that throttles like the
// service (10 requests per second per client address). Batched (MappingChecker's default batch size) against the
// reference in the same run: one check request per mapping, the way a naive client would ask. Prints requests sent
// (counted by the sandbox), 429 answers, wall time and the time to build and export the audit.
// One-by-one at 10 requests/s takes N/10 seconds; by default it runs on a sample and extrapolates (marked "~").
//   build/bin/bench_audit [MAPPINGS (10000)] [ONE_BY_ONE_SAMPLE (200; 0 = all)]

#include "LoggedInWorkspace.h"

#include "audit/MappingAudit.h"
#include "mappings/MappingEditor.h"
#include "runtime/RuntimeMonitor.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

struct Run
{
    qint64 requests = 0;
    qint64 refused = 0;
    double seconds = 0;
    int live = 0;
    bool extrapolated = false;
};

QJsonObject stats(SandboxFixture& sandbox, const QString& key)
{
    return QJsonDocument::fromJson(sandbox.get(QStringLiteral("/sandbox/stats")).body)
        .object()
        .value(QLatin1String("requests"))
        .toObject()
        .value(key)
        .toObject();
}

Run checkAll(SandboxFixture& sandbox, Workspace& workspace, int batchSize, const QList<Mapping>& mappings)
{
    const QString key = QStringLiteral("POST /api/account/%1/checks/serviceUrlMappings").arg(sandbox.info().accountId);
    const QJsonObject before = stats(sandbox, key);
    QTest::qWait(1200); // a fresh throttle window, after this bench's own request
    RuntimeMonitor& runtime = workspace.runtime();
    runtime.checker().setBatchSize(batchSize);
    runtime.model().clearResults();
    QSignalSpy finished(&runtime, &RuntimeMonitor::checkFinished);
    QElapsedTimer clock;
    clock.start();
    runtime.checkMappings(mappings);
    finished.wait(4 * 3600 * 1000);
    Run run;
    run.seconds = double(clock.elapsed()) / 1000.0;
    run.live = runtime.model().count(RuntimeStatus::Kind::Live);
    QTest::qWait(1200);
    const QJsonObject after = stats(sandbox, key);
    run.requests = after.value(QLatin1String("total")).toInteger() - before.value(QLatin1String("total")).toInteger();
    auto refused = [](const QJsonObject& o) {
        return o.value(QLatin1String("byStatus")).toObject().value(QLatin1String("429")).toInteger();
    };
    run.refused = refused(after) - refused(before);
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int sample = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QTextStream out(stdout);

    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                            QStringLiteral("10")});
    if (!sandbox.start()) {
        out << "sandbox did not start: " << sandbox.failure() << '\n';
        return 2;
    }
    const QByteArray bearer = sandbox.loginBearer();
    const qint64 certificate = sandbox.uploadDemoCertificate(QStringLiteral("bench"), bearer);
    // The mappings, 1000 per create request.
    for (int first = 0; first < count; first += 1000) {
        QJsonArray body;
        for (int i = first; i < std::min(count, first + 1000); ++i) {
            body.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("m-%1").arg(i)},
                                    {QStringLiteral("certificationId"), QString::number(certificate)},
                                    {QStringLiteral("serviceId"), QString::number(i % 3)},
                                    {QStringLiteral("enable"), true},
                                    {QStringLiteral("url"), QStringLiteral("https://partner%1.example/api?n=%2").arg(i % 50).arg(i)},
                                    {QStringLiteral("siteId"), sandbox.info().accountId},
                                    {QStringLiteral("deleted"), false}});
        }
        QTest::qWait(150);
        const HttpResult created = sandbox.sendJson(
            "POST", QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(sandbox.info().accountId),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Authorization", "Bearer " + bearer}});
        if (created.status != 201) {
            out << "creating mappings failed: HTTP " << created.status << '\n';
            return 2;
        }
    }

    Workspace workspace;
    QString why;
    if (!logIn(workspace, sandbox, &why)) {
        out << "login failed: " << why << '\n';
        return 2;
    }
    // Loading the lists is not part of either figure.
    QSignalSpy loaded(&workspace.mappings(), &MappingEditor::loaded);
    workspace.mappings().load();
    loaded.wait(120000);
    const QList<Mapping> mappings = workspace.mappings().base();

    const Run batched = checkAll(sandbox, workspace, MappingChecker::DefaultBatchSize, mappings);
    const QList<Mapping> sampled = sample > 0 && sample < mappings.size() ? mappings.mid(0, sample) : mappings;
    Run single = checkAll(sandbox, workspace, 1, sampled);
    if (sampled.size() < mappings.size()) {
        const double factor = double(mappings.size()) / double(sampled.size());
        single.requests = qint64(double(single.requests) * factor);
        single.refused = qint64(double(single.refused) * factor);
        single.seconds *= factor;
        single.live = int(double(single.live) * factor);
        single.extrapolated = true;
    }

    // The audit of what the check found.
    QElapsedTimer clock;
    clock.start();
    const MappingAudit audit = workspace.runtime().audit();
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    const QByteArray csv = audit.toCsv();
    const double csvMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    const QByteArray html = audit.toHtml();
    const double htmlMs = double(clock.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    clock.restart();
    QString error;
    audit.writePdf(dir.filePath(QStringLiteral("audit.pdf")), &error);
    const double pdfMs = double(clock.nsecsElapsed()) / 1e6;

    auto mark = [](const Run& run) { return run.extrapolated ? QStringLiteral("~") : QString(); };
    out << "bench_audit: " << mappings.size() << " mappings, sandbox throttle 10 requests/s\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("check"), -26)
               .arg(QStringLiteral("requests"), 10)
               .arg(QStringLiteral("429s"), 6)
               .arg(QStringLiteral("seconds"), 10)
               .arg(QStringLiteral("live"), 8);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("batched (%1 per request)").arg(MappingChecker::DefaultBatchSize), -26)
               .arg(batched.requests, 10)
               .arg(batched.refused, 6)
               .arg(batched.seconds, 10, 'f', 1)
               .arg(batched.live, 8);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("one request per mapping"), -26)
               .arg(mark(single) + QString::number(single.requests), 10)
               .arg(mark(single) + QString::number(single.refused), 6)
               .arg(mark(single) + QString::number(single.seconds, 'f', 1), 10)
               .arg(mark(single) + QString::number(single.live), 8);
    out << QStringLiteral("ratio: %1x fewer requests, %2x less time; expected requests ceil(N/batch) = %3\n")
               .arg(double(single.requests) / double(std::max<qint64>(1, batched.requests)), 0, 'f', 0)
               .arg(single.seconds / std::max(0.001, batched.seconds), 0, 'f', 0)
               .arg((mappings.size() + MappingChecker::DefaultBatchSize - 1) / MappingChecker::DefaultBatchSize);
    if (single.extrapolated)
        out << "~ one by one measured on " << sampled.size() << " mappings and scaled (pass 0 as the second "
            << "argument to run them all)\n";
    out << QStringLiteral("audit: build %1 ms, CSV %2 ms (%3 KiB), HTML %4 ms (%5 KiB), PDF %6 ms\n")
               .arg(buildMs, 0, 'f', 0)
               .arg(csvMs, 0, 'f', 0)
               .arg(csv.size() / 1024)
               .arg(htmlMs, 0, 'f', 0)
               .arg(html.size() / 1024)
               .arg(pdfMs, 0, 'f', 0);
    return 0;
}
