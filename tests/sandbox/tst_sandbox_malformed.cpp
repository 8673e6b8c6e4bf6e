// mtls-sandbox under bad input: oversized and garbage bodies, unknown paths, wrong methods, TLS and plain-TCP junk.
// Every error is answered with the JSON error shape, in bounded time, and the server keeps serving.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

// A string literal with embedded NULs, without its terminating NUL.
template <size_t N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

} // namespace

class TestSandboxMalformed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void oversizedBody();
    void garbageJson_data();
    void garbageJson();
    void unknownPath_data();
    void unknownPath();
    void wrongMethod_data();
    void wrongMethod();
    void tlsJunk_data();
    void tlsJunk();
    void plainTcpJunk();

private:
    bool stillServing();
    QString loginPath() const;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxMalformed::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

void TestSandboxMalformed::cleanup()
{
    QVERIFY2(stillServing(), "the sandbox stopped answering");
}

bool TestSandboxMalformed::stillServing()
{
    const HttpResult result = m_sandbox->get(
        QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(m_sandbox->info().accountId));
    return result.status == 200;
}

QString TestSandboxMalformed::loginPath() const
{
    return QStringLiteral("/api/account/%1/login?v=1.3").arg(m_sandbox->info().accountId);
}

void TestSandboxMalformed::oversizedBody()
{
    // 21 MiB against the 20 MiB limit. The sandbox answers 413; a client may also see the connection end first.
    // Either way the request must finish promptly.
    const QByteArray body(21 * 1024 * 1024, 'x');
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = m_sandbox->postJson(loginPath(), body);
    QVERIFY2(clock.elapsed() < 12000, qPrintable(QString::number(clock.elapsed())));
    if (result.status != 0)
        MTLS_VERIFY_JSON_ERROR(result, 413, 60);
    else
        QVERIFY(result.error != QNetworkReply::NoError);
}

void TestSandboxMalformed::garbageJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("binary") << bytes("\xff\xfe\x00\x01garbage\x80");
    QTest::newRow("truncated") << QByteArray(R"({"username":)");
    QTest::newRow("trailing garbage") << QByteArray(R"({"username":"admin"} xyz)");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("string") << QByteArray(R"("admin")");
    QTest::newRow("deep nesting") << QByteArray(10000, '[');
    QTest::newRow("NUL inside") << bytes("{\"username\":\"ad\0min\"}");
}

void TestSandboxMalformed::garbageJson()
{
    QFETCH(QByteArray, body);
    const HttpResult result = m_sandbox->postJson(loginPath(), body);
    MTLS_VERIFY_JSON_ERROR(result, 400, -1);
}

void TestSandboxMalformed::unknownPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("root") << QStringLiteral("/") << 404;
    QTest::newRow("api") << QStringLiteral("/api") << 404;
    QTest::newRow("unknown endpoint") << QStringLiteral("/api/account/1/nothing") << 404;
    QTest::newRow("encoded control characters") << QStringLiteral("/x%00y%0Az") << 404;
    QTest::newRow("encoded slash in account") << QStringLiteral("/api/account/1%2F2/service/baseURI.json") << 404;
    QTest::newRow("dot segments") << QStringLiteral("/api/account/../../etc/passwd") << 404;
    QTest::newRow("overlong URI") << QLatin1Char('/') + QString(9000, QLatin1Char('a')) << 414;
}

void TestSandboxMalformed::unknownPath()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpResult result = m_sandbox->get(path);
    MTLS_VERIFY_JSON_ERROR(result, status, -1);
}

void TestSandboxMalformed::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");
    QTest::newRow("DELETE domains") << QByteArray("DELETE") << QStringLiteral("/api/account/1/service/baseURI.json")
                                    << QByteArray("GET, HEAD");
    QTest::newRow("POST one domain") << QByteArray("POST")
                                     << QStringLiteral("/api/account/1/service/agentVep/baseURI.json")
                                     << QByteArray("GET, HEAD");
    QTest::newRow("GET login") << QByteArray("GET") << QStringLiteral("/api/account/1/login?v=1.3")
                               << QByteArray("POST");
    QTest::newRow("PUT logout") << QByteArray("PUT") << QStringLiteral("/api/account/1/logout") << QByteArray("POST");
    QTest::newRow("PATCH whoami") << QByteArray("PATCH") << QStringLiteral("/sandbox/account/1/whoami")
                                  << QByteArray("GET, HEAD");
    QTest::newRow("OPTIONS refresh") << QByteArray("OPTIONS") << QStringLiteral("/api/account/1/refresh")
                                     << QByteArray("POST");
}

void TestSandboxMalformed::wrongMethod()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);
    QElapsedTimer clock;
    clock.start();
    // No body and no Content-Length: the sandbox must not wait for one.
    const HttpResult result = m_sandbox->send(verb, m_sandbox->url(path));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    MTLS_VERIFY_JSON_ERROR(result, 405, 53);
    QCOMPARE(result.header("Allow"), allowed);
}

void TestSandboxMalformed::tlsJunk_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("binary") << bytes("\x00\x01\x02\xff\xfe junk \r\n\r\n");
    QTest::newRow("bad request line") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n");
    QTest::newRow("huge Content-Length") << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: "
                                                       "99999999999999999999999\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                  "zz\r\n");
    QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n");
}

void TestSandboxMalformed::tlsJunk()
{
    QFETCH(QByteArray, junk);
    QSslSocket socket;
    socket.setSslConfiguration(m_sandbox->sslConfiguration());
    const QUrl base = m_sandbox->info().baseUrl;
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
    socket.connectToHostEncrypted(base.host(), static_cast<quint16>(base.port()));
    QTRY_VERIFY_WITH_TIMEOUT(encrypted.count() == 1, 10000);
    socket.write(junk);
    // The sandbox answers (or just closes); it must neither crash nor keep the connection waiting for ever.
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() == 1 || socket.bytesAvailable() > 0, 15000);
    const QByteArray answer = socket.readAll();
    if (!answer.isEmpty())
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
}

void TestSandboxMalformed::plainTcpJunk()
{
    // Plain HTTP and random bytes on the TLS port: the handshake fails and the connection closes promptly.
    for (const QByteArray& junk : {QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray(4096, '\x16')}) {
        QTcpSocket socket;
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        const QUrl base = m_sandbox->info().baseUrl;
        socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(junk);
        QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() == 1, 15000);
    }
}

QTEST_GUILESS_MAIN(TestSandboxMalformed)
#include "tst_sandbox_malformed.moc"
