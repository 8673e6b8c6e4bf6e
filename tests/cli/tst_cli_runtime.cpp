// mtls-desk-cli check and audit as a brand's CI would run them, against a real mtls-sandbox (attached to through
// its data directory): exit status 0 when nothing is broken, 1 when a mapping is, 2 when the check cannot run,
// 64 for usage errors; --json fields; every audit format, with the CSV's SHA-256 in the HTML footer.

#include "SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk::test;

class TestCliRuntime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkAllLive();
    void checkEveryForm_data();
    void checkEveryForm();
    void brokenMappingFailsTheCheck();
    void auditFormats();
    void usageAndCredentialErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList arguments, const QProcessEnvironment& extra = {});
    bool createMapping(const QString& name, qint64 certificate, const QString& url);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_home;
    QByteArray m_bearer;
    qint64 m_certificate = 0;
};

void TestCliRuntime::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("0")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    m_certificate = m_sandbox->uploadDemoCertificate(QStringLiteral("ci"), m_bearer);
    QVERIFY(m_certificate > 0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(createMapping(QStringLiteral("ok-%1").arg(i), m_certificate,
                              QStringLiteral("https://partner.example/api/%1").arg(i)));
}

bool TestCliRuntime::createMapping(const QString& name, qint64 certificate, const QString& url)
{
    const QJsonArray body{QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("certificationId"), QString::number(certificate)},
                                      {QStringLiteral("serviceId"), QStringLiteral("1")},
                                      {QStringLiteral("enable"), true},
                                      {QStringLiteral("url"), url},
                                      {QStringLiteral("siteId"), m_sandbox->info().accountId},
                                      {QStringLiteral("deleted"), false}}};
    return m_sandbox
               ->sendJson("POST",
                          QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0")
                              .arg(m_sandbox->info().accountId),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Authorization", "Bearer " + m_bearer}})
               .status == 201;
}

TestCliRuntime::Run TestCliRuntime::cli(QStringList arguments, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The CLI's settings and drafts go to a scratch home, never the user's.
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(variable), m_home.filePath(QLatin1String(variable)));
    // Under ASan the children are leak-checked too, with their own suppressions: the CLI sometimes exits with
    // OpenSSL objects of Qt's TLS connections still allocated (libcrypto frames only; see tests/lsan-cli.supp).
    environment.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=%1:print_suppressions=0")
                                                           .arg(QStringLiteral(MTLSDESK_CLI_LSAN_SUPPRESSIONS)));
    environment.remove(QStringLiteral("MTLSDESK_APPKEY"));
    environment.remove(QStringLiteral("MTLSDESK_ACCOUNT"));
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    if (!arguments.contains(QStringLiteral("--environment")))
        arguments << QStringLiteral("--environment") << QStringLiteral("sandbox") << QStringLiteral("--sandbox-dir")
                  << m_sandbox->dataDir();
    process.start(QStringLiteral(MTLSDESK_CLI_PROGRAM), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliRuntime::checkAllLive()
{
    const Run text = cli({QStringLiteral("check")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(QString::fromUtf8(text.out).contains(QRegularExpression(QStringLiteral("5 mappings checked in [0-9.]+ s, with 1 request\\."))),
             text.out.constData());
    QCOMPARE(text.out.count("Live"), 5);

    const Run json = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("accountId")).toString(), m_sandbox->info().accountId);
    QCOMPARE(root.value(QLatin1String("requests")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("broken")).toBool(), false);
    QCOMPARE(root.value(QLatin1String("counts")).toObject().value(QLatin1String("live")).toInt(), 5);
    const QJsonArray mappings = root.value(QLatin1String("mappings")).toArray();
    QCOMPARE(mappings.size(), 5);
    QCOMPARE(mappings.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("live"));
    QCOMPARE(mappings.first().toObject().value(QLatin1String("serviceName")).toString(), QStringLiteral("IDP"));
    // Nothing secret on either stream.
    for (const QByteArray& stream : {text.out, text.err, json.out, json.err})
        QVERIFY(!stream.contains(m_sandbox->info().appKey.consumerSecret.toUtf8()));
}

void TestCliRuntime::checkEveryForm_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("current") << QStringLiteral("current");
    QTest::newRow("v2") << QStringLiteral("v2");
    QTest::newRow("v1") << QStringLiteral("v1");
    QTest::newRow("auto") << QStringLiteral("auto");
}

void TestCliRuntime::checkEveryForm()
{
    QFETCH(QString, form);
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--check-api"), form,
                         QStringLiteral("--batch-size"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QLatin1String("requests")).toInt(), 3); // 5 mappings, 2 per request
    QCOMPARE(root.value(QLatin1String("counts")).toObject().value(QLatin1String("live")).toInt(), 5);
}

void TestCliRuntime::brokenMappingFailsTheCheck()
{
    // A certificate that goes away under its mapping.
    const qint64 doomed = m_sandbox->uploadDemoCertificate(QStringLiteral("doomed"), m_bearer);
    QVERIFY(doomed > 0);
    QVERIFY(createMapping(QStringLiteral("orphaned"), doomed, QStringLiteral("https://partner.example/orphaned")));
    const HttpResult removed = m_sandbox->send(
        "DELETE", m_sandbox->url(QStringLiteral("/mtls/account/%1/certificates/%2").arg(m_sandbox->info().accountId).arg(doomed)),
        {}, {{"Authorization", "Bearer " + m_bearer}});
    QCOMPARE(removed.status, 200);

    const Run run = cli({QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Certificate missing"), run.out.constData());
    QVERIFY(run.out.contains("orphaned"));
}

void TestCliRuntime::auditFormats()
{
    QTemporaryDir dir;
    const Run csv = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("audit.csv"))});
    QCOMPARE(csv.exitCode, 1); // the orphaned mapping from the test before
    QFile csvFile(dir.filePath(QStringLiteral("audit.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("record,service,mapping_id"));
    QVERIFY(csvBytes.contains(",certificate-missing,"));
    const QByteArray digest = QCryptographicHash::hash(csvBytes, QCryptographicHash::Sha256).toHex();
    QVERIFY2(csv.err.contains(digest), csv.err.constData());

    const Run html = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(html.exitCode, 1);
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.out.contains("<svg"));
    QVERIFY(html.out.contains(digest)); // the same state, the same content, the same SHA-256

    const Run json = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("contentSha256")).toString().toLatin1(), digest);
    QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("mappingsWithMissingCertificate")).toInt(), 1);

    const QString pdfPath = dir.filePath(QStringLiteral("audit.pdf"));
    const Run pdf = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                         pdfPath});
    QVERIFY2(pdf.exitCode == 1, pdf.err.constData());
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestCliRuntime::usageAndCredentialErrors()
{
    QCOMPARE(cli({QStringLiteral("audit")}).exitCode, 64);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 64);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--check-api"), QStringLiteral("v9")}).exitCode, 64);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--environment"), QStringLiteral("moon")}).exitCode, 64);

    // Another account: no AppKey anywhere.
    const Run noKey = cli({QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("99999999")});
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY2(noKey.err.contains("MTLSDESK_APPKEY"), noKey.err.constData());

    // A wrong AppKey from the environment: the service refuses, the CLI says so and exits 2.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("MTLSDESK_APPKEY"),
                 QStringLiteral(R"({"consumerKey":"x","consumerSecret":"y","accessToken":"z","accessTokenSecret":"w"})"));
    const Run refused = cli({QStringLiteral("check")}, wrong);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRuntime)
#include "tst_cli_runtime.moc"
