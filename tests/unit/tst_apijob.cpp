#include "net/ApiJob.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace mtlsdesk;
using namespace std::chrono;

class TestApiJob : public QObject
{
    Q_OBJECT
private slots:
    void serviceMessage_data();
    void serviceMessage();
    void retryAfter_data();
    void retryAfter();
    void retryAfterHttpDate();
};

void TestApiJob::serviceMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("login service error shape")
        << QByteArray(R"({"error":{"time":"t","message":"CSRF token invalid! x","internalCode":10}})")
        << QStringLiteral("CSRF token invalid! x");
    QTest::newRow("flat message") << QByteArray(R"({"message":"Duplicate name"})") << QStringLiteral("Duplicate name");
    QTest::newRow("error string") << QByteArray(R"({"error":"bad"})") << QStringLiteral("bad");
    QTest::newRow("errorMessage") << QByteArray(R"({"errorMessage":"nope"})") << QStringLiteral("nope");
    QTest::newRow("plain text") << QByteArray("  Bad site  ") << QStringLiteral("Bad site");
    QTest::newRow("html page") << QByteArray("<html><body>502</body></html>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("object without message") << QByteArray(R"({"code":5})") << QString();
}

void TestApiJob::serviceMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiJob::serviceMessageFromBody(body), expected);
}

void TestApiJob::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("missing") << QByteArray() << qint64(1234);
    QTest::newRow("negative") << QByteArray("-3") << qint64(1234);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(1234);
}

void TestApiJob::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    QCOMPARE(ApiJob::parseRetryAfter(value, milliseconds(1234)).count(), expectedMs);
}

void TestApiJob::retryAfterHttpDate()
{
    const QDateTime inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10);
    const QByteArray value =
        QLocale::c().toString(inTenSeconds, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    const qint64 wait = ApiJob::parseRetryAfter(value, milliseconds(1)).count();
    QVERIFY2(wait > 8000 && wait <= 10000, QByteArray::number(wait).constData());
    QCOMPARE(ApiJob::parseRetryAfter("Mon, 01 Jan 2001 00:00:00 GMT", milliseconds(1)).count(), qint64(0));
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
