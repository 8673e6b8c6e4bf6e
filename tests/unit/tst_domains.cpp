#include "net/Domains.h"
#include "net/DomainsJob.h"

#include <QTest>

using namespace mtlsdesk;

class TestDomains : public QObject
{
    Q_OBJECT
private slots:
    void parseBothShapes_data();
    void parseBothShapes();
    void validHost_data();
    void validHost();
    void overrides();
};

void TestDomains::parseBothShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("mtlsGateway");
    QTest::newRow("all services") << QByteArray(R"({"baseURIs":[{"service":"mtlsGateway","account":"1","baseURI":"va-a.mtls.liveperson.net"},{"service":"agentVep","account":"1","baseURI":"va.agentvep.liveperson.net"}]})")
                                  << 2 << QStringLiteral("va-a.mtls.liveperson.net");
    QTest::newRow("single flat") << QByteArray(R"({"service":"mtlsGateway","account":"1","baseURI":"127.0.0.1:8443"})")
                                 << 1 << QStringLiteral("127.0.0.1:8443");
    QTest::newRow("wrapper under single url") << QByteArray(R"({"baseURIs":[{"service":"mtlsGateway","baseURI":"h.example"}]})")
                                              << 1 << QStringLiteral("h.example");
    QTest::newRow("bad host dropped") << QByteArray(R"({"baseURIs":[{"service":"mtlsGateway","baseURI":"https://x/y"}]})")
                                      << 0 << QString();
    QTest::newRow("empty list") << QByteArray(R"({"baseURIs":[]})") << 0 << QString();
    QTest::newRow("not json") << QByteArray("<html>") << 0 << QString();
}

void TestDomains::parseBothShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, mtlsGateway);
    QString problem;
    const auto parsed = DomainsJob::parseBaseUris(body, &problem);
    QCOMPARE(parsed.size(), count);
    QCOMPARE(parsed.value(Domains::MtlsGateway), mtlsGateway);
    QCOMPARE(problem.isEmpty(), count > 0);
}

void TestDomains::validHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << QStringLiteral("va.agentvep.liveperson.net") << true;
    QTest::newRow("ip port") << QStringLiteral("127.0.0.1:8443") << true;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:8443") << true;
    QTest::newRow("scheme") << QStringLiteral("https://x") << false;
    QTest::newRow("path") << QStringLiteral("x/y") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("port too long") << QStringLiteral("x:123456") << false;
}

void TestDomains::validHost()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(Domains::isValidHost(host), valid);
}

void TestDomains::overrides()
{
    Domains domains;
    domains.setDiscovered({{Domains::MtlsGateway, QStringLiteral("a.example")}, {Domains::AgentVep, QStringLiteral("b.example")}});
    QCOMPARE(domains.missing(), QStringList({Domains::AccountConfigReadWrite, Domains::Sentinel}));
    domains.setOverride(Domains::MtlsGateway, QStringLiteral(" c.example:9443 "));
    QCOMPARE(domains.host(Domains::MtlsGateway), QStringLiteral("c.example:9443"));
    QCOMPARE(domains.url(Domains::MtlsGateway, QStringLiteral("/mtls/account/1"), QStringLiteral("v=1")).toString(),
             QStringLiteral("https://c.example:9443/mtls/account/1?v=1"));
    domains.setOverride(Domains::MtlsGateway, QString());
    QCOMPARE(domains.host(Domains::MtlsGateway), QStringLiteral("a.example"));
    QVERIFY(!domains.url(Domains::Sentinel, QStringLiteral("/x")).isValid());
    // Service names are case sensitive.
    QVERIFY(!domains.has(QStringLiteral("MTLSGATEWAY")));
}

QTEST_GUILESS_MAIN(TestDomains)
#include "tst_domains.moc"
