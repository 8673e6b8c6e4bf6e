#include "SandboxFixture.h"

#include "net/DomainsJob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;
using namespace std::chrono;

// The shared job base against real faults: the sandbox's throttle (429 + Retry-After), a server that accepts
// and never answers (timeout), a closed port (network), and an abort.
class TestApiJobFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rateLimitIsWaitedOut();
    void rateLimitGivesUpWhenTold();
    void silentServerTimesOut();
    void closedPortIsNetworkError();
    void abortIsCanceled();

private:
    ApiContext context() const;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestApiJobFaults::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("3")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

ApiContext TestApiJobFaults::context() const
{
    ApiContext context;
    context.accountId = m_sandbox->info().accountId;
    context.sslConfiguration = m_sandbox->sslConfiguration();
    context.serverRetryDelays = {milliseconds(100)};
    return context;
}

void TestApiJobFaults::rateLimitIsWaitedOut()
{
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<DomainsJob>> jobs;
    // 10 calls against 3 per second: the last ones need several waits.
    ApiContext patient = context();
    patient.maxRateLimitRetries = 6;
    int rateLimitedRetries = 0;
    int succeeded = 0;
    for (int i = 0; i < 10; ++i) {
        auto job = std::make_unique<DomainsJob>(network, patient, m_sandbox->info().baseUrl.authority());
        connect(job.get(), &ApiJob::retrying, this, [&rateLimitedRetries](milliseconds wait, int, bool rateLimited) {
            QVERIFY(wait >= milliseconds(1000)); // the sandbox says Retry-After: 1
            rateLimitedRetries += rateLimited ? 1 : 0;
        });
        connect(job.get(), &DomainsJob::discovered, this, [&succeeded] { ++succeeded; });
        jobs.push_back(std::move(job));
    }
    for (auto& job : jobs)
        job->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(jobs.begin(), jobs.end(), [](const auto& job) { return job->isRunning(); }),
                             30000);
    QVERIFY2(rateLimitedRetries > 0, "the sandbox's throttle should have answered 429 at least once");
    for (const auto& job : jobs)
        QVERIFY2(!job->error(), qPrintable(QStringLiteral("%1 %2").arg(int(job->error().kind)).arg(job->httpStatus())));
    QCOMPARE(succeeded, 10);
}

void TestApiJobFaults::rateLimitGivesUpWhenTold()
{
    QTest::qWait(1100); // a fresh throttle window
    QNetworkAccessManager network;
    ApiContext noRetries = context();
    noRetries.maxRateLimitRetries = 0;
    std::vector<std::unique_ptr<DomainsJob>> jobs;
    for (int i = 0; i < 8; ++i)
        jobs.push_back(std::make_unique<DomainsJob>(network, noRetries, m_sandbox->info().baseUrl.authority()));
    for (auto& job : jobs)
        job->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(jobs.begin(), jobs.end(), [](const auto& job) { return job->isRunning(); }),
                             20000);
    const auto limited = std::count_if(jobs.begin(), jobs.end(), [](const auto& job) {
        return job->error().kind == ApiError::Kind::RateLimited && job->httpStatus() == 429;
    });
    QVERIFY(limited > 0);
    QTest::qWait(1100);
}

void TestApiJobFaults::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held << socket; // accepted, never answered
    });
    QNetworkAccessManager network;
    ApiContext quick = context();
    quick.transferTimeout = milliseconds(500);
    quick.serverRetryDelays = {};
    DomainsJob job(network, quick, QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
    QSignalSpy failed(&job, &ApiJob::failed);
    job.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(job.error().kind, ApiError::Kind::Timeout);
    qDeleteAll(held);
}

void TestApiJobFaults::closedPortIsNetworkError()
{
    const quint16 port = unusedLocalPort();
    QNetworkAccessManager network;
    ApiContext once = context();
    once.serverRetryDelays = {milliseconds(50)}; // idempotent: one retry, then the error
    DomainsJob job(network, once, QStringLiteral("127.0.0.1:%1").arg(port));
    QSignalSpy retrying(&job, &ApiJob::retrying);
    QSignalSpy failed(&job, &ApiJob::failed);
    job.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(job.error().kind, ApiError::Kind::Network);
    QCOMPARE(retrying.count(), 1);
}

void TestApiJobFaults::abortIsCanceled()
{
    QNetworkAccessManager network;
    DomainsJob job(network, context(), m_sandbox->info().baseUrl.authority());
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    job.abort();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ApiError::Kind::Canceled);
}

QTEST_GUILESS_MAIN(TestApiJobFaults)
#include "tst_apijob_faults.moc"
