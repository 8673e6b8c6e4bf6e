// The runtime pieces without a network: the client-side rate limiter, the v1 check answer's keys, the status
// precedence, the dashboard model and proxy, and the audit's exports.

#include "audit/AuditDiagram.h"
#include "audit/MappingAudit.h"
#include "models/DashboardModel.h"
#include "net/RateLimiter.h"
#include "runtime/MappingChecker.h"
#include "runtime/RuntimeJobs.h"
#include "runtime/RuntimeStatus.h"
#include "text/Messages.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;
using namespace std::chrono;

namespace {

Mapping mapping(qint64 id, const QString& name, const QString& service, const QString& url, qint64 certificate,
                bool enable = true)
{
    Mapping m;
    m.id = id;
    m.name = name;
    m.serviceId = service;
    m.url = url;
    m.certificationId = QString::number(certificate);
    m.enable = enable;
    m.siteId = QStringLiteral("123");
    return m;
}

Certificate certificate(qint64 id, const QString& name, const QDateTime& expires)
{
    Certificate c;
    c.id = id;
    c.name = name;
    c.displayName = name;
    c.status = QStringLiteral("Available");
    c.expirationDate = expires;
    return c;
}

const QDateTime Now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT
private slots:
    void rateLimiterAdmitsAtMostTheLimitPerWindow();
    void rateLimiterHoldsSlotsWhileInFlight();
    void rateLimiterPauseHoldsEveryone();
    void rateLimiterDropsCanceledAndDeadWaiters();
    void v1KeysRoundTrip_data();
    void v1KeysRoundTrip();
    void statusPrecedence();
    void dashboardModel();
    void dashboardProxyFilters();
    void auditContent();
    void auditExports();
};

