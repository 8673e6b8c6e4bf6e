// The Login Service of mtls-sandbox over real HTTPS: login (user and app), refresh, logout, token expiry.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkCookie>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

struct LoggedIn
{
    QByteArray bearer;
    QByteArray csrf;
    QByteArray sessionId;
};

} // namespace

class TestSandboxLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginSucceeds();
    void appLoginSucceeds();
    void loginFails_data();
    void loginFails();
    void refreshExtendsSession();
    void refreshFails_data();
    void refreshFails();
    void logoutEndsSession();
    void tokensExpire();

private:
    QString loginPath(const QString& query = QStringLiteral("?v=1.3")) const;
    QByteArray credentials(const QString& password) const;
    LoggedIn login(SandboxFixture& sandbox);
    HttpResult whoAmI(SandboxFixture& sandbox, const QByteArray& bearer);
    HttpResult sessionCall(const QString& endpoint, const QByteArray& csrf, const QByteArray& sessionId);

    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxLogin::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

QString TestSandboxLogin::loginPath(const QString& query) const
{
    return QStringLiteral("/api/account/%1/login%2").arg(m_sandbox->info().accountId, query);
}

QByteArray TestSandboxLogin::credentials(const QString& password) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), m_sandbox->info().username},
                                     {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

LoggedIn TestSandboxLogin::login(SandboxFixture& sandbox)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), sandbox.info().username},
                                                      {QStringLiteral("password"), sandbox.info().password}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult result =
        sandbox.postJson(QStringLiteral("/api/account/%1/login?v=1.3").arg(sandbox.info().accountId), body);
    LoggedIn session;
    if (result.status != 200)
        return session;
    const QJsonObject answer = jsonObject(result.body);
    session.bearer = answer.value(QLatin1String("bearer")).toString().toUtf8();
    session.csrf = answer.value(QLatin1String("csrf")).toString().toUtf8();
    for (const QNetworkCookie& cookie : QNetworkCookie::parseCookies(result.header("Set-Cookie"))) {
        if (cookie.name() == "Session_id")
            session.sessionId = cookie.value();
    }
    return session;
}

HttpResult TestSandboxLogin::whoAmI(SandboxFixture& sandbox, const QByteArray& bearer)
{
    return sandbox.get(QStringLiteral("/sandbox/account/%1/whoami").arg(sandbox.info().accountId),
                       {{"Authorization", "Bearer " + bearer}});
}

HttpResult TestSandboxLogin::sessionCall(const QString& endpoint, const QByteArray& csrf, const QByteArray& sessionId)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("csrf"), QString::fromLatin1(csrf)}}).toJson(QJsonDocument::Compact);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!sessionId.isEmpty())
        headers.append({"Cookie", "Session_id=" + sessionId});
    return m_sandbox->postJson(QStringLiteral("/api/account/%1/%2").arg(m_sandbox->info().accountId, endpoint), body,
                               headers);
}

void TestSandboxLogin::loginSucceeds()
{
    const SandboxInfo& info = m_sandbox->info();
    const HttpResult result = m_sandbox->postJson(loginPath(), credentials(info.password));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonObject answer = jsonObject(result.body);

    for (const char* field : {"csrf", "wsuk", "bearer"})
        QVERIFY2(!answer.value(QLatin1String(field)).toString().isEmpty(), field);
    QVERIFY(answer.value(QLatin1String("bearer")).toString().size() >= 64); // 32 random bytes as hex
    QVERIFY2(answer.value(QLatin1String("sessionTTl")).isString(), "sessionTTl is documented as a string");
    QCOMPARE(answer.value(QLatin1String("sessionTTl")).toString(), QStringLiteral("28800000"));

    const QJsonObject config = answer.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("loginName")).toString(), info.username);
    QVERIFY(!config.value(QLatin1String("userId")).toString().isEmpty());
    QVERIFY(config.value(QLatin1String("userPrivileges")).isArray());
    QCOMPARE(config.value(QLatin1String("isLPA")), QJsonValue(false));
    QCOMPARE(config.value(QLatin1String("isAdmin")), QJsonValue(true));
    const qint64 serverTime = config.value(QLatin1String("serverCurrentTime")).toInteger();
    QVERIFY(qAbs(serverTime - QDateTime::currentMSecsSinceEpoch()) < 60000); // milliseconds, not seconds
    QVERIFY(!config.value(QLatin1String("accountTimeZoneId")).toString().isEmpty());

    const QJsonArray baseUris =
        answer.value(QLatin1String("csdsCollectionResponse")).toObject().value(QLatin1String("baseURIs")).toArray();
    QStringList services;
    for (const QJsonValue& entry : baseUris)
        services << entry.toObject().value(QLatin1String("service")).toString();
    for (const char* service : {"agentVep", "mtlsGateway", "accountConfigReadWrite", "sentinel"})
        QVERIFY2(services.contains(QLatin1String(service)), service);
    QVERIFY(answer.value(QLatin1String("accountData")).isObject());

    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(result.header("Set-Cookie"));
    QCOMPARE(cookies.size(), 1);
    QCOMPARE(cookies.first().name(), QByteArray("Session_id"));
    QVERIFY(!cookies.first().value().isEmpty());
    QVERIFY(cookies.first().isSecure());
    QVERIFY(cookies.first().isHttpOnly());
    QCOMPARE(cookies.first().path(), QStringLiteral("/"));

    const HttpResult me = whoAmI(*m_sandbox, answer.value(QLatin1String("bearer")).toString().toUtf8());
    QCOMPARE(me.status, 200);
    QCOMPARE(jsonObject(me.body).value(QLatin1String("auth")).toString(), QStringLiteral("bearer"));
}

