// The runtime client against a real mtls-sandbox: "Check all" sends ceil(N / batch) check-mapping requests (counted
// by the sandbox, /sandbox/stats), the shared rate limiter keeps a throttled sandbox (10 requests/s) from ever
// answering 429 and waits out a 429 it did not cause, the three check forms give the same answers, forward through
// the sandbox's mTLS target (200, 424, no mapping), activate mapping, and the runtime cache: a saved mapping is
// "live at HH:MM" until the sandbox's --cache-seconds has passed, then live.

#include "LoggedInWorkspace.h"

#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "net/RateLimiter.h"
#include "runtime/RuntimeMonitor.h"
#include "text/Messages.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

// Requests the sandbox answered on `key` ("POST /api/account/123/checks/serviceUrlMappings"), with `status` or all.
qint64 received(SandboxFixture& sandbox, const QString& key, int status = 0)
{
    const HttpResult stats = sandbox.get(QStringLiteral("/sandbox/stats"));
    const QJsonObject entry =
        QJsonDocument::fromJson(stats.body).object().value(QLatin1String("requests")).toObject().value(key).toObject();
    if (status == 0)
        return entry.value(QLatin1String("total")).toInteger();
    return entry.value(QLatin1String("byStatus")).toObject().value(QString::number(status)).toInteger();
}

// Creates `count` mappings to `certificateId` on ac-common in one request; false on failure.
bool createMappings(SandboxFixture& sandbox, const QByteArray& bearer, qint64 certificateId, int count,
                    const QString& prefix, const QString& urlBase)
{
    QJsonArray body;
    for (int i = 0; i < count; ++i) {
        body.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(i)},
                                {QStringLiteral("certificationId"), QString::number(certificateId)},
                                {QStringLiteral("serviceId"), QString::number(i % 3)},
                                {QStringLiteral("enable"), true},
                                {QStringLiteral("url"), QStringLiteral("%1/%2?n=%3").arg(urlBase, prefix).arg(i)},
                                {QStringLiteral("siteId"), sandbox.info().accountId},
                                {QStringLiteral("deleted"), false}});
    }
    const HttpResult created = sandbox.sendJson(
        "POST", QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(sandbox.info().accountId),
        QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Authorization", "Bearer " + bearer}});
    if (created.status != 201)
        qWarning() << "create failed:" << created.status << created.body.left(300);
    return created.status == 201;
}

bool checkAll(RuntimeMonitor& runtime, int timeoutMs = 60000)
{
    QSignalSpy finished(&runtime, &RuntimeMonitor::checkFinished);
    QSignalSpy failed(&runtime, &RuntimeMonitor::failed);
    if (!runtime.checkAll())
        return false;
    if (!finished.wait(timeoutMs))
        return false;
    if (!failed.isEmpty())
        qWarning() << "check failed:" << failed.first().first().toString();
    return finished.first().first().toBool();
}

ForwardResult forward(RuntimeMonitor& runtime, const ForwardRequest& request)
{
    ForwardJob* job = runtime.forward(request);
    if (!job)
        return {};
    QSignalSpy answered(job, &ForwardJob::answered);
    QSignalSpy failed(job, &ApiJob::failed);
    if (!QTest::qWaitFor([&] { return !answered.isEmpty() || !failed.isEmpty(); }, 30000) || answered.isEmpty())
        return {};
    return answered.first().first().value<ForwardResult>();
}

} // namespace

class TestRuntimeE2e : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkAllIsBatched();
    void everyFormGivesTheSameAnswers();
    void pacingNeverHitsTheThrottle();
    void a429IsWaitedOut();
    void forwardThroughTheTarget();
    void activateMapping();
    void savedMappingIsLiveAfterTheCache();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
    qint64 m_certificateId = 0;
    QString m_checkKey;
};