void TestRuntime::rateLimiterAdmitsAtMostTheLimitPerWindow()
{
    RateLimiter limiter(10);
    QObject receiver;
    QList<qint64> startedAt;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 25; ++i) {
        // Each request is answered at once: its slot frees one window later.
        auto ticket = std::make_shared<quint64>();
        *ticket = limiter.acquire(&receiver, [&, ticket] {
            startedAt << clock.elapsed();
            limiter.done(*ticket);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(startedAt.size(), 25, 10000);
    QCOMPARE(limiter.admitted(), 25);
    // FIFO, and never more than 10 in any window of RateLimiter::Window.
    for (qsizetype i = 10; i < startedAt.size(); ++i)
        QVERIFY2(startedAt.at(i) - startedAt.at(i - 10) >= RateLimiter::Window.count() - 5,
                 qPrintable(QStringLiteral("request %1 started %2 ms after request %3")
                                .arg(i)
                                .arg(startedAt.at(i) - startedAt.at(i - 10))
                                .arg(i - 10)));
    QVERIFY(startedAt.at(9) < 500); // the first ten go at once
}

void TestRuntime::rateLimiterHoldsSlotsWhileInFlight()
{
    // A request still waiting for its answer may arrive at the server any moment: it keeps its slot.
    RateLimiter limiter(2);
    QObject receiver;
    QList<quint64> tickets;
    int started = 0;
    for (int i = 0; i < 3; ++i)
        tickets << limiter.acquire(&receiver, [&] { ++started; });
    QTRY_COMPARE(started, 2);
    QTest::qWait(RateLimiter::Window.count() + 200);
    QCOMPARE(started, 2);
    QCOMPARE(limiter.inFlight(), 2);
    QElapsedTimer clock;
    clock.start();
    limiter.done(tickets.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(started, 3, 5000);
    QVERIFY2(clock.elapsed() >= RateLimiter::Window.count() - 5, qPrintable(QString::number(clock.elapsed())));
    // A ticket that will not be sent gives its slot back at once.
    limiter.cancel(tickets.at(1));
    QCOMPARE(limiter.inFlight(), 1);
}

void TestRuntime::rateLimiterPauseHoldsEveryone()
{
    RateLimiter limiter(10);
    QObject receiver;
    QElapsedTimer clock;
    clock.start();
    limiter.pause(milliseconds(600));
    qint64 started = -1;
    limiter.acquire(&receiver, [&] { started = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(started >= 0, 5000);
    QVERIFY2(started >= 590, qPrintable(QString::number(started)));
}

void TestRuntime::rateLimiterDropsCanceledAndDeadWaiters()
{
    RateLimiter limiter(1);
    QObject alive;
    int calls = 0;
    const quint64 first = limiter.acquire(&alive, [&] { ++calls; }); // admitted at once
    const quint64 canceled = limiter.acquire(&alive, [&] { calls += 100; });
    {
        QObject gone;
        limiter.acquire(&gone, [&] { calls += 1000; });
    }
    limiter.acquire(&alive, [&] { calls += 10; });
    limiter.cancel(canceled);
    QTRY_COMPARE(calls, 1);
    limiter.done(first);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 11, 5000);
    QTest::qWait(50);
    QCOMPARE(calls, 11);
}

void TestRuntime::v1KeysRoundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << QStringLiteral("https://partner.example/api/token");
    QTest::newRow("query") << QStringLiteral("https://partner.example/a?x=1&y=two");
    QTest::newRow("quote and comma") << QStringLiteral("https://p.example/a?q='x', url='y'}");
    QTest::newRow("spaces encoded") << QStringLiteral("https://p.example/a%20b?c=d%2Ce");
    QTest::newRow("unicode") << QStringLiteral("https://bücher.example/straße");
}

void TestRuntime::v1KeysRoundTrip()
{
    QFETCH(QString, url);
    const MappingTriplet triplet{QStringLiteral("IDP"), QStringLiteral("52653865"), url};
    const QString key = triplet.v1Key();
    QVERIFY(key.startsWith(QStringLiteral("CertificateMappingParamters{serviceName='IDP', accountId='52653865', url='")));
    const std::optional<MappingTriplet> back = MappingTriplet::fromV1Key(key);
    QVERIFY(back);
    QCOMPARE(*back, triplet);
    QVERIFY(!MappingTriplet::fromV1Key(QStringLiteral("CertificateMappingParameters{serviceName='IDP'}")));
}

void TestRuntime::statusPrecedence()
{
    const Certificate good = certificate(7, QStringLiteral("good"), Now.addDays(200));
    const Certificate soon = certificate(8, QStringLiteral("soon"), Now.addDays(5).addSecs(60));
    const Certificate old = certificate(9, QStringLiteral("old"), Now.addDays(-1));
    Certificate unavailable = good;
    unavailable.status = QStringLiteral("UnAvailable");
    const Mapping m = mapping(1, QStringLiteral("m"), QStringLiteral("1"), QStringLiteral("https://a.example/"), 7);
    Mapping disabled = m;
    disabled.enable = false;

    auto eval = [&](const Mapping* mp, const Certificate* c, std::optional<bool> exists, QDateTime liveAt = {},
                    bool duplicate = false, bool failed = false) {
        RuntimeStatus::Inputs in;
        in.mapping = mp;
        in.certificate = c;
        in.exists = exists;
        in.liveAt = liveAt;
        in.duplicateRisk = duplicate;
        in.checkFailed = failed;
        in.now = Now;
        return RuntimeStatus::evaluate(in);
    };
    using K = RuntimeStatus::Kind;
    QCOMPARE(eval(&disabled, nullptr, false).kind, K::Disabled);
    QCOMPARE(eval(&m, nullptr, true).kind, K::CertificateMissing);
    QCOMPARE(eval(&m, &unavailable, true).kind, K::CertificateMissing);
    QCOMPARE(eval(&m, &old, true).kind, K::CertificateExpired);
    QCOMPARE(eval(&m, &good, std::nullopt).kind, K::Unchecked);
    QCOMPARE(eval(&m, &good, std::nullopt, {}, false, true).kind, K::CheckFailed);
    const RuntimeStatus pending = eval(&m, &good, false, Now.addSecs(200));
    QCOMPARE(pending.kind, K::Pending);
    QCOMPARE(pending.liveAt, Now.addSecs(200));
    QVERIFY(pending.text.contains(Messages::clockTime(Now.addSecs(200))));
    QCOMPARE(eval(&m, &good, false, Now.addSecs(-1)).kind, K::NotFound);
    QCOMPARE(eval(&m, &good, true, Now.addSecs(200)).kind, K::Live); // the runtime already has it
    const RuntimeStatus expiring = eval(&m, &soon, true);
    QCOMPARE(expiring.kind, K::CertificateExpiring);
    QVERIFY(expiring.text.contains(QLatin1String("5")));
    QCOMPARE(eval(&m, &good, true, {}, true).kind, K::DuplicateRisk);
    QCOMPARE(eval(&m, &good, true).kind, K::Live);
    QCOMPARE(RuntimeStatus::severityOf(K::NotFound), RuntimeStatus::Severity::Error);
    QCOMPARE(RuntimeStatus::kindKey(K::CertificateExpiring), QStringLiteral("certificate-expiring"));
}

void TestRuntime::dashboardModel()
{
    DashboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Now);
    model.setCertificates({certificate(7, QStringLiteral("good"), Now.addDays(200))});
    model.setMappings({mapping(1, QStringLiteral("live"), QStringLiteral("1"), QStringLiteral("https://a.example/x"), 7),
                       mapping(2, QStringLiteral("variant"), QStringLiteral("1"), QStringLiteral("https://a.example/x/"), 7),
                       mapping(3, QStringLiteral("missing"), QStringLiteral("0"), QStringLiteral("https://b.example/"), 99),
                       mapping(4, QStringLiteral("off"), QStringLiteral("2"), QStringLiteral("https://c.example/"), 7, false),
                       mapping(5, QStringLiteral("new"), QStringLiteral("2"), QStringLiteral("https://d.example/"), 7)});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.count(RuntimeStatus::Kind::Unchecked), 3); // live, variant and new are not checked yet
    model.setLiveAt({{5, Now.addSecs(240)}});
    QCOMPARE(model.count(RuntimeStatus::Kind::Pending), 1);
    QCOMPARE(model.nextLiveAt(), Now.addSecs(240));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addResults({{QStringLiteral("IDP\nhttps://a.example/x"), true},
                      {QStringLiteral("IDP\nhttps://a.example/x/"), true},
                      {QStringLiteral("WEBHOOKS\nhttps://d.example/"), false}});
    QVERIFY(!changed.isEmpty());
    using K = RuntimeStatus::Kind;
    QCOMPARE(K(model.index(0, 0).data(DashboardModel::KindRole).toInt()), K::DuplicateRisk);
    QCOMPARE(K(model.index(1, 0).data(DashboardModel::KindRole).toInt()), K::DuplicateRisk);
    QCOMPARE(K(model.index(2, 0).data(DashboardModel::KindRole).toInt()), K::CertificateMissing);
    QCOMPARE(K(model.index(3, 0).data(DashboardModel::KindRole).toInt()), K::Disabled);
    QCOMPARE(K(model.index(4, 0).data(DashboardModel::KindRole).toInt()), K::Pending);
    QCOMPARE(model.index(0, int(DashboardModel::Column::Certificate)).data().toString(), QStringLiteral("good"));
    QCOMPARE(model.index(2, int(DashboardModel::Column::Certificate)).data().toString(), QStringLiteral("99"));
    QCOMPARE(model.index(0, int(DashboardModel::Column::Service)).data().toString(), QStringLiteral("IDP"));

    // Time passes: "live at" is over and the runtime still says no.
    model.setNow(Now.addSecs(300));
    QCOMPARE(K(model.index(4, 0).data(DashboardModel::KindRole).toInt()), K::NotFound);
    model.markCheckFailed({QStringLiteral("WEBHOOKS\nhttps://d.example/")});
    model.clearResults();
    QCOMPARE(model.count(RuntimeStatus::Kind::Unchecked), 3);
}

void TestRuntime::dashboardProxyFilters()
{
    DashboardModel model;
    model.setNow(Now);
    model.setCertificates({certificate(7, QStringLiteral("good"), Now.addDays(200))});
    model.setMappings({mapping(1, QStringLiteral("alpha"), QStringLiteral("1"), QStringLiteral("https://a.example/"), 7),
                       mapping(2, QStringLiteral("beta"), QStringLiteral("1"), QStringLiteral("https://b.example/"), 7),
                       mapping(3, QStringLiteral("gamma"), QStringLiteral("1"), QStringLiteral("https://c.example/"), 7, false)});
    model.addResults({{QStringLiteral("IDP\nhttps://a.example/"), true}, {QStringLiteral("IDP\nhttps://b.example/"), false}});
    DashboardProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setKinds({RuntimeStatus::Kind::NotFound});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, int(DashboardModel::Column::Name)).data().toString(), QStringLiteral("beta"));
    proxy.setKinds({RuntimeStatus::Kind::Live, RuntimeStatus::Kind::Disabled});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("gam"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKinds({});
    proxy.setText({});
    proxy.sort(int(DashboardModel::Column::Status));
    // Sorted by severity: live (ok) first, then disabled... errors last.
    QCOMPARE(proxy.index(0, int(DashboardModel::Column::Name)).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(proxy.index(2, int(DashboardModel::Column::Name)).data().toString(), QStringLiteral("gamma"));
}

void TestRuntime::auditContent()
{
    const QList<Certificate> certificates{certificate(7, QStringLiteral("b-used"), Now.addDays(200)),
                                          certificate(8, QStringLiteral("a-orphan"), Now.addDays(10)),
                                          certificate(9, QStringLiteral("c-expired"), Now.addDays(-3))};
    const QList<Mapping> mappings{
        mapping(1, QStringLiteral("zeta"), QStringLiteral("1"), QStringLiteral("https://a.example/"), 7),
        mapping(2, QStringLiteral("alpha"), QStringLiteral("1"), QStringLiteral("https://b.example/"), 9),
        mapping(3, QStringLiteral("lost"), QStringLiteral("0"), QStringLiteral("https://c.example/,\"=x"), 42)};
    const MappingAudit audit = MappingAudit::build(QStringLiteral("123"), QStringLiteral("Sandbox"), certificates,
                                                   mappings, {}, Now);
    QCOMPARE(audit.certificates.size(), 3);
    QCOMPARE(audit.certificates.at(0).certificate.name, QStringLiteral("a-orphan"));
    QVERIFY(audit.certificates.at(0).orphan());
    QVERIFY(audit.certificates.at(0).expiring());
    QVERIFY(audit.certificates.at(2).expired());
    QCOMPARE(audit.orphanCertificates(), 1);
    QCOMPARE(audit.expiringCertificates(), 2);
    QCOMPARE(audit.mappingsWithMissingCertificate(), 1);
    QVERIFY(audit.hasProblems());
    // Grouped by service in the documented order, then by name.
    QCOMPARE(audit.services.size(), 2);
    QCOMPARE(audit.services.at(0).serviceName, QStringLiteral("TEST_SERVICE"));
    QCOMPARE(audit.services.at(1).serviceName, QStringLiteral("IDP"));
    QCOMPARE(audit.mappings.at(audit.services.at(1).mappings.at(0)).mapping.name, QStringLiteral("alpha"));
    QCOMPARE(audit.mappings.at(audit.services.at(1).mappings.at(0)).status.kind, RuntimeStatus::Kind::CertificateExpired);

    // The CSV is the content: stable, quoted, formula-safe; its SHA-256 is the digest.
    const QByteArray csv = audit.toCsv();
    QCOMPARE(csv, MappingAudit::build(QStringLiteral("123"), QStringLiteral("Sandbox"), certificates, mappings, {},
                                      Now.addSecs(1))
                      .toCsv());
    QVERIFY(csv.contains("\"https://c.example/,\"\"=x\""));
    QVERIFY(csv.contains("orphan-certificate,,,,,,8,a-orphan,"));
    QCOMPARE(csv.count("\r\n"), 1 + 3 + 1);
    QCOMPARE(audit.contentSha256(), QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    QVERIFY(audit.footerText().contains(QString::fromLatin1(audit.contentSha256())));

    const QJsonObject json = QJsonDocument::fromJson(audit.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("accountId")).toString(), QStringLiteral("123"));
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("orphanCertificates")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("services")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("contentSha256")).toString(), QString::fromLatin1(audit.contentSha256()));

    // The diagram: every certificate and mapping is drawn and has a tooltip; lines run to the certificates.
    const AuditDiagram diagram(audit);
    QVERIFY(diagram.size().width() > 600);
    QVERIFY(diagram.size().height() > 200);
    const QString svg = diagram.svg();
    QVERIFY(svg.startsWith(QLatin1String("<svg")));
    QCOMPARE(svg.count(QLatin1String("<path")), 3); // two to certificates, one to "missing certificate"
    QVERIFY(svg.contains(QLatin1String("no mapping")));
    QVERIFY(svg.contains(QLatin1String("Missing certificate")));
    QImage image(diagram.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent); // a new QImage is uninitialised memory: white must come from the diagram
    QPainter painter(&image);
    diagram.paint(painter, QRectF(QPointF(0, 0), diagram.size()));
    painter.end();
    QVERIFY(image.pixelColor(5, 5) == QColor(Qt::white));
    QVERIFY(!diagram.toolTipAt(QPointF(30, 80)).isEmpty());
}

