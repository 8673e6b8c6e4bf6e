#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// mtls-desk-cli as a script would use it: exit status, --json fields, password sources, bad input (inspect and
// the other local commands; handshake without a server).
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void jsonShape();
    void passwordFromStdin();
    void csrBuildRewrap();
    void handshakeWithoutServer();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& arguments, const QByteArray& input = {}, const QByteArray& passwordEnv = {});
    bool openssl(const QStringList& arguments);
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

bool TestCli::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

TestCli::Run TestCli::cli(const QStringList& arguments, const QByteArray& input, const QByteArray& passwordEnv)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!passwordEnv.isNull())
        environment.insert(QStringLiteral("P12_PASSWORD"), QString::fromUtf8(passwordEnv));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MTLSDESK_CLI_PROGRAM), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Test material made now: a CA, a client certificate with clientAuth, one without, and their P12 files.
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Test Root"),
                     QStringLiteral("-days"), QStringLiteral("3650")}));
    for (const char* eku : {"clientAuth", "serverAuth"}) {
        const QString name = QString::fromLatin1(eku);
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                         name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}));
        QFile extensions(path("ext.cnf"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("extendedKeyUsage=" + QByteArray(eku) + "\n");
        extensions.close();
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                         QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("365"),
                         QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-out"), name + QStringLiteral(".pem")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), name + QStringLiteral(".key"),
                         QStringLiteral("-in"), name + QStringLiteral(".pem"), QStringLiteral("-certfile"), QStringLiteral("ca.pem"),
                         QStringLiteral("-passout"), QStringLiteral("pass:s3cret"), QStringLiteral("-out"),
                         name + QStringLiteral(".p12")}));
    }
    QFile empty(path("empty.p12"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    const QString client = path("clientAuth.p12");
    const QStringList env{QStringLiteral("--password-env"), QStringLiteral("P12_PASSWORD")};
    QTest::newRow("usable") << (QStringList{QStringLiteral("inspect"), client} + env) << QByteArray("s3cret") << 0;
    QTest::newRow("error finding") << (QStringList{QStringLiteral("inspect"), path("serverAuth.p12")} + env)
                                   << QByteArray("s3cret") << 1;
    QTest::newRow("wrong password") << (QStringList{QStringLiteral("inspect"), client} + env) << QByteArray("nope") << 2;
    QTest::newRow("empty file") << QStringList{QStringLiteral("inspect"), path("empty.p12")} << QByteArray() << 2;
    QTest::newRow("pem") << QStringList{QStringLiteral("inspect"), path("ca.pem")} << QByteArray() << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("inspect"), path("nope.p12")} << QByteArray() << 2;
    QTest::newRow("no command") << QStringList{} << QByteArray() << 64;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), client} << QByteArray() << 64;
    QTest::newRow("two files") << QStringList{QStringLiteral("inspect"), client, client} << QByteArray() << 64;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), client, QStringLiteral("--bogus")}
                                    << QByteArray() << 64;
    QTest::newRow("both password sources")
        << (QStringList{QStringLiteral("inspect"), client, QStringLiteral("--password-stdin")} + env) << QByteArray("x") << 64;
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    const Run run = cli(arguments, {}, password.isEmpty() ? QByteArray() : password);
    QVERIFY2(run.exitCode == exitCode, run.out + run.err);
    if (exitCode == 64)
        QVERIFY(run.err.contains("mtls-desk-cli inspect FILE"));
}