void TestRuntimeE2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("0")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    m_certificateId = m_sandbox->uploadDemoCertificate(QStringLiteral("demo"), m_bearer);
    QVERIFY(m_certificateId > 0);
    QVERIFY(createMappings(*m_sandbox, m_bearer, m_certificateId, 450, QStringLiteral("bulk"),
                           QStringLiteral("https://partner.example")));
    m_checkKey = QStringLiteral("POST /api/account/%1/checks/serviceUrlMappings").arg(m_sandbox->info().accountId);
}

void TestRuntimeE2e::checkAllIsBatched()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    RuntimeMonitor& runtime = workspace.runtime();
    QVERIFY2(runtime.unavailableReason().isEmpty(), qPrintable(runtime.unavailableReason()));
    runtime.checker().setBatchSize(200);
    const qint64 before = received(*m_sandbox, m_checkKey);
    QSignalSpy progress(&runtime, &RuntimeMonitor::progress);
    QVERIFY(checkAll(runtime));
    // 450 mappings, 200 per request: 3 requests, not 450.
    QCOMPARE(received(*m_sandbox, m_checkKey) - before, 3);
    QCOMPARE(runtime.checker().requestsSent(), 3);
    QCOMPARE(runtime.model().rowCount(), 450);
    QCOMPARE(runtime.model().count(RuntimeStatus::Kind::Live), 450);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toInt(), 450);
    QVERIFY(runtime.lastChecked().isValid());
}

void TestRuntimeE2e::everyFormGivesTheSameAnswers()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    RuntimeMonitor& runtime = workspace.runtime();
    // One mapping the runtime does not have: its certificate points nowhere the check can find.
    QHash<QString, bool> reference;
    for (const auto form : {CheckMappingJob::Form::Current, CheckMappingJob::Form::V2, CheckMappingJob::Form::V1}) {
        runtime.checker().setForm(form);
        runtime.model().clearResults();
        const QString key = form == CheckMappingJob::Form::Current ? m_checkKey : QStringLiteral("POST /mtls/mapping");
        const qint64 before = received(*m_sandbox, key);
        QVERIFY(checkAll(runtime));
        QCOMPARE(received(*m_sandbox, key) - before, 3);
        QCOMPARE(runtime.model().count(RuntimeStatus::Kind::Live), 450);
        if (reference.isEmpty())
            reference = runtime.checker().results();
        QCOMPARE(runtime.checker().results(), reference);
    }
}

void TestRuntimeE2e::pacingNeverHitsTheThrottle()
{
    // The real limit: 10 requests per second per client address.
    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                            QStringLiteral("10")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    const QByteArray bearer = sandbox.loginBearer();
    const qint64 certificate = sandbox.uploadDemoCertificate(QStringLiteral("demo"), bearer);
    QVERIFY(certificate > 0);
    QVERIFY(createMappings(sandbox, bearer, certificate, 300, QStringLiteral("paced"), QStringLiteral("https://p.example")));
    QTest::qWait(1200); // the set-up's requests leave the throttle's window

    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, sandbox, &why), qPrintable(why));
    RuntimeMonitor& runtime = workspace.runtime();
    runtime.checker().setBatchSize(10); // 30 check requests, three times the per-second limit
    runtime.checker().setMaxInFlight(4);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(checkAll(runtime, 120000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(runtime.model().count(RuntimeStatus::Kind::Live), 300);
    QTest::qWait(1200);
    const QString key = QStringLiteral("POST /api/account/%1/checks/serviceUrlMappings").arg(sandbox.info().accountId);
    QCOMPARE(received(sandbox, key, 200), 30);
    QCOMPARE(received(sandbox, key, 429), 0);
    QCOMPARE(runtime.checker().requestsSent(), 30);
    // The login, lists and 30 checks at <= 10/s cannot all fit in under about 2.5 s.
    QVERIFY2(elapsed >= 2500, qPrintable(QString::number(elapsed)));
}

void TestRuntimeE2e::a429IsWaitedOut()
{
    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                            QStringLiteral("10")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    const QByteArray bearer = sandbox.loginBearer();
    const qint64 certificate = sandbox.uploadDemoCertificate(QStringLiteral("demo"), bearer);
    QVERIFY(createMappings(sandbox, bearer, certificate, 40, QStringLiteral("hot"), QStringLiteral("https://h.example")));

    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, sandbox, &why), qPrintable(why));
    RuntimeMonitor& runtime = workspace.runtime();
    runtime.checker().setBatchSize(10);
    // Another client on the same address uses up the second, so the first check request meets a 429.
    QTest::qWait(1200);
    for (int i = 0; i < 10; ++i)
        sandbox.get(QStringLiteral("/sandbox/stats"));
    QVERIFY(checkAll(runtime, 60000));
    QCOMPARE(runtime.model().count(RuntimeStatus::Kind::Live), 40);
    QTest::qWait(1200);
    const QString key = QStringLiteral("POST /api/account/%1/checks/serviceUrlMappings").arg(sandbox.info().accountId);
    QCOMPARE(received(sandbox, key, 200), 4);
    const qint64 refused = received(sandbox, key, 429);
    QVERIFY(refused + received(sandbox, QStringLiteral("GET /api/account/%1/configuration/ac-common/mtls")
                                            .arg(sandbox.info().accountId), 429) +
                received(sandbox, QStringLiteral("GET /mtls/account/%1/certificates").arg(sandbox.info().accountId),
                         429) >=
            1);
    // Every refused attempt was repeated, none was given up.
    QCOMPARE(runtime.checker().requestsSent(), 4 + refused);
}

