// The mTLS target of mtls-sandbox: a second HTTPS listener that requires a client certificate from the partner CA
// (or a CA given with --target-client-ca), names those CAs in its CertificateRequest, and echoes what it received.
// Also the ready line keys and the demo client P12 that the sandbox writes for it.

#include "P12Corpus.h"
#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include "p12/P12Inspector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {



} // namespace

class TestSandboxTarget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readyLineKeys();
    void demoP12IsJavaLoadable();
    void echoWithDemoClient();
    void noClientCertificateFails();
    void untrustedClientCertificateFails();
    void extraClientCaIsAcceptedAndAdvertised();
    void fixedTargetPort();
    void badClientCaFile();
    void demoP12SurvivesRestart();

private:
    HttpResult sendAs(const QString& p12Path, const QByteArray& password, const QByteArray& verb, const QString& path,
                      const QByteArray& body = {}, const HeaderList& headers = {});

    P12Corpus m_corpus;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxTarget::initTestCase()
{
    QVERIFY2(m_corpus.generate(), qPrintable(m_corpus.errorString()));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

HttpResult TestSandboxTarget::sendAs(const QString& p12Path, const QByteArray& password, const QByteArray& verb,
                                     const QString& path, const QByteArray& body, const HeaderList& headers)
{
    QSslConfiguration configuration;
    if (!m_sandbox->clientSslConfiguration(p12Path, password, &configuration)) {
        qWarning("cannot open %s", qPrintable(p12Path));
        return {};
    }
    return SandboxFixture::sendWith(configuration, verb, QUrl(m_sandbox->info().targetUrl.toString() + path), body,
                                    headers);
}

void TestSandboxTarget::readyLineKeys()
{
    QFile file(QDir(m_sandbox->dataDir()).filePath(QStringLiteral("ready.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject ready = jsonObject(file.readAll());
    for (const char* key : {"targetUrl", "demoP12", "demoP12Password", "partnerCaFile"})
        QVERIFY2(ready.value(QLatin1String(key)).isString(), key);

    const SandboxInfo& info = m_sandbox->info();
    QCOMPARE(info.targetUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(info.targetUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(info.targetUrl.port() > 0);
    QVERIFY(info.targetUrl.port() != info.baseUrl.port());
    QVERIFY(QFileInfo(info.demoP12).isAbsolute());
    QVERIFY(QFileInfo(info.partnerCaFile).isAbsolute());
    QCOMPARE(info.demoP12, QDir(info.dataDir).filePath(QStringLiteral("demo-client.p12")));
    QCOMPARE(info.partnerCaFile, QDir(info.dataDir).filePath(QStringLiteral("partner-ca.pem")));
    QCOMPARE(info.demoP12Password.size(), 20);
    for (const QChar c : info.demoP12Password)
        QVERIFY(c.unicode() > 0x20 && c.unicode() < 0x7f);
    QCOMPARE(QFileInfo(info.demoP12).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString partnerKey = QDir(info.dataDir).filePath(QStringLiteral("partner-ca-key.pem"));
    QVERIFY(QFile::exists(partnerKey));
    QCOMPARE(QFileInfo(partnerKey).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(readFile(info.partnerCaFile).startsWith("-----BEGIN CERTIFICATE-----"));
}

void TestSandboxTarget::demoP12IsJavaLoadable()
{
    const SandboxInfo& info = m_sandbox->info();
    const p12::Report report = p12::P12Inspector::inspect(readFile(info.demoP12), info.demoP12Password.toUtf8());
    QVERIFY2(report.readable, qPrintable(report.errorMessage));
    QVERIFY(report.hasPrivateKey);
    QVERIFY(report.keyMatchesLeaf);
    QVERIFY2(report.java.loads, qPrintable(report.java.reason));
    QVERIFY(report.certificates.size() >= 2); // the leaf and the partner CA
    const p12::CertificateInfo& leaf = report.certificates.first();
    QCOMPARE(leaf.commonName, QStringLiteral("mTLS Desk demo client"));
    QCOMPARE(leaf.keyType, QStringLiteral("RSA"));
    QCOMPARE(leaf.keyBits, 2048);
    QVERIFY(leaf.extendedKeyUsage.contains(QStringLiteral("clientAuth")));
    QVERIFY(leaf.issuer.contains(QLatin1String("mtls-sandbox partner CA")));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(leaf.notAfter);
    QVERIFY2(days >= 725 && days <= 731, qPrintable(QString::number(days)));
    QVERIFY(report.chainComplete);
}

void TestSandboxTarget::echoWithDemoClient()
{
    const SandboxInfo& info = m_sandbox->info();
    const HttpResult get = sendAs(info.demoP12, info.demoP12Password.toUtf8(), "GET",
                                  QStringLiteral("/api/v1/ping?x=1&y=two"), {}, {{"X-Partner-Test", "yes"}});
    QVERIFY2(get.status == 200, qPrintable(QStringLiteral("%1 %2").arg(get.error).arg(QString::fromUtf8(get.body))));
    const QJsonObject echo = jsonObject(get.body);
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/api/v1/ping"));
    QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("x=1&y=two"));
    QCOMPARE(echo.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Partner-Test")).toString(),
             QStringLiteral("yes"));
    QVERIFY(!echo.value(QLatin1String("headers")).toObject().contains(QLatin1String("REMOTE_ADDR")));
    const QJsonObject client = echo.value(QLatin1String("clientCertificate")).toObject();
    QVERIFY(client.value(QLatin1String("subject")).toString().contains(QLatin1String("CN=mTLS Desk demo client")));
    QVERIFY(client.value(QLatin1String("issuer")).toString().contains(QLatin1String("CN=mtls-sandbox partner CA")));
    QVERIFY(!client.value(QLatin1String("serial")).toString().isEmpty());
    const p12::Report report = p12::P12Inspector::inspect(readFile(info.demoP12), info.demoP12Password.toUtf8());
    QCOMPARE(client.value(QLatin1String("sha256")).toString(), report.certificates.first().sha256);

    const HttpResult post =
        sendAs(info.demoP12, info.demoP12Password.toUtf8(), "POST", QStringLiteral("/token"),
               "grant_type=client_credentials", {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(post.status, 200);
    QCOMPARE(jsonObject(post.body).value(QLatin1String("body")).toString(),
             QStringLiteral("grant_type=client_credentials"));
    QCOMPARE(jsonObject(post.body).value(QLatin1String("method")).toString(), QStringLiteral("POST"));
}

void TestSandboxTarget::noClientCertificateFails()
{
    const HttpResult result = SandboxFixture::sendWith(
        m_sandbox->sslConfiguration(), "GET", QUrl(m_sandbox->info().targetUrl.toString() + QStringLiteral("/")));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    // The main listener does not ask for a client certificate at all.
    QCOMPARE(
        m_sandbox
            ->get(QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(m_sandbox->info().accountId))
            .status,
        200);
}

void TestSandboxTarget::untrustedClientCertificateFails()
{
    // Signed by the corpus CA, which this target was not told about.
    const std::optional<P12Sample> modern = m_corpus.sample(QStringLiteral("modern"));
    QVERIFY(modern);
    const HttpResult result = sendAs(modern->path, modern->password, "GET", QStringLiteral("/"));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
}

void TestSandboxTarget::extraClientCaIsAcceptedAndAdvertised()
{
    const QString root = QDir(m_corpus.directory()).filePath(QStringLiteral("root.crt"));
    QVERIFY(QFile::exists(root));
    SandboxFixture sandbox({QStringLiteral("--target-client-ca"), root});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    const QString target = sandbox.info().targetUrl.toString();

    const std::optional<P12Sample> modern = m_corpus.sample(QStringLiteral("modern"));
    QVERIFY(modern);
    QSslConfiguration configuration;
    QVERIFY(sandbox.clientSslConfiguration(modern->path, modern->password, &configuration));
    const HttpResult accepted =
        SandboxFixture::sendWith(configuration, "GET", QUrl(target + QStringLiteral("/corpus")));
    QVERIFY2(accepted.status == 200, qPrintable(QString::number(accepted.error)));
    QVERIFY(jsonObject(accepted.body)
                .value(QLatin1String("clientCertificate"))
                .toObject()
                .value(QLatin1String("subject"))
                .toString()
                .contains(QLatin1String("mtlsdesk-test-")));

    // The demo client still works beside it.
    QVERIFY(sandbox.clientSslConfiguration(sandbox.info().demoP12, sandbox.info().demoP12Password.toUtf8(),
                                           &configuration));
    QCOMPARE(SandboxFixture::sendWith(configuration, "GET", QUrl(target + QStringLiteral("/demo"))).status, 200);

    // An expired certificate from the trusted CA fails the handshake.
    const std::optional<P12Sample> expired = m_corpus.sample(QStringLiteral("expired"));
    QVERIFY(expired);
    QVERIFY(sandbox.clientSslConfiguration(expired->path, expired->password, &configuration));
    const HttpResult refused = SandboxFixture::sendWith(configuration, "GET", QUrl(target + QStringLiteral("/old")));
    QCOMPARE(refused.status, 0);
    QVERIFY(refused.error != QNetworkReply::NoError);

    // The CertificateRequest names the partner CA and the extra CA (seen with openssl s_client).
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY(!openssl.isEmpty());
    QProcess client;
    client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-connect"),
                           QStringLiteral("127.0.0.1:%1").arg(sandbox.info().targetUrl.port()),
                           QStringLiteral("-CAfile"), sandbox.info().caFile});
    QVERIFY(client.waitForStarted());
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(15000));
    const QByteArray output = client.readAllStandardOutput();
    const qsizetype list = output.indexOf("Acceptable client certificate CA names");
    QVERIFY2(list >= 0, output.constData());
    const QByteArray names = output.mid(list, 600);
    QVERIFY2(names.contains("mtls-sandbox partner CA"), names.constData());
    QVERIFY2(names.contains("Test Root CA"), names.constData()); // the corpus root's name
    QVERIFY2(output.contains("Verify return code: 0"), output.constData());
}

void TestSandboxTarget::fixedTargetPort()
{
    const int port = unusedLocalPort();
    QVERIFY(port > 0);
    SandboxFixture sandbox({QStringLiteral("--target-port"), QString::number(port)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    QCOMPARE(sandbox.info().targetUrl, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
}

void TestSandboxTarget::badClientCaFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = QString::fromUtf8(MTLSDESK_SANDBOX_PROGRAM);
    QProcess missing;
    missing.start(program, {QStringLiteral("--data"), dir.filePath(QStringLiteral("a")),
                            QStringLiteral("--target-client-ca"), dir.filePath(QStringLiteral("none.pem"))});
    QVERIFY(missing.waitForFinished(15000));
    QCOMPARE(missing.exitCode(), 2);
    QVERIFY(missing.readAllStandardError().contains("--target-client-ca"));

    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    QProcess garbage;
    garbage.start(program, {QStringLiteral("--data"), dir.filePath(QStringLiteral("b")),
                            QStringLiteral("--target-client-ca"), notPem});
    QVERIFY(garbage.waitForFinished(15000));
    QCOMPARE(garbage.exitCode(), 1);
    QVERIFY(garbage.readAllStandardError().contains("holds no PEM certificate"));
    QVERIFY(garbage.readAllStandardOutput().isEmpty());
}

void TestSandboxTarget::demoP12SurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray p12;
    QString password;
    QByteArray partnerCa;
    {
        SandboxFixture first({}, dir.path());
        QVERIFY2(first.start(), qPrintable(first.failure()));
        p12 = readFile(first.info().demoP12);
        password = first.info().demoP12Password;
        partnerCa = readFile(first.info().partnerCaFile);
        first.stop();
    }
    {
        SandboxFixture second({}, dir.path());
        QVERIFY2(second.start(), qPrintable(second.failure()));
        QCOMPARE(second.info().demoP12Password, password);
        QCOMPARE(readFile(second.info().demoP12), p12);
        QCOMPARE(readFile(second.info().partnerCaFile), partnerCa);
        second.stop();
    }
    // A missing file is made again, with the same partner CA.
    QVERIFY(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("demo-client.p12"))));
    SandboxFixture third({}, dir.path());
    QVERIFY2(third.start(), qPrintable(third.failure()));
    QVERIFY(QFile::exists(third.info().demoP12));
    QVERIFY(readFile(third.info().demoP12) != p12);
    QCOMPARE(readFile(third.info().partnerCaFile), partnerCa);
    const p12::Report report =
        p12::P12Inspector::inspect(readFile(third.info().demoP12), third.info().demoP12Password.toUtf8());
    QVERIFY(report.java.loads);
}

QTEST_GUILESS_MAIN(TestSandboxTarget)
#include "tst_sandbox_target.moc"
