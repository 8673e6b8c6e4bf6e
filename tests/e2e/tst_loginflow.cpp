#include "SandboxFixture.h"

#include "app/Workspace.h"
#include "flow/LoginFlow.h"
#include "net/ApiJob.h"
#include "text/Messages.h"

#include <QSignalSpy>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

class TestLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inputProblems_data();
    void inputProblems();
    void loginSucceeds();
    void appLogin();
    void wrongPassword();
    void unknownAccount();
    void untrustedCertificate();
    void sessionExpiresAndRefreshes();

private:
    LoginRequest demoRequest() const;
    void runToEnd(LoginFlow& flow);
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestLoginFlow::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--token-ttl"), QStringLiteral("3")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

LoginRequest TestLoginFlow::demoRequest() const
{
    const SandboxInfo& info = m_sandbox->info();
    LoginRequest request;
    request.environment = Environment::sandbox(
        info.baseUrl.host() + QLatin1Char(':') + QString::number(info.baseUrl.port()), info.caFile);
    request.accountId = info.accountId;
    request.username = info.username;
    request.password = info.password.toUtf8();
    return request;
}

void TestLoginFlow::runToEnd(LoginFlow& flow)
{
    QTRY_VERIFY_WITH_TIMEOUT(flow.status() == LoginFlow::Status::Succeeded || flow.status() == LoginFlow::Status::Failed,
                             20000);
}

void TestLoginFlow::inputProblems_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<LoginFlow::Problem>("problem");
    QTest::newRow("no account") << QString() << QStringLiteral("u") << QByteArray("p") << LoginFlow::Problem::MissingAccount;
    QTest::newRow("bad account") << QStringLiteral("12 34") << QStringLiteral("u") << QByteArray("p") << LoginFlow::Problem::InvalidAccount;
    QTest::newRow("no user") << QStringLiteral("1") << QStringLiteral("  ") << QByteArray("p") << LoginFlow::Problem::MissingUsername;
    QTest::newRow("no password") << QStringLiteral("1") << QStringLiteral("u") << QByteArray() << LoginFlow::Problem::MissingPassword;
}

void TestLoginFlow::inputProblems()
{
    QFETCH(QString, account);
    QFETCH(QString, user);
    QFETCH(QByteArray, password);
    QFETCH(LoginFlow::Problem, problem);
    QNetworkAccessManager network;
    LoginFlow flow(network);
    LoginRequest request = demoRequest();
    request.accountId = account;
    request.username = user;
    request.password = password;
    flow.start(request);
    // Refused at once, without a request.
    QCOMPARE(flow.status(), LoginFlow::Status::Failed);
    QCOMPARE(flow.problem(), problem);
    QVERIFY(!Messages::loginProblem(flow).isEmpty());
}

void TestLoginFlow::loginSucceeds()
{
    Workspace workspace;
    LoginFlow flow(workspace.network());
    QSignalSpy statuses(&flow, &LoginFlow::statusChanged);
    QSignalSpy discovered(&flow, &LoginFlow::domainsDiscovered);
    flow.start(demoRequest());
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Succeeded);
    QCOMPARE(statuses.at(0).at(0).value<LoginFlow::Status>(), LoginFlow::Status::Discovering);
    QCOMPARE(statuses.at(1).at(0).value<LoginFlow::Status>(), LoginFlow::Status::LoggingIn);
    QCOMPARE(discovered.count(), 1);
    const QString hostPort = m_sandbox->info().baseUrl.authority();
    QCOMPARE(flow.domains().host(Domains::MtlsGateway), hostPort);
    QVERIFY(flow.domains().missing().isEmpty());
    QVERIFY(flow.result().isAdmin);
    QVERIFY(!flow.result().csrf.isEmpty());
    QVERIFY(!flow.result().sessionId.isEmpty());

    workspace.adopt(flow);
    QVERIFY(workspace.session().isLoggedIn());
    QVERIFY(!workspace.apiContext().bearer.isEmpty());
    QVERIFY(flow.result().bearer.isEmpty()); // moved into the session
    const qint64 ttl = QDateTime::currentDateTimeUtc().secsTo(workspace.session().expiresAt());
    QVERIFY2(ttl >= 1 && ttl <= 3, QByteArray::number(ttl).constData());

    // The bearer works on the service...
    const HttpResult whoami = m_sandbox->get(QStringLiteral("/sandbox/account/%1/whoami").arg(m_sandbox->info().accountId),
                                             {{"Authorization", "Bearer " + workspace.apiContext().bearer}});
    QCOMPARE(whoami.status, 200);
    // ...and logout kills it there too.
    const QByteArray bearer = workspace.apiContext().bearer;
    workspace.logout();
    QCOMPARE(workspace.session().state(), Session::State::LoggedOut);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->get(QStringLiteral("/sandbox/account/%1/whoami").arg(m_sandbox->info().accountId),
                                             {{"Authorization", "Bearer " + bearer}})
                                  .status,
                              401, 10000);
}