void TestRuntimeE2e::forwardThroughTheTarget()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    const QString target = m_sandbox->info().targetUrl.resolved(QUrl(QStringLiteral("/echo?from=desk"))).toString();
    const QString closed = QStringLiteral("https://127.0.0.1:%1/gone").arg(unusedLocalPort());
    QJsonArray body{QJsonObject{{QStringLiteral("name"), QStringLiteral("target")},
                                {QStringLiteral("certificationId"), QString::number(m_certificateId)},
                                {QStringLiteral("serviceId"), QStringLiteral("1")},
                                {QStringLiteral("enable"), true},
                                {QStringLiteral("url"), target},
                                {QStringLiteral("siteId"), m_sandbox->info().accountId},
                                {QStringLiteral("deleted"), false}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("closed")},
                                {QStringLiteral("certificationId"), QString::number(m_certificateId)},
                                {QStringLiteral("serviceId"), QStringLiteral("1")},
                                {QStringLiteral("enable"), true},
                                {QStringLiteral("url"), closed},
                                {QStringLiteral("siteId"), m_sandbox->info().accountId},
                                {QStringLiteral("deleted"), false}}};
    const HttpResult created = m_sandbox->sendJson(
        "POST", QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(m_sandbox->info().accountId),
        QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Authorization", "Bearer " + m_bearer}});
    QCOMPARE(created.status, 201);

    RuntimeMonitor& runtime = workspace.runtime();
    ForwardRequest request;
    request.method = "POST";
    request.url = target;
    request.serviceName = QStringLiteral("IDP");
    request.authorizationOverride = "Bearer partner-token";
    request.headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    request.body = R"({"hello":"partner"})";
    const ForwardResult answer = forward(runtime, request);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.elapsedMs >= 0);
    const QJsonObject echo = QJsonDocument::fromJson(answer.body).object();
    QVERIFY2(!echo.isEmpty(), answer.body.constData());
    QVERIFY2(answer.body.contains("partner-token"), answer.body.constData());
    QVERIFY2(answer.body.contains("hello"), answer.body.constData());

    request.url = closed;
    request.body.clear();
    request.method = "GET";
    const ForwardResult failed = forward(runtime, request);
    QCOMPARE(failed.status, 424);
    QVERIFY(failed.isTransportFailure());
    QVERIFY(!failed.transportMessage.isEmpty());
    QVERIFY(!failed.transportError.isEmpty());

    request.url = QStringLiteral("https://nowhere.example/unmapped");
    request.stopIfCertificateNotFound = true;
    const ForwardResult unmapped = forward(runtime, request);
    QCOMPARE(unmapped.status, 500);
    QVERIFY(!ApiJob::serviceMessageFromBody(unmapped.body).isEmpty());
}

