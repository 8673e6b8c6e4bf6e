// The P12 key tester of mtls-sandbox (contract section 4.1): 200 for a file that opens, has a key matching its leaf
// and loads in Java; 500 with the reason otherwise; Bearer only. And the older forward mode: with LP-forward-url
// the sandbox calls that URL for real with the uploaded key as its TLS client certificate (here the sandbox's own
// mTLS target) and passes the answer on, or answers 424 with the transport headers.

#include "P12Corpus.h"
#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {


QString messageOf(const HttpResult& result)
{
    return errorOf(result).value(QLatin1String("message")).toString();
}


} // namespace

class TestSandboxP12Tester : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void missingParts();
    void bearerOnly();
    void forwardToTarget_data();
    void forwardToTarget();
    void forwardPassesRemoteStatusOn();
    void forwardRefusedByTarget();
    void forwardUnreachableIs424();
    void forwardUrlMustBeHttps();

private:
    QString path() const;
    HttpResult test(const QByteArray& p12, const QByteArray& password, const HeaderList& headers = {},
                    const QList<Part>& extraParts = {});

    P12Corpus m_corpus;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
    QByteArray m_demoP12;
    QByteArray m_demoPassword;
};

void TestSandboxP12Tester::initTestCase()
{
    QVERIFY2(m_corpus.generate(), qPrintable(m_corpus.errorString()));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    QVERIFY(!m_bearer.isEmpty());
    m_demoP12 = readFile(m_sandbox->info().demoP12);
    m_demoPassword = m_sandbox->info().demoP12Password.toUtf8();
    QVERIFY(!m_demoP12.isEmpty());
    QVERIFY(m_sandbox->info().targetUrl.isValid());
}

QString TestSandboxP12Tester::path() const
{
    return QStringLiteral("/mtls/account/%1/p12-test/multipart").arg(m_sandbox->info().accountId);
}

HttpResult TestSandboxP12Tester::test(const QByteArray& p12, const QByteArray& password, const HeaderList& headers,
                                      const QList<Part>& extraParts)
{
    HeaderList all = headers;
    all.prepend({"Authorization", "Bearer " + m_bearer});
    return m_sandbox->sendMultipart(
        "POST", path(), QList<Part>{Part::file("file", p12), Part::text("password", password)} + extraParts, all);
}

void TestSandboxP12Tester::verdict_data()
{
    QTest::addColumn<QString>("sample"); // empty: the sandbox's demo client P12
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("internalCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("demo client") << QString() << 200 << -1 << QString();
    QTest::newRow("modern") << QStringLiteral("modern") << 200 << -1 << QString();
    QTest::newRow("3DES / SHA-1") << QStringLiteral("3des-sha1") << 200 << -1 << QString();
    QTest::newRow("wrong password") << QStringLiteral("wrong-password") << 500 << 81
                                    << QStringLiteral("The password does not open the P12 file");
    QTest::newRow("Camellia") << QStringLiteral("camellia") << 500 << 83 << QStringLiteral("Java cannot load");
    QTest::newRow("non-ASCII password") << QStringLiteral("non-ascii-password") << 500 << 83
                                        << QStringLiteral("Java cannot load");
    QTest::newRow("no key") << QStringLiteral("cert-only") << 500 << 82 << QStringLiteral("no private key");
    QTest::newRow("key mismatch") << QStringLiteral("key-mismatch") << 500 << 82 << QStringLiteral("does not match");
    QTest::newRow("not a P12") << QStringLiteral("pem") << 500 << 80 << QStringLiteral("PKCS#12");
}

void TestSandboxP12Tester::verdict()
{
    QFETCH(QString, sample);
    QFETCH(int, status);
    QFETCH(int, internalCode);
    QFETCH(QString, messagePart);
    QByteArray p12 = m_demoP12;
    QByteArray password = m_demoPassword;
    if (!sample.isEmpty()) {
        const std::optional<P12Sample> file = m_corpus.sample(sample);
        QVERIFY(file);
        p12 = readFile(file->path);
        password = file->password;
    }
    const HttpResult result = test(p12, password);
    if (status == 200) {
        QCOMPARE(result.status, 200);
        QCOMPARE(jsonObject(result.body).value(QLatin1String("result")).toString(), QStringLiteral("OK"));
        QVERIFY(!jsonObject(result.body).value(QLatin1String("message")).toString().isEmpty());
        return;
    }
    MTLS_VERIFY_JSON_ERROR(result, status, internalCode);
    QVERIFY2(messageOf(result).contains(messagePart), qPrintable(messageOf(result)));
}

void TestSandboxP12Tester::missingParts()
{
    const HeaderList auth{{"Authorization", "Bearer " + m_bearer}};
    const HttpResult noPassword = m_sandbox->sendMultipart("POST", path(), {Part::file("file", m_demoP12)}, auth);
    MTLS_VERIFY_JSON_ERROR(noPassword, 400, 71);
    QVERIFY(messageOf(noPassword).contains(QLatin1String("\"password\"")));
    const HttpResult noFile = m_sandbox->sendMultipart("POST", path(), {Part::text("password", "x")}, auth);
    MTLS_VERIFY_JSON_ERROR(noFile, 400, 71);
    QVERIFY(messageOf(noFile).contains(QLatin1String("\"file\"")));
}

void TestSandboxP12Tester::bearerOnly()
{
    const QList<Part> parts{Part::file("file", m_demoP12), Part::text("password", m_demoPassword)};
    MTLS_VERIFY_JSON_ERROR(
        m_sandbox->sendMultipart("POST", path(), parts, {{"Authorization", m_sandbox->oauth1("POST", path())}}), 403,
        36);
    MTLS_VERIFY_JSON_ERROR(m_sandbox->sendMultipart("POST", path(), parts), 401, 30);
}

void TestSandboxP12Tester::forwardToTarget_data()
{
    QTest::addColumn<QByteArray>("methodOverride");
    QTest::addColumn<QByteArray>("body"); // empty: no body part
    QTest::addColumn<QString>("expectedMethod");
    QTest::newRow("body part: POST") << QByteArray() << QByteArray(R"({"grant_type":"client_credentials"})")
                                     << QStringLiteral("POST");
    QTest::newRow("no body: GET") << QByteArray() << QByteArray() << QStringLiteral("GET");
    QTest::newRow("override PUT") << QByteArray("PUT") << QByteArray("payload") << QStringLiteral("PUT");
}

void TestSandboxP12Tester::forwardToTarget()
{
    QFETCH(QByteArray, methodOverride);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedMethod);
    const QByteArray target = m_sandbox->info().targetUrl.toString().toUtf8() + "/partner/token?scope=a%20b";
    HeaderList headers{{"LP-forward-url", target},
                       {"LP-authorization-override", "Bearer partner-secret"},
                       {"LP-content-type-override", "application/json"}};
    if (!methodOverride.isEmpty())
        headers.append({"LP-method-override", methodOverride});
    QList<Part> extra;
    if (!body.isEmpty())
        extra.append(Part::text("body", body));
    const HttpResult result = test(m_demoP12, m_demoPassword, headers, extra);
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonObject echo = jsonObject(result.body);
    QCOMPARE(echo.value(QLatin1String("method")).toString(), expectedMethod);
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/partner/token"));
    QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("scope=a%20b"));
    QCOMPARE(echo.value(QLatin1String("body")).toString(), QString::fromUtf8(body));
    const QJsonObject sent = echo.value(QLatin1String("headers")).toObject();
    QCOMPARE(sent.value(QLatin1String("Authorization")).toString(), QStringLiteral("Bearer partner-secret"));
    QCOMPARE(sent.value(QLatin1String("Content-Type")).toString(), QStringLiteral("application/json"));
    const QJsonObject client = echo.value(QLatin1String("clientCertificate")).toObject();
    QVERIFY2(client.value(QLatin1String("subject")).toString().contains(QLatin1String("CN=mTLS Desk demo client")),
             result.body.constData());
    QVERIFY(client.value(QLatin1String("issuer")).toString().contains(QLatin1String("mtls-sandbox partner CA")));
    // The remote answer is passed on: its Content-Type, no hop-by-hop headers of the remote connection.
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
}