void TestSandboxLogin::appLoginSucceeds()
{
    const SandboxInfo& info = m_sandbox->info();
    const QJsonObject body{{QStringLiteral("username"), info.username},
                           {QStringLiteral("appKey"), info.appKey.consumerKey},
                           {QStringLiteral("secret"), info.appKey.consumerSecret},
                           {QStringLiteral("accessToken"), info.appKey.accessToken},
                           {QStringLiteral("accessTokenSecret"), info.appKey.accessTokenSecret}};
    const HttpResult result = m_sandbox->postJson(loginPath(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(result.status, 200);
    QVERIFY(!jsonObject(result.body).value(QLatin1String("bearer")).toString().isEmpty());

    QJsonObject wrong = body;
    wrong.insert(QStringLiteral("secret"), QStringLiteral("not-the-secret"));
    MTLS_VERIFY_JSON_ERROR(m_sandbox->postJson(loginPath(), QJsonDocument(wrong).toJson(QJsonDocument::Compact)), 401,
                           31);
}

void TestSandboxLogin::loginFails_data()
{
    QTest::addColumn<QString>("account"); // "demo" stands for the sandbox's account
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body"); // "GOOD" / "WRONG" stand for the right / a wrong password
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("internalCode");

    const QString demo = QStringLiteral("demo");
    const QString v13 = QStringLiteral("?v=1.3");
    const QByteArray json = "application/json";
    QTest::newRow("wrong password") << demo << v13 << json << QByteArray("WRONG") << 401 << 31;
    QTest::newRow("unknown user") << demo << v13 << json << QByteArray(R"({"username":"nobody","password":"x"})") << 401
                                  << 31;
    QTest::newRow("unknown account") << QStringLiteral("99999999999") << v13 << json << QByteArray("GOOD") << 401 << 51;
    QTest::newRow("missing v") << demo << QString() << json << QByteArray("GOOD") << 400 << 21;
    QTest::newRow("v=1.2") << demo << QStringLiteral("?v=1.2") << json << QByteArray("GOOD") << 400 << 22;
    QTest::newRow("text/plain") << demo << v13 << QByteArray("text/plain") << QByteArray("GOOD") << 415 << 25;
    QTest::newRow("form encoded") << demo << v13 << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("username=admin&password=x") << 415 << 25;
    QTest::newRow("malformed JSON") << demo << v13 << json << QByteArray(R"({"username":"admin",)") << 400 << 23;
    QTest::newRow("JSON array") << demo << v13 << json << QByteArray(R"(["admin","x"])") << 400 << 23;
    QTest::newRow("empty body") << demo << v13 << json << QByteArray() << 400 << 23;
    QTest::newRow("no password") << demo << v13 << json << QByteArray(R"({"username":"admin"})") << 400 << 24;
    QTest::newRow("number password") << demo << v13 << json << QByteArray(R"({"username":"admin","password":1})") << 400
                                     << 24;
}

void TestSandboxLogin::loginFails()
{
    QFETCH(QString, account);
    QFETCH(QString, query);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, internalCode);

    const SandboxInfo& info = m_sandbox->info();
    if (body == "GOOD")
        body = credentials(info.password);
    else if (body == "WRONG")
        body = credentials(info.password + QStringLiteral("x"));
    if (account == QLatin1String("demo"))
        account = info.accountId;
    const HttpResult result =
        m_sandbox->send("POST", m_sandbox->url(QStringLiteral("/api/account/%1/login%2").arg(account, query)), body,
                        {{"Content-Type", contentType}, {"Accept", "application/json"}});
    MTLS_VERIFY_JSON_ERROR(result, status, internalCode);
    QVERIFY(result.header("Set-Cookie").isEmpty());
}

void TestSandboxLogin::refreshExtendsSession()
{
    const LoggedIn session = login(*m_sandbox);
    QVERIFY(!session.sessionId.isEmpty());
    const HttpResult result = sessionCall(QStringLiteral("refresh"), session.csrf, session.sessionId);
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonObject(result.body).value(QLatin1String("sessionTTl")), QJsonValue(QStringLiteral("28800000")));
    QCOMPARE(whoAmI(*m_sandbox, session.bearer).status, 200);
}