void TestRuntime::auditExports()
{
    QList<Certificate> certificates;
    QList<Mapping> mappings;
    for (int i = 0; i < 40; ++i)
        certificates << certificate(100 + i, QStringLiteral("cert-%1").arg(i), Now.addDays(i * 3));
    for (int i = 0; i < 400; ++i)
        mappings << mapping(1000 + i, QStringLiteral("m-%1").arg(i, 3, 10, QLatin1Char('0')), QString::number(i % 3),
                            QStringLiteral("https://p%1.example/api").arg(i), 100 + i % 45);
    const MappingAudit audit = MappingAudit::build(QStringLiteral("123"), QStringLiteral("Sandbox"), certificates,
                                                   mappings, {}, Now);
    const QByteArray html = audit.toHtml();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<svg"));
    QVERIFY(html.contains(audit.contentSha256()));
    QVERIFY(html.contains("Account 123"));
    // Mappings far below their certificate point at it with a labelled arrow instead of a curve across the page.
    QVERIFY(html.contains(QStringLiteral("\u25C0 cert-").toUtf8()));
    QVERIFY(html.contains("<path"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
    QString error;
    QVERIFY2(audit.writePdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") > 2 ||
            bytes.count("/Page") > 4); // the diagram and the tables span several pages

    QVERIFY(!audit.writePdf(dir.filePath(QStringLiteral("no/such/dir/a.pdf")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/dir")));
}

QTEST_MAIN(TestRuntime)
#include "tst_runtime.moc"
