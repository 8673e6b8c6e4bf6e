// The Domain API (CSDS) of mtls-sandbox over real HTTPS.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

class TestSandboxDomains : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allServices();
    void oneService_data();
    void oneService();
    void namesAreCaseSensitive_data();
    void namesAreCaseSensitive();
    void unknownAccount_data();
    void unknownAccount();
    void version_data();
    void version();

private:
    QString hostPort() const;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxDomains::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

QString TestSandboxDomains::hostPort() const
{
    const QUrl base = m_sandbox->info().baseUrl;
    return base.host() + QLatin1Char(':') + QString::number(base.port());
}

void TestSandboxDomains::allServices()
{
    const QString account = m_sandbox->info().accountId;
    const HttpResult result =
        m_sandbox->get(QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(account));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonArray entries = jsonObject(result.body).value(QLatin1String("baseURIs")).toArray();
    QVERIFY(entries.size() >= 4);
    QStringList services;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        services << entry.value(QLatin1String("service")).toString();
        QCOMPARE(entry.value(QLatin1String("account")).toString(), account);
        // host:port of this sandbox, without a scheme, as the real service writes its domains
        QCOMPARE(entry.value(QLatin1String("baseURI")).toString(), hostPort());
    }
    for (const char* service :
         {"agentVep", "mtlsGateway", "accountConfigReadWrite", "accountConfigReadOnly", "sentinel"})
        QVERIFY2(services.contains(QLatin1String(service)), service);
}

void TestSandboxDomains::oneService_data()
{
    QTest::addColumn<QString>("service");
    for (const char* service :
         {"agentVep", "mtlsGateway", "accountConfigReadWrite", "accountConfigReadOnly", "sentinel"})
        QTest::newRow(service) << QString::fromLatin1(service);
}

void TestSandboxDomains::oneService()
{
    QFETCH(QString, service);
    const QString account = m_sandbox->info().accountId;
    const HttpResult result =
        m_sandbox->get(QStringLiteral("/api/account/%1/service/%2/baseURI.json?version=1.0").arg(account, service));
    QCOMPARE(result.status, 200);
    const QJsonObject entry = jsonObject(result.body);
    QVERIFY2(!entry.contains(QLatin1String("baseURIs")), "one service answers the flat shape");
    QCOMPARE(entry.value(QLatin1String("service")).toString(), service);
    QCOMPARE(entry.value(QLatin1String("account")).toString(), account);
    QCOMPARE(entry.value(QLatin1String("baseURI")).toString(), hostPort());
}

void TestSandboxDomains::namesAreCaseSensitive_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("upper") << QStringLiteral("MTLSGATEWAY");
    QTest::newRow("lower") << QStringLiteral("mtlsgateway");
    QTest::newRow("capitalised") << QStringLiteral("AgentVep");
    QTest::newRow("unknown") << QStringLiteral("leDataReporting");
}

void TestSandboxDomains::namesAreCaseSensitive()
{
    QFETCH(QString, service);
    const HttpResult result = m_sandbox->get(QStringLiteral("/api/account/%1/service/%2/baseURI.json?version=1.0")
                                                 .arg(m_sandbox->info().accountId, service));
    MTLS_VERIFY_JSON_ERROR(result, 404, 52);
    QVERIFY(errorOf(result).value(QLatin1String("message")).toString().contains(service));
}

void TestSandboxDomains::unknownAccount_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("all services") << QStringLiteral("/api/account/1/service/baseURI.json?version=1.0");
    QTest::newRow("one service") << QStringLiteral("/api/account/1/service/agentVep/baseURI.json?version=1.0");
}

void TestSandboxDomains::unknownAccount()
{
    QFETCH(QString, path);
    const HttpResult result = m_sandbox->get(path);
    MTLS_VERIFY_JSON_ERROR(result, 404, 51);
    QVERIFY(errorOf(result).value(QLatin1String("message")).toString().contains(QLatin1String("1")));
}

void TestSandboxDomains::version_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("internalCode");
    for (const QString& suffix :
         {QStringLiteral("service/baseURI.json"), QStringLiteral("service/agentVep/baseURI.json")}) {
        QTest::addRow("%s: missing", qPrintable(suffix)) << suffix << QString() << 21;
        QTest::addRow("%s: empty", qPrintable(suffix)) << suffix << QStringLiteral("?version=") << 22;
        QTest::addRow("%s: 2.0", qPrintable(suffix)) << suffix << QStringLiteral("?version=2.0") << 22;
        QTest::addRow("%s: v=1.0", qPrintable(suffix)) << suffix << QStringLiteral("?v=1.0") << 21;
    }
}

void TestSandboxDomains::version()
{
    QFETCH(QString, suffix);
    QFETCH(QString, query);
    QFETCH(int, internalCode);
    const HttpResult result =
        m_sandbox->get(QStringLiteral("/api/account/%1/%2%3").arg(m_sandbox->info().accountId, suffix, query));
    MTLS_VERIFY_JSON_ERROR(result, 400, internalCode);
}

QTEST_GUILESS_MAIN(TestSandboxDomains)
#include "tst_sandbox_domains.moc"
