#include "p12/P12Builder.h"
#include "p12/P12Inspector.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk::p12;

// Key + CSR -> certificate (signed by a CA made now with the openssl CLI) -> P12 in both profiles -> our own
// inspector, `openssl pkcs12` and `keytool` must all read it. Re-wrap turns a legacy RC2 file into AES.
class TestP12Builder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyAndCsr_data();
    void keyAndCsr();
    void buildProfiles_data();
    void buildProfiles();
    void buildRefusesMismatchedKey();
    void nonAsciiPasswordWarns();
    void rewrapLegacyToJava17();

private:
    bool run(const QString& program, const QStringList& arguments, QByteArray* output = nullptr);
    QByteArray read(const QString& name);
    void write(const QString& name, const QByteArray& data);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

bool TestP12Builder::run(const QString& program, const QStringList& arguments, QByteArray* output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
                    process.exitCode() == 0;
    if (output)
        *output = process.readAll();
    if (!ok)
        qWarning("%s failed: %s", qPrintable(program), process.readAll().constData());
    return ok;
}

QByteArray TestP12Builder::read(const QString& name)
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestP12Builder::write(const QString& name, const QByteArray& data)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void TestP12Builder::initTestCase()
{
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                            QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                            QStringLiteral("-subj"), QStringLiteral("/CN=Builder Test Root"),
                                            QStringLiteral("-days"), QStringLiteral("3650")}));
    write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n");
}

void TestP12Builder::keyAndCsr_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<int>("bits");
    QTest::newRow("rsa2048") << KeyType::Rsa2048 << QStringLiteral("RSA") << 2048;
    QTest::newRow("ec-p256") << KeyType::EcP256 << QStringLiteral("EC") << 256;
    QTest::newRow("ec-p384") << KeyType::EcP384 << QStringLiteral("EC") << 384;
}

void TestP12Builder::keyAndCsr()
{
    QFETCH(KeyType, type);
    QFETCH(QString, expectedType);
    QFETCH(int, bits);
    const CsrResult csr = P12Builder::generateKeyAndCsr(
        type, {QStringLiteral("brand client"), QStringLiteral("Brand Ltd"), {}, {}, {}, QStringLiteral("DE"), {}}, "key-pass");
    QVERIFY2(csr.ok, qPrintable(csr.error));
    // (The marker is split so that no committed file carries a private-key PEM header.)
    QVERIFY(csr.keyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE" " KEY-----"));
    const QString tag = keyTypeKey(type);
    write(tag + QStringLiteral(".key"), csr.keyPem);
    write(tag + QStringLiteral(".csr"), csr.csrPem);
    QByteArray text;
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-in"), tag + QStringLiteral(".csr"),
                                            QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-subject")},
                &text));
    QVERIFY2(text.contains("CN = brand client") && text.contains("O = Brand Ltd") && text.contains("C = DE"), text);
    // The CA signs it, as the brand's CA would.
    QVERIFY(run(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), tag + QStringLiteral(".csr"),
                 QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-extfile"),
                 QStringLiteral("client.ext"), QStringLiteral("-out"), tag + QStringLiteral(".pem")}));

    const BuildResult built = P12Builder::build(read(tag + QStringLiteral(".key")), "key-pass",
                                                {read(tag + QStringLiteral(".pem")), read(QStringLiteral("ca.pem"))},
                                                "store-pass", Profile::Java17, QStringLiteral("brand client"));
    QVERIFY2(built.ok, qPrintable(built.error));
    QVERIFY(built.warnings.isEmpty());
    const Report report = P12Inspector::inspect(built.data, "store-pass");
    QVERIFY(report.readable);
    QVERIFY(!report.hasErrors());
    QVERIFY(report.keyMatchesLeaf);
    QCOMPARE(report.certificates.size(), 2);
    QCOMPARE(report.certificates.first().keyType, expectedType);
    QCOMPARE(report.certificates.first().keyBits, bits);
    QCOMPARE(report.certificates.first().friendlyName, QStringLiteral("brand client"));
    QVERIFY(report.chainComplete);
}

void TestP12Builder::buildProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<bool>("pbes2");
    QTest::addColumn<bool>("olderJava");
    QTest::newRow("java17") << Profile::Java17 << QStringLiteral("SHA256") << true << false;
    QTest::newRow("widest") << Profile::Widest << QStringLiteral("SHA1") << false << true;
}

