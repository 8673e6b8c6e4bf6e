// OAuth1 (AppKey) verification of mtls-sandbox against the app's own signer (mtlsdesk::OAuth1Signer), through the
// sandbox-only GET /sandbox/account/{acc}/whoami, which accepts a Bearer or an OAuth1 signature.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include "net/OAuth1.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

class TestSandboxOAuth1 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void goodSignature_data();
    void goodSignature();
    void rejected_data();
    void rejected();
    void replayedNonce();
    void missingHeader_data();
    void missingHeader();
    void otherAccount();
    void bearerAlsoAccepted();

private:
    QString whoAmIPath(const QString& query = {}) const;
    HttpResult whoAmI(const QString& pathAndQuery, const QByteArray& authorization);
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxOAuth1::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    QVERIFY(m_sandbox->info().appKey.isComplete());
}

QString TestSandboxOAuth1::whoAmIPath(const QString& query) const
{
    return QStringLiteral("/sandbox/account/%1/whoami%2").arg(m_sandbox->info().accountId, query);
}

HttpResult TestSandboxOAuth1::whoAmI(const QString& pathAndQuery, const QByteArray& authorization)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isNull())
        headers.append({"Authorization", authorization});
    return m_sandbox->get(pathAndQuery, headers);
}

void TestSandboxOAuth1::goodSignature_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no query") << QString();
    QTest::newRow("v and encoded space") << QStringLiteral("?v=3.0&x=a%20b");
    QTest::newRow("unsorted and repeated") << QStringLiteral("?b=2&a=1&a=0&c=");
    QTest::newRow("reserved characters")
        << QStringLiteral("?url=https%3A%2F%2Fpartner.example%2Ftoken%3Fa%3D1&k=%C3%A9");
    QTest::newRow("tilde") << QStringLiteral("?x=a~b");
    // RFC 5849 §3.4.1.3.1 form-decodes '+' to a space: client and server must agree.
    QTest::newRow("plus") << QStringLiteral("?q=a+b");
}

void TestSandboxOAuth1::goodSignature()
{
    QFETCH(QString, query);
    const QString path = whoAmIPath(query);
    const QByteArray header = OAuth1Signer::authorizationHeader("GET", m_sandbox->url(path), m_sandbox->info().appKey);
    const HttpResult result = whoAmI(path, header);
    QCOMPARE(result.status, 200);
    const QJsonObject answer = jsonObject(result.body);
    QCOMPARE(answer.value(QLatin1String("auth")).toString(), QStringLiteral("oauth1"));
    QCOMPARE(answer.value(QLatin1String("accountId")).toString(), m_sandbox->info().accountId);
    QCOMPARE(answer.value(QLatin1String("loginName")).toString(), m_sandbox->info().username);
}

void TestSandboxOAuth1::rejected_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("internalCode");
    QTest::newRow("wrong consumer secret") << QStringLiteral("secret") << 46;
    QTest::newRow("wrong token secret") << QStringLiteral("tokenSecret") << 46;
    QTest::newRow("signed for another query") << QStringLiteral("query") << 46;
    QTest::newRow("signed for POST") << QStringLiteral("method") << 46;
    QTest::newRow("tampered signature") << QStringLiteral("tamper") << 46;
    QTest::newRow("wrong consumer key") << QStringLiteral("consumerKey") << 43;
    QTest::newRow("wrong token") << QStringLiteral("token") << 44;
    QTest::newRow("stale timestamp") << QStringLiteral("past") << 45;
    QTest::newRow("future timestamp") << QStringLiteral("future") << 45;
    QTest::newRow("PLAINTEXT method") << QStringLiteral("plaintext") << 41;
    QTest::newRow("version 2.0") << QStringLiteral("version") << 42;
    QTest::newRow("no nonce") << QStringLiteral("noNonce") << 40;
    QTest::newRow("not key=value") << QStringLiteral("garbage") << 40;
}

