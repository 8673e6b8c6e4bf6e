#include "env/Environment.h"
#include "env/SandboxLauncher.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;

class TestEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void ids();
    void sandboxTrustsExactlyItsCa();
    void readyLine_data();
    void readyLine();
};

void TestEnvironment::ids()
{
    QCOMPARE(Environment::production().id(), QStringLiteral("production"));
    QCOMPARE(Environment::production().discoveryHost, QStringLiteral("adminlogin.liveperson.net"));
    QCOMPARE(Environment::custom(QStringLiteral(" QA.Example:8443 ")).id(), QStringLiteral("custom-qa.example:8443"));
    QCOMPARE(Environment::kindFromKey(QStringLiteral("production")), Environment::Kind::Production);
    QCOMPARE(Environment::kindFromKey(QStringLiteral("nonsense"), Environment::Kind::Custom), Environment::Kind::Custom);
    QVERIFY(!Environment::sandbox(QStringLiteral("127.0.0.1:1"), QString()).isValid());
}

void TestEnvironment::sandboxTrustsExactlyItsCa()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    // A throw-away CA made with the openssl CLI, at test time.
    const int rc = QProcess::execute(QStringLiteral("openssl"),
                                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                      QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                      QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca-key.pem")),
                                      QStringLiteral("-out"), ca, QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                                      QStringLiteral("-days"), QStringLiteral("1")});
    QCOMPARE(rc, 0);
    QSslConfiguration configuration;
    QVERIFY(Environment::sandbox(QStringLiteral("127.0.0.1:1"), ca).sslConfiguration(configuration));
    QCOMPARE(configuration.caCertificates().size(), 1);
    QCOMPARE(configuration.caCertificates().first().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("Test CA"));

    QString problem;
    QVERIFY(!Environment::sandbox(QStringLiteral("127.0.0.1:1"), dir.filePath(QStringLiteral("missing.pem")))
                 .sslConfiguration(configuration, &problem));
    QVERIFY(problem.endsWith(QStringLiteral("missing.pem")));

    QVERIFY(Environment::production().sslConfiguration(configuration));
    QVERIFY(configuration.caCertificates() != QList<QSslCertificate>{QSslCertificate::fromPath(ca)});
}

void TestEnvironment::readyLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full") << QByteArray(R"({"event":"ready","baseUrl":"https://127.0.0.1:4433","caFile":"/d/ca.pem","accountId":"12345678","username":"admin","password":"p","appKey":{"consumerKey":"a","consumerSecret":"b","accessToken":"c","accessTokenSecret":"d"},"pid":7})") << true;
    QTest::newRow("not ready") << QByteArray(R"({"event":"starting"})") << false;
    QTest::newRow("plain http") << QByteArray(R"({"event":"ready","baseUrl":"http://127.0.0.1:1","caFile":"/c","accountId":"1"})") << false;
    QTest::newRow("garbage") << QByteArray("listening on 4433") << false;
}

void TestEnvironment::readyLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto info = SandboxInfo::fromReadyLine(line);
    QCOMPARE(info.has_value(), valid);
    if (valid) {
        QCOMPARE(info->baseUrl.port(), 4433);
        QCOMPARE(info->appKey.accessTokenSecret, QStringLiteral("d"));
        QVERIFY(info->appKey.isComplete());
        QCOMPARE(info->pid, qint64(7));
    }
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