void TestCli::jsonShape()
{
    const Run run = cli({QStringLiteral("inspect"), path("clientAuth.p12"), QStringLiteral("--password-env"),
                         QStringLiteral("P12_PASSWORD"), QStringLiteral("--json")},
                        {}, "s3cret");
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("readable")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("hasPrivateKey")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("keyMatchesLeaf")).toBool(), true);
    const QJsonArray certificates = object.value(QLatin1String("certificates")).toArray();
    QCOMPARE(certificates.size(), 2);
    const QJsonObject leaf = certificates.at(0).toObject();
    QCOMPARE(leaf.value(QLatin1String("commonName")).toString(), QStringLiteral("clientAuth"));
    QCOMPARE(leaf.value(QLatin1String("keyType")).toString(), QStringLiteral("RSA"));
    QCOMPARE(leaf.value(QLatin1String("keyBits")).toInt(), 2048);
    QCOMPARE(leaf.value(QLatin1String("extendedKeyUsage")).toArray(), QJsonArray{QStringLiteral("clientAuth")});
    QCOMPARE(leaf.value(QLatin1String("isCA")).toBool(), false);
    QVERIFY(leaf.value(QLatin1String("notAfter")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(leaf.value(QLatin1String("sha256")).toString().size(), 95);
    QCOMPARE(certificates.at(1).toObject().value(QLatin1String("isCA")).toBool(), true);
    const QJsonObject encryption = object.value(QLatin1String("encryption")).toObject();
    for (const char* key : {"keys", "certificates", "mac", "iterations"})
        QVERIFY2(encryption.contains(QLatin1String(key)), key);
    QCOMPARE(encryption.value(QLatin1String("mac")).toString(), QStringLiteral("SHA256"));
    const QJsonObject java = object.value(QLatin1String("java")).toObject();
    QCOMPARE(java.value(QLatin1String("loads")).toBool(), true);
    QCOMPARE(java.value(QLatin1String("olderJavaLoads")).toBool(), false);
    QVERIFY(object.value(QLatin1String("findings")).isArray());

    const Run broken = cli({QStringLiteral("inspect"), path("ca.pem"), QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 2);
    const QJsonObject unreadable = QJsonDocument::fromJson(broken.out).object();
    QCOMPARE(unreadable.value(QLatin1String("readable")).toBool(), false);
    QCOMPARE(unreadable.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("not-pkcs12"));
    QVERIFY(!unreadable.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
}

void TestCli::passwordFromStdin()
{
    const Run run = cli({QStringLiteral("inspect"), path("clientAuth.p12"), QStringLiteral("--password-stdin")}, "s3cret\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usable for mutual TLS"));
    QVERIFY(!run.out.contains("s3cret") && !run.err.contains("s3cret"));
}

// The support team's request end to end on the command line: key + CSR, the CA signs, build the P12, re-wrap it.
void TestCli::csrBuildRewrap()
{
    Run run = cli({QStringLiteral("csr"), QStringLiteral("--key-type"), QStringLiteral("ec-p256"), QStringLiteral("--cn"),
                   QStringLiteral("brand mtls"), QStringLiteral("--org"), QStringLiteral("Brand"), QStringLiteral("--key-out"),
                   path("brand.key"), QStringLiteral("--csr-out"), path("brand.csr"), QStringLiteral("--key-password-env"),
                   QStringLiteral("P12_PASSWORD")},
                  {}, "key-secret");
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(QFile(path("brand.key")).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("brand.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"),
                     QStringLiteral("brand.pem")}));
    // build: the key's password and the P12's password both come from the environment variable P12_PASSWORD
    // here; a real run would use two variables.
    run = cli({QStringLiteral("build"), QStringLiteral("--key"), path("brand.key"), QStringLiteral("--key-password-env"),
               QStringLiteral("P12_PASSWORD"), QStringLiteral("--cert"), path("brand.pem"), QStringLiteral("--chain"),
               path("ca.pem"), QStringLiteral("--out"), path("brand.p12"), QStringLiteral("--profile"), QStringLiteral("widest"),
               QStringLiteral("--password-env"), QStringLiteral("P12_PASSWORD")},
              {}, "key-secret");
    QVERIFY2(run.exitCode == 0, run.err);
    run = cli({QStringLiteral("inspect"), path("brand.p12"), QStringLiteral("--password-env"), QStringLiteral("P12_PASSWORD"),
               QStringLiteral("--json")},
              {}, "key-secret");
    QVERIFY2(run.exitCode == 0, run.out);
    QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("encryption")).toObject().value(QLatin1String("mac")).toString(), QStringLiteral("SHA1"));
    QCOMPARE(report.value(QLatin1String("java")).toObject().value(QLatin1String("olderJavaLoads")).toBool(), true);

    run = cli({QStringLiteral("rewrap"), path("brand.p12"), QStringLiteral("--out"), path("brand-java17.p12"),
               QStringLiteral("--password-stdin"), QStringLiteral("--new-password-env"), QStringLiteral("P12_PASSWORD")},
              "key-secret\n", "new-secret");
    QVERIFY2(run.exitCode == 0, run.err);
    run = cli({QStringLiteral("inspect"), path("brand-java17.p12"), QStringLiteral("--password-env"),
               QStringLiteral("P12_PASSWORD"), QStringLiteral("--json")},
              {}, "new-secret");
    QVERIFY2(run.exitCode == 0, run.out);
    report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("encryption")).toObject().value(QLatin1String("mac")).toString(), QStringLiteral("SHA256"));

    // Failures are clear and change nothing.
    run = cli({QStringLiteral("build"), QStringLiteral("--key"), path("brand.key"), QStringLiteral("--key-password-env"),
               QStringLiteral("P12_PASSWORD"), QStringLiteral("--cert"), path("clientAuth.pem"), QStringLiteral("--out"),
               path("mismatch.p12"), QStringLiteral("--password-env"), QStringLiteral("P12_PASSWORD")},
              {}, "key-secret");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("belongs to this private key"));
    QVERIFY(!QFile::exists(path("mismatch.p12")));
    run = cli({QStringLiteral("csr"), QStringLiteral("--key-type"), QStringLiteral("dsa"), QStringLiteral("--cn"),
               QStringLiteral("x"), QStringLiteral("--key-out"), path("x.key"), QStringLiteral("--csr-out"), path("x.csr")});
    QCOMPARE(run.exitCode, 64);
    run = cli({QStringLiteral("build"), QStringLiteral("--key"), path("brand.key"), QStringLiteral("--cert"), path("brand.pem"),
               QStringLiteral("--out"), path("x.p12"), QStringLiteral("--profile"), QStringLiteral("fastest"),
               QStringLiteral("--password-env"), QStringLiteral("P12_PASSWORD")},
              {}, "x");
    QCOMPARE(run.exitCode, 64);
}