void TestSandboxP12Tester::forwardPassesRemoteStatusOn()
{
    // The sandbox's main listener answers an unknown path with 404 JSON; the tester passes it on unchanged.
    const QByteArray remote = m_sandbox->info().baseUrl.toString().toUtf8() + "/no/such/endpoint";
    const HttpResult result = test(m_demoP12, m_demoPassword, {{"LP-forward-url", remote}});
    MTLS_VERIFY_JSON_ERROR(result, 404, 50);
    QVERIFY(messageOf(result).contains(QLatin1String("/no/such/endpoint")));
}

void TestSandboxP12Tester::forwardRefusedByTarget()
{
    // The corpus CA is not one the target trusts (no --target-client-ca here): the handshake fails.
    const std::optional<P12Sample> modern = m_corpus.sample(QStringLiteral("modern"));
    QVERIFY(modern);
    const QByteArray target = m_sandbox->info().targetUrl.toString().toUtf8() + "/x";
    const HttpResult result = test(readFile(modern->path), modern->password, {{"LP-forward-url", target}});
    MTLS_VERIFY_JSON_ERROR(result, 424, 86);
    QVERIFY(!result.header("LP-error-from-transport").isEmpty());
    QVERIFY(!result.header("LP-message-from-transport").isEmpty());
}

void TestSandboxP12Tester::forwardUnreachableIs424()
{
    const QByteArray url = "https://127.0.0.1:" + QByteArray::number(unusedLocalPort()) + "/token";
    const HttpResult result = test(m_demoP12, m_demoPassword, {{"LP-forward-url", url}});
    MTLS_VERIFY_JSON_ERROR(result, 424, 86);
    QCOMPARE(result.header("LP-error-from-transport"), QByteArray("Connection"));
    QVERIFY(result.header("LP-message-from-transport").contains("Could not connect"));
}

void TestSandboxP12Tester::forwardUrlMustBeHttps()
{
    const HttpResult result = test(m_demoP12, m_demoPassword, {{"LP-forward-url", "http://127.0.0.1:1/x"}});
    MTLS_VERIFY_JSON_ERROR(result, 400, 85);
    // A file the tester refuses is refused before any call is made.
    const HttpResult refused = test(m_demoP12, "wrong", {{"LP-forward-url", "https://127.0.0.1:1/x"}});
    MTLS_VERIFY_JSON_ERROR(refused, 500, 81);
}

QTEST_GUILESS_MAIN(TestSandboxP12Tester)
#include "tst_sandbox_p12tester.moc"