void TestLoginFlow::appLogin()
{
    QNetworkAccessManager network;
    LoginFlow flow(network);
    LoginRequest request = demoRequest();
    request.password.clear();
    request.appKey = m_sandbox->info().appKey;
    flow.start(request);
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Succeeded);
    QVERIFY(!flow.result().bearer.isEmpty());
}

void TestLoginFlow::wrongPassword()
{
    QNetworkAccessManager network;
    LoginFlow flow(network);
    LoginRequest request = demoRequest();
    request.password = "not-the-password";
    flow.start(request);
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Failed);
    QCOMPARE(flow.problem(), LoginFlow::Problem::Api);
    QCOMPARE(flow.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(flow.error().httpStatus, 401);
    QVERIFY2(Messages::loginProblem(flow).startsWith(QStringLiteral("Wrong user name or password")),
             qPrintable(Messages::loginProblem(flow)));
}

void TestLoginFlow::unknownAccount()
{
    QNetworkAccessManager network;
    LoginFlow flow(network);
    LoginRequest request = demoRequest();
    request.accountId = QStringLiteral("99999999x");
    flow.start(request);
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Failed);
    QVERIFY(flow.error().httpStatus >= 400 && flow.error().httpStatus < 500);
    QVERIFY(!flow.error().serviceMessage.isEmpty());
    QVERIFY2(Messages::loginProblem(flow).contains(QStringLiteral("99999999x")), qPrintable(Messages::loginProblem(flow)));
}

void TestLoginFlow::untrustedCertificate()
{
    // Production trust (the system store) must refuse the sandbox's private CA: TLS verification is never off.
    QNetworkAccessManager network;
    LoginFlow flow(network);
    LoginRequest request = demoRequest();
    request.environment = Environment::custom(m_sandbox->info().baseUrl.authority());
    flow.start(request);
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Failed);
    QCOMPARE(flow.error().kind, ApiError::Kind::Tls);
    QVERIFY(!flow.error().detail.isEmpty());
}

void TestLoginFlow::sessionExpiresAndRefreshes()
{
    Workspace workspace;
    LoginFlow flow(workspace.network());
    flow.start(demoRequest());
    runToEnd(flow);
    QCOMPARE(flow.status(), LoginFlow::Status::Succeeded);
    workspace.session().setRefreshInterval(std::chrono::milliseconds(1000));
    workspace.adopt(flow);
    // The refresh keeps the 3-second session alive past its first expiry.
    QTest::qWait(4500);
    QVERIFY(workspace.session().isLoggedIn());

    // Without refresh, the token expires: the session says so and asks for a new log-in.
    Workspace other;
    LoginFlow second(other.network());
    second.start(demoRequest());
    runToEnd(second);
    other.session().setRefreshInterval(std::chrono::hours(1));
    other.adopt(second);
    QSignalSpy relogin(&other.session(), &Session::reloginRequired);
    QVERIFY(relogin.wait(6000));
    QCOMPARE(other.session().state(), Session::State::Expired);
}

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