// handshake's usage errors and its failures before any TLS (closed port, wrong password); the handshakes themselves
// are tested against the sandbox's mTLS target in tests/e2e/tst_handshake.
void TestCli::handshakeWithoutServer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("https://127.0.0.1:%1/health").arg(server.serverPort());
    server.close();
    const QString p12 = path("clientAuth.p12");

    Run run = cli({QStringLiteral("handshake")});
    QCOMPARE(run.exitCode, 64);
    run = cli({QStringLiteral("handshake"), QStringLiteral("http://127.0.0.1/"), QStringLiteral("--p12"), p12});
    QCOMPARE(run.exitCode, 64);
    run = cli({QStringLiteral("handshake"), url});
    QVERIFY2(run.exitCode == 64, run.err); // no --p12
    run = cli({QStringLiteral("handshake"), url, QStringLiteral("--p12"), p12, QStringLiteral("--timeout"),
               QStringLiteral("0")});
    QCOMPARE(run.exitCode, 64);

    // A closed port: exit 2 and the verdict in JSON.
    run = cli({QStringLiteral("handshake"), url, QStringLiteral("--p12"), p12, QStringLiteral("--password-env"),
               QStringLiteral("P12_PASSWORD"), QStringLiteral("--ca"), path("ca.pem"), QStringLiteral("--json")},
              {}, "s3cret");
    QVERIFY2(run.exitCode == 2, run.out + run.err);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), QStringLiteral("connect-failed"));
    QVERIFY(report.value(QLatin1String("summary")).toString().contains(QLatin1String("refused")));
    QVERIFY(!run.out.contains("s3cret") && !run.err.contains("s3cret"));

    // The password from MTLSDESK_P12_PASSWORD when no option names one; a wrong one is a bad P12 (exit 2).
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MTLSDESK_P12_PASSWORD"), QStringLiteral("wrong"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MTLSDESK_CLI_PROGRAM),
                  {QStringLiteral("handshake"), url, QStringLiteral("--p12"), p12});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.startsWith("PROBLEM: "), out);
    QVERIFY(out.contains("password"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
