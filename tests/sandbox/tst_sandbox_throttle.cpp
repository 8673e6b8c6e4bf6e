// The throttle of mtls-sandbox (--rate-limit 10): 10 requests per second per client address across the service,
// 429 with Retry-After and a JSON error beyond that.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

class TestSandboxThrottle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void burstIsThrottled();
    void throttledPostsKeepConnectionsUsable();

private:
    struct Burst
    {
        std::vector<HttpResult> results;
        int count(int status) const;
    };
    // Sends `count` requests at once (QNetworkAccessManager spreads them over its parallel connections) and waits
    // for every answer; callers check QTest::currentTestFailed() afterwards.
    void burst(Burst& out, int count, const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body = {});
    void waitForQuietSecond();

    std::unique_ptr<SandboxFixture> m_sandbox;
};

int TestSandboxThrottle::Burst::count(int status) const
{
    return static_cast<int>(
        std::count_if(results.begin(), results.end(), [status](const HttpResult& r) { return r.status == status; }));
}

void TestSandboxThrottle::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("10")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

void TestSandboxThrottle::init()
{
    waitForQuietSecond();
}

void TestSandboxThrottle::waitForQuietSecond()
{
    // The window is one second; after a second without requests every test starts with the full allowance.
    QTest::qWait(1100);
}

void TestSandboxThrottle::burst(Burst& out, int count, const QByteArray& verb, const QString& pathAndQuery,
                                const QByteArray& body)
{
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(m_sandbox->url(pathAndQuery));
        request.setSslConfiguration(m_sandbox->sslConfiguration());
        request.setTransferTimeout(15000);
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        replies.emplace_back(m_sandbox->network().sendCustomRequest(request, verb, body));
    }
    const auto allFinished = [&replies] {
        return std::all_of(replies.begin(), replies.end(), [](const auto& reply) { return reply->isFinished(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 20000);

    for (const auto& reply : replies) {
        HttpResult http;
        http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        http.error = reply->error();
        http.body = reply->readAll();
        http.headers = reply->rawHeaderPairs();
        out.results.push_back(std::move(http));
    }
}

void TestSandboxThrottle::burstIsThrottled()
{
    const QString path =
        QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(m_sandbox->info().accountId);
    Burst first;
    burst(first, 25, "GET", path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.count(200) + first.count(429), 25);
    // The first ten of the second are always admitted; more only if the burst took longer than a second.
    QVERIFY2(first.count(200) >= 10, qPrintable(QString::number(first.count(200))));
    QVERIFY2(first.count(429) >= 1, "25 requests at once must exceed 10 per second");

    int retryAfter = 0;
    for (const HttpResult& result : first.results) {
        if (result.status != 429)
            continue;
        MTLS_VERIFY_JSON_ERROR(result, 429, 61);
        bool numeric = false;
        retryAfter = result.header("Retry-After").toInt(&numeric);
        QVERIFY2(numeric && retryAfter >= 1, result.header("Retry-After").constData());
    }

    // Honouring Retry-After is enough to be served again.
    QTest::qWait(retryAfter * 1000);
    Burst after;
    burst(after, 5, "GET", path);
    QCOMPARE(after.count(200), 5);
}

void TestSandboxThrottle::throttledPostsKeepConnectionsUsable()
{
    // A refused POST still has its body on the connection; the sandbox reads it, so the keep-alive connection stays
    // in step: every answer is a 401 (wrong password) or a 429, never a 400 from a body taken for a request.
    const QString path = QStringLiteral("/api/account/%1/login?v=1.3").arg(m_sandbox->info().accountId);
    const QByteArray body = R"({"username":"admin","password":"wrong"})";
    Burst posts;
    burst(posts, 20, "POST", path, body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(posts.count(401) + posts.count(429), 20);
    QVERIFY(posts.count(429) >= 1);
    for (const HttpResult& result : posts.results)
        MTLS_VERIFY_JSON_ERROR(result, result.status, result.status == 429 ? 61 : 31);

    waitForQuietSecond();
    Burst after;
    burst(after, 5, "POST", path, body);
    QCOMPARE(after.count(401), 5);
}

QTEST_GUILESS_MAIN(TestSandboxThrottle)
#include "tst_sandbox_throttle.moc"