void TestRuntimeE2e::activateMapping()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    const QString url = m_sandbox->info().targetUrl.resolved(QUrl(QStringLiteral("/activated"))).toString();
    ActivateMappingJob job(workspace.network(), workspace.apiContext(),
                           workspace.domains().host(Domains::MtlsGateway), m_certificateId, QStringLiteral("WEBHOOKS"),
                           url, true);
    QSignalSpy activated(&job, &ActivateMappingJob::activated);
    QSignalSpy failed(&job, &ApiJob::failed);
    job.start();
    QVERIFY(QTest::qWaitFor([&] { return !activated.isEmpty() || !failed.isEmpty(); }, 30000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().serviceMessage));
    const Mapping mapping = activated.first().first().value<Mapping>();
    QVERIFY(mapping.id > 0);
    QCOMPARE(mapping.url, url);
    QCOMPARE(mapping.serviceId, QStringLiteral("2"));
    QCOMPARE(mapping.certificationId, QString::number(m_certificateId));

    ActivateMappingJob refused(workspace.network(), workspace.apiContext(),
                               workspace.domains().host(Domains::MtlsGateway), m_certificateId, QStringLiteral("IDP"),
                               QStringLiteral("https://127.0.0.1:%1/x").arg(unusedLocalPort()), true);
    QSignalSpy refusedFailed(&refused, &ApiJob::failed);
    refused.start();
    QVERIFY(refusedFailed.wait(30000));
    QCOMPARE(refused.httpStatus(), 424);
}

void TestRuntimeE2e::savedMappingIsLiveAfterTheCache()
{
    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("3")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    const QByteArray bearer = sandbox.loginBearer();
    const qint64 certificate = sandbox.uploadDemoCertificate(QStringLiteral("demo"), bearer);
    QVERIFY(certificate > 0);

    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, sandbox, &why), qPrintable(why));
    RuntimeMonitor& runtime = workspace.runtime();
    // A check before the save makes the runtime take its snapshot (without mappings).
    Mapping probe;
    probe.name = QStringLiteral("probe");
    probe.serviceId = QStringLiteral("1");
    probe.url = QStringLiteral("https://partner.example/none");
    {
        QSignalSpy finished(&runtime, &RuntimeMonitor::checkFinished);
        QVERIFY(runtime.checkMappings({probe}));
        QVERIFY(finished.wait(20000));
    }

    MappingEditor& editor = workspace.mappings();
    Mapping mapping;
    mapping.name = QStringLiteral("fresh");
    mapping.serviceId = QStringLiteral("1");
    mapping.url = QStringLiteral("https://partner.example/fresh");
    mapping.certificationId = QString::number(certificate);
    editor.model().addMapping(mapping);
    QSignalSpy saved(&editor, &MappingEditor::saved);
    editor.save();
    QVERIFY(saved.wait(20000));
    QVERIFY(editor.liveAt().size() == 1);

    QVERIFY(checkAll(runtime));
    QCOMPARE(runtime.model().rowCount(), 1);
    QCOMPARE(runtime.model().statusAt(0).kind, RuntimeStatus::Kind::Pending);
    QVERIFY(runtime.model().statusAt(0).text.contains(
        Messages::clockTime(editor.liveAt().begin().value())));

    QTest::qWait(3200);
    QVERIFY(checkAll(runtime));
    QCOMPARE(runtime.model().statusAt(0).kind, RuntimeStatus::Kind::Live);
}

QTEST_GUILESS_MAIN(TestRuntimeE2e)
#include "tst_runtime_e2e.moc"