void TestSandboxOAuth1::rejected()
{
    QFETCH(QString, fault);
    QFETCH(int, internalCode);

    const QString path = whoAmIPath(QStringLiteral("?v=3.0"));
    OAuth1Credentials credentials = m_sandbox->info().appKey;
    QByteArray method = "GET";
    QUrl signedUrl = m_sandbox->url(path);
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (fault == QLatin1String("secret"))
        credentials.consumerSecret += QLatin1Char('x');
    else if (fault == QLatin1String("tokenSecret"))
        credentials.accessTokenSecret += QLatin1Char('x');
    else if (fault == QLatin1String("query"))
        signedUrl = m_sandbox->url(whoAmIPath(QStringLiteral("?v=4.0")));
    else if (fault == QLatin1String("method"))
        method = "POST";
    else if (fault == QLatin1String("consumerKey"))
        credentials.consumerKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    else if (fault == QLatin1String("token"))
        credentials.accessToken = QStringLiteral("0123456789abcdef0123456789abcdef");
    else if (fault == QLatin1String("past"))
        timestamp -= 1000;
    else if (fault == QLatin1String("future"))
        timestamp += 1000;

    QByteArray header = OAuth1Signer::authorizationHeader(method, signedUrl, credentials, {}, timestamp);
    if (fault == QLatin1String("tamper")) {
        const qsizetype at = header.indexOf("oauth_signature=\"") + qsizetype(qstrlen("oauth_signature=\""));
        header[at] = header.at(at) == 'A' ? 'B' : 'A';
    } else if (fault == QLatin1String("plaintext")) {
        header.replace("HMAC-SHA1", "PLAINTEXT");
    } else if (fault == QLatin1String("version")) {
        header.replace("oauth_version=\"1.0\"", "oauth_version=\"2.0\"");
    } else if (fault == QLatin1String("noNonce")) {
        header.replace("oauth_nonce=", "oauth_noncx=");
    } else if (fault == QLatin1String("garbage")) {
        header = "OAuth this is not a parameter list";
    }

    const HttpResult result = whoAmI(path, header);
    MTLS_VERIFY_JSON_ERROR(result, 401, internalCode);
    // The gateway signals an authentication failure with WWW-Authenticate (LivePerson's own client relies on it).
    QVERIFY(!result.header("WWW-Authenticate").isEmpty());
}

void TestSandboxOAuth1::replayedNonce()
{
    const QString path = whoAmIPath(QStringLiteral("?v=3.0"));
    const QByteArray header = OAuth1Signer::authorizationHeader("GET", m_sandbox->url(path), m_sandbox->info().appKey);
    QCOMPARE(whoAmI(path, header).status, 200);
    const HttpResult replay = whoAmI(path, header);
    MTLS_VERIFY_JSON_ERROR(replay, 401, 47);
    QVERIFY(errorOf(replay).value(QLatin1String("message")).toString().contains(QLatin1String("nonce")));

    // A new nonce with the same timestamp is a new request.
    const QByteArray fresh = OAuth1Signer::authorizationHeader("GET", m_sandbox->url(path), m_sandbox->info().appKey,
                                                               QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                                               QDateTime::currentSecsSinceEpoch());
    QCOMPARE(whoAmI(path, fresh).status, 200);
}

void TestSandboxOAuth1::missingHeader_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("basic") << QByteArray("Basic YWRtaW46YWRtaW4=");
    QTest::newRow("scheme only") << QByteArray("OAuth");
}

void TestSandboxOAuth1::missingHeader()
{
    QFETCH(QByteArray, authorization);
    const HttpResult result = whoAmI(whoAmIPath(), authorization);
    QCOMPARE(result.status, 401);
    MTLS_VERIFY_JSON_ERROR(result, 401, -1);
}

void TestSandboxOAuth1::otherAccount()
{
    // A good signature for the demo key, sent to another account's URL: that account has no such key.
    const QString path = QStringLiteral("/sandbox/account/12345/whoami");
    const QByteArray header = OAuth1Signer::authorizationHeader("GET", m_sandbox->url(path), m_sandbox->info().appKey);
    MTLS_VERIFY_JSON_ERROR(whoAmI(path, header), 401, 43);
}

void TestSandboxOAuth1::bearerAlsoAccepted()
{
    const QByteArray bearer = m_sandbox->loginBearer();
    QVERIFY(!bearer.isEmpty());
    const HttpResult result = whoAmI(whoAmIPath(), "Bearer " + bearer);
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonObject(result.body).value(QLatin1String("auth")).toString(), QStringLiteral("bearer"));

    MTLS_VERIFY_JSON_ERROR(whoAmI(whoAmIPath(), "Bearer 0000"), 401, 32);
    // The bearer is valid but belongs to the demo account, not to account 12345.
    MTLS_VERIFY_JSON_ERROR(whoAmI(QStringLiteral("/sandbox/account/12345/whoami"), "Bearer " + bearer), 403, 37);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth1)
#include "tst_sandbox_oauth1.moc"