void TestP12Builder::buildProfiles()
{
    QFETCH(Profile, profile);
    QFETCH(QString, mac);
    QFETCH(bool, pbes2);
    QFETCH(bool, olderJava);
    if (read(QStringLiteral("rsa2048.pem")).isEmpty())
        QSKIP("keyAndCsr did not make the certificate");
    const BuildResult built = P12Builder::build(read(QStringLiteral("rsa2048.key")), "key-pass",
                                                {read(QStringLiteral("rsa2048.pem")) + read(QStringLiteral("ca.pem"))},
                                                "store-pass", profile);
    QVERIFY2(built.ok, qPrintable(built.error));
    const Report report = P12Inspector::inspect(built.data, "store-pass");
    QVERIFY(report.readable);
    QCOMPARE(report.encryption.mac, mac);
    QCOMPARE(report.encryption.keysPbes2, pbes2);
    QCOMPARE(report.encryption.certificatesPbes2, pbes2);
    QVERIFY(report.java.loads);
    QCOMPARE(report.java.olderJavaLoads, olderJava);

    const QString file = profileKey(profile) + QStringLiteral(".p12");
    write(file, built.data);
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-noout"),
                                            QStringLiteral("-passin"), QStringLiteral("pass:store-pass")}));
    if (QStandardPaths::findExecutable(QStringLiteral("keytool")).isEmpty())
        QSKIP("keytool is not installed: the Java check of this row is skipped");
    QByteArray listing;
    QVERIFY(run(QStringLiteral("keytool"), {QStringLiteral("-list"), QStringLiteral("-storetype"), QStringLiteral("PKCS12"),
                                            QStringLiteral("-keystore"), file, QStringLiteral("-storepass"),
                                            QStringLiteral("store-pass")},
                &listing));
    QVERIFY2(listing.contains("PrivateKeyEntry"), listing);
}

void TestP12Builder::buildRefusesMismatchedKey()
{
    if (read(QStringLiteral("ec-p256.pem")).isEmpty())
        QSKIP("keyAndCsr did not make the certificate");
    const BuildResult built = P12Builder::build(read(QStringLiteral("rsa2048.key")), "key-pass",
                                                {read(QStringLiteral("ec-p256.pem"))}, "pw", Profile::Java17);
    QVERIFY(!built.ok);
    QVERIFY(built.error.contains(QStringLiteral("belongs")));
    const BuildResult wrongKeyPassword = P12Builder::build(read(QStringLiteral("rsa2048.key")), "nope",
                                                           {read(QStringLiteral("rsa2048.pem"))}, "pw", Profile::Java17);
    QVERIFY(!wrongKeyPassword.ok);
    QVERIFY(wrongKeyPassword.error.contains(QStringLiteral("password")));
}

void TestP12Builder::nonAsciiPasswordWarns()
{
    if (read(QStringLiteral("rsa2048.pem")).isEmpty())
        QSKIP("keyAndCsr did not make the certificate");
    const BuildResult built = P12Builder::build(read(QStringLiteral("rsa2048.key")), "key-pass",
                                                {read(QStringLiteral("rsa2048.pem"))}, QStringLiteral("pässwörd").toUtf8(),
                                                Profile::Java17);
    QVERIFY(built.ok);
    QCOMPARE(built.warnings.size(), 1);
    QVERIFY(built.warnings.first().contains(QStringLiteral("Java")));
    // The inspector agrees: Java would refuse it.
    const Report report = P12Inspector::inspect(built.data, QStringLiteral("pässwörd").toUtf8());
    QVERIFY(report.readable);
    QVERIFY(!report.java.loads);
}

void TestP12Builder::rewrapLegacyToJava17()
{
    if (read(QStringLiteral("rsa2048.pem")).isEmpty())
        QSKIP("keyAndCsr did not make the certificate");
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                                            QStringLiteral("-inkey"), QStringLiteral("rsa2048.key"), QStringLiteral("-passin"),
                                            QStringLiteral("pass:key-pass"), QStringLiteral("-in"), QStringLiteral("rsa2048.pem"),
                                            QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-passout"),
                                            QStringLiteral("pass:old"), QStringLiteral("-out"), QStringLiteral("legacy.p12")}));
    const Report before = P12Inspector::inspect(read(QStringLiteral("legacy.p12")), "old");
    QVERIFY(before.readable);
    QVERIFY(before.encryption.needsLegacyProvider);

    const BuildResult rewrapped = P12Builder::rewrap(read(QStringLiteral("legacy.p12")), "old", "new", Profile::Java17);
    QVERIFY2(rewrapped.ok, qPrintable(rewrapped.error));
    const Report after = P12Inspector::inspect(rewrapped.data, "new");
    QVERIFY(after.readable);
    QVERIFY(!after.encryption.needsLegacyProvider);
    QVERIFY(after.encryption.keysPbes2);
    QCOMPARE(after.certificates.size(), before.certificates.size());
    QCOMPARE(after.certificates.first().sha256, before.certificates.first().sha256);
    QVERIFY(after.keyMatchesLeaf);

    const BuildResult wrong = P12Builder::rewrap(read(QStringLiteral("legacy.p12")), "bad", "new", Profile::Java17);
    QVERIFY(!wrong.ok);
}

QTEST_GUILESS_MAIN(TestP12Builder)
#include "tst_p12builder.moc"