void TestSandboxLogin::refreshFails_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("rightCsrf");
    QTest::addColumn<bool>("sendCookie");
    QTest::addColumn<int>("internalCode");
    for (const QString& endpoint : {QStringLiteral("refresh"), QStringLiteral("logout")}) {
        QTest::addRow("%s: wrong csrf", qPrintable(endpoint)) << endpoint << false << true << 10;
        QTest::addRow("%s: no cookie", qPrintable(endpoint)) << endpoint << true << false << 34;
    }
}

void TestSandboxLogin::refreshFails()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, rightCsrf);
    QFETCH(bool, sendCookie);
    QFETCH(int, internalCode);

    const LoggedIn session = login(*m_sandbox);
    QVERIFY(!session.csrf.isEmpty());
    const HttpResult result = sessionCall(endpoint, rightCsrf ? session.csrf : QByteArray("0123456789abcdef"),
                                          sendCookie ? session.sessionId : QByteArray());
    MTLS_VERIFY_JSON_ERROR(result, 401, internalCode);
    const QJsonObject error = errorOf(result);
    QCOMPARE(error.value(QLatin1String("responseStatus")).toString(), QStringLiteral("UNAUTHORIZED"));
    if (internalCode == 10)
        QVERIFY(error.value(QLatin1String("message")).toString().startsWith(QLatin1String("CSRF token invalid!")));
    // A failed refresh or logout leaves the session alone.
    QCOMPARE(whoAmI(*m_sandbox, session.bearer).status, 200);
}

void TestSandboxLogin::logoutEndsSession()
{
    const LoggedIn session = login(*m_sandbox);
    QCOMPARE(whoAmI(*m_sandbox, session.bearer).status, 200);

    const HttpResult result = sessionCall(QStringLiteral("logout"), session.csrf, session.sessionId);
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.isEmpty());

    MTLS_VERIFY_JSON_ERROR(whoAmI(*m_sandbox, session.bearer), 401, 32);
    MTLS_VERIFY_JSON_ERROR(sessionCall(QStringLiteral("refresh"), session.csrf, session.sessionId), 401, 34);
    MTLS_VERIFY_JSON_ERROR(sessionCall(QStringLiteral("logout"), session.csrf, session.sessionId), 401, 34);
}

void TestSandboxLogin::tokensExpire()
{
    // A 3 s TTL: session A is refreshed after 2 s and outlives session B, which expires untouched.
    SandboxFixture sandbox({QStringLiteral("--token-ttl"), QStringLiteral("3")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    QElapsedTimer clock;
    clock.start();
    const LoggedIn a = login(sandbox);
    const LoggedIn b = login(sandbox);
    QVERIFY(!a.bearer.isEmpty() && !b.bearer.isEmpty());
    QCOMPARE(whoAmI(sandbox, b.bearer).status, 200);

    QTest::qWait(2000);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("csrf"), QString::fromLatin1(a.csrf)}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult refreshed =
        sandbox.postJson(QStringLiteral("/api/account/%1/refresh").arg(sandbox.info().accountId), body,
                         {{"Cookie", "Session_id=" + a.sessionId}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(jsonObject(refreshed.body).value(QLatin1String("sessionTTl")).toString(), QStringLiteral("3000"));

    HttpResult expired;
    QTRY_VERIFY_WITH_TIMEOUT((expired = whoAmI(sandbox, b.bearer)).status == 401, 3000);
    MTLS_VERIFY_JSON_ERROR(expired, 401, 33);
    QVERIFY2(errorOf(expired).value(QLatin1String("message")).toString().contains(QLatin1String("expired")),
             expired.body.constData());
    if (clock.elapsed() < 4500) // only meaningful while A is still inside its refreshed lifetime
        QCOMPARE(whoAmI(sandbox, a.bearer).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(whoAmI(sandbox, a.bearer).status == 401, 5000);
}

QTEST_GUILESS_MAIN(TestSandboxLogin)
#include "tst_sandbox_login.moc"
