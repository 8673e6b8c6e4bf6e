#include "SandboxFixture.h"

#include "p12/OpenSsl.h"
#include "tls/HandshakeProbe.h"
#include "tls/HandshakeReportText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

using namespace mtlsdesk;
using namespace mtlsdesk::test;
using namespace mtlsdesk::tls;

namespace {

using p12::BioPtr;
using p12::EvpPkeyPtr;
using p12::Pkcs12Ptr;
using p12::X509Ptr;
using p12::X509StackPtr;

constexpr qint64 Day = 24 * 3600;
const QByteArray Password = QByteArrayLiteral("handshake-test");

// Key and certificate material made now with the OpenSSL API (nothing secret is committed): EC P-256 keys, CAs and
// leaves with clientAuth, optionally already expired.
struct Identity
{
    EvpPkeyPtr key;
    X509Ptr certificate;
};

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// issuer == nullptr: a self-signed CA.
Identity makeIdentity(const char* commonName, const Identity* issuer, bool isCa, qint64 notBeforeOffset = -Day,
                      qint64 notAfterOffset = 30 * Day)
{
    static long serial = 1000;
    Identity identity;
    identity.key.reset(EVP_EC_gen("P-256"));
    identity.certificate.reset(X509_new());
    X509* certificate = identity.certificate.get();
    X509_set_version(certificate, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate), notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(certificate), notAfterOffset);
    X509_NAME* name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("mTLS Desk tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1, -1,
                               0);
    X509* issuerCertificate = issuer ? issuer->certificate.get() : certificate;
    X509_set_issuer_name(certificate, X509_get_subject_name(issuerCertificate));
    X509_set_pubkey(certificate, identity.key.get());
    if (isCa) {
        addExtension(certificate, issuerCertificate, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(certificate, issuerCertificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(certificate, issuerCertificate, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(certificate, issuerCertificate, NID_key_usage, "critical,digitalSignature");
        addExtension(certificate, issuerCertificate, NID_ext_key_usage, "clientAuth");
    }
    addExtension(certificate, issuerCertificate, NID_subject_key_identifier, "hash");
    X509_sign(certificate, issuer ? issuer->key.get() : identity.key.get(), EVP_sha256());
    return identity;
}

QByteArray makeP12(const Identity& leaf, const Identity& ca)
{
    X509StackPtr chain(sk_X509_new_null());
    X509_up_ref(ca.certificate.get());
    sk_X509_push(chain.get(), ca.certificate.get());
    Pkcs12Ptr p12(PKCS12_create(Password.constData(), "handshake test", leaf.key.get(), leaf.certificate.get(),
                                chain.get(), 0, 0, 0, 0, 0));
    if (!p12)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12.get());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

bool writeCertificatePem(const X509* certificate, const QString& path)
{
    BioPtr bio(BIO_new_file(QFile::encodeName(path).constData(), "w"));
    return bio && PEM_write_bio_X509(bio.get(), certificate) == 1;
}

} // namespace

// The handshake test against the sandbox's real mTLS target, which trusts the CA made here (--target-client-ca)
// besides its partner CA and names both in its certificate request; plus a closed port, a silent server, a cancel.
class TestHandshake : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedCertificateIsAccepted();
    void untrustedCaIsRejected();
    void missingCertificateIsRequired();
    void expiredCertificateIsRejected();
    void serverNotTrustedWithoutSandboxCa();
    void wrongPasswordIsBadP12();
    void closedPortFailsToConnect();
    void silentServerTimesOut();
    void cancelStopsTheProbe();
    void jsonAndTextShape();

private:
    HandshakeRequest request(const QByteArray& p12) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    Identity m_trustedCa;
    Identity m_strangerCa;
    QByteArray m_trustedP12;
    QByteArray m_strangerP12;
    QByteArray m_expiredP12;
    QString m_trustedCaName;
};

void TestHandshake::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trustedCa = makeIdentity("Handshake Test CA", nullptr, true);
    m_strangerCa = makeIdentity("Stranger CA", nullptr, true);
    const Identity trustedLeaf = makeIdentity("trusted client", &m_trustedCa, false);
    const Identity strangerLeaf = makeIdentity("stranger client", &m_strangerCa, false);
    const Identity expiredLeaf = makeIdentity("expired client", &m_trustedCa, false, -30 * Day, -Day);
    m_trustedP12 = makeP12(trustedLeaf, m_trustedCa);
    m_strangerP12 = makeP12(strangerLeaf, m_strangerCa);
    m_expiredP12 = makeP12(expiredLeaf, m_trustedCa);
    QVERIFY(!m_trustedP12.isEmpty() && !m_strangerP12.isEmpty() && !m_expiredP12.isEmpty());
    m_trustedCaName = QStringLiteral("CN=Handshake Test CA,O=mTLS Desk tests");

    const QString caFile = m_dir.filePath(QStringLiteral("client-ca.pem"));
    QVERIFY(writeCertificatePem(m_trustedCa.certificate.get(), caFile));
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--target-client-ca"), caFile});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    QVERIFY2(m_sandbox->info().targetUrl.isValid(), "the sandbox's ready line has no targetUrl");
}

HandshakeRequest TestHandshake::request(const QByteArray& p12) const
{
    HandshakeRequest request;
    request.url = QUrl(m_sandbox->info().targetUrl.toString() + QStringLiteral("/handshake?probe=1"));
    request.p12 = p12;
    request.p12Password = Password;
    request.extraCaFiles = {m_sandbox->info().caFile};
    request.timeoutMs = 15000;
    return request;
}

void TestHandshake::trustedCertificateIsAccepted()
{
    const HandshakeReport report = HandshakeProbe::run(request(m_trustedP12));
    QVERIFY2(report.verdict == Verdict::Ok, qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + report.summary));
    QCOMPARE(report.httpStatus, 200);
    QVERIFY(report.handshakeCompleted);
    QVERIFY(report.tlsVersion.startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!report.cipher.isEmpty());
    QVERIFY(report.serverVerified);
    QVERIFY(!report.serverChain.isEmpty());
    QVERIFY(report.serverChain.first().notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(report.clientCertificateRequested);
    QVERIFY(report.clientCertificateSent);
    // The target names its partner CA and ours.
    QVERIFY2(report.acceptedCaNames.contains(m_trustedCaName), qPrintable(report.acceptedCaNames.join(u'|')));
    QVERIFY(report.acceptedCaNames.size() >= 2);
    QVERIFY(report.chainMatchesAcceptedCa);
    QCOMPARE(report.matchedCaName, m_trustedCaName);
    QCOMPARE(report.clientCertificate.commonName, QStringLiteral("trusted client"));
    QVERIFY(report.serverAlert() == nullptr);
    QVERIFY(report.summary.contains(QLatin1String("accepted")));
}

void TestHandshake::untrustedCaIsRejected()
{
    const HandshakeReport report = HandshakeProbe::run(request(m_strangerP12));
    QVERIFY2(report.verdict == Verdict::ServerRejectedCertificate,
             qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + report.summary));
    QCOMPARE(
        report.summary,
        QStringLiteral("The server rejected the certificate: it does not trust the CA that issued it (unknown CA)."));
    QVERIFY(report.serverAlert());
    QCOMPARE(report.serverAlert()->code, 48);
    QVERIFY(report.clientCertificateRequested);
    QVERIFY(report.clientCertificateSent);
    QVERIFY(!report.acceptedCaNames.isEmpty());
    QVERIFY(!report.chainMatchesAcceptedCa);
    QCOMPARE(report.httpStatus, 0);
}

void TestHandshake::missingCertificateIsRequired()
{
    HandshakeRequest noCertificate = request({});
    noCertificate.sendClientCertificate = false;
    const HandshakeReport report = HandshakeProbe::run(noCertificate);
    QVERIFY2(report.verdict == Verdict::ClientCertificateRequired,
             qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + report.summary));
    QCOMPARE(report.summary, QStringLiteral("The server requires a client certificate and none was sent."));
    QVERIFY(report.clientCertificateRequested);
    QVERIFY(!report.clientCertificateSent);
    QVERIFY(report.acceptedCaNames.contains(m_trustedCaName));
    QVERIFY(report.serverAlert());
}

void TestHandshake::expiredCertificateIsRejected()
{
    const HandshakeReport report = HandshakeProbe::run(request(m_expiredP12));
    QVERIFY2(report.verdict == Verdict::ServerRejectedCertificate,
             qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + report.summary));
    QVERIFY(report.serverAlert());
    QCOMPARE(report.serverAlert()->name(), QStringLiteral("certificate expired"));
    QCOMPARE(report.summary, alertSentence(45, TlsAlert::Direction::Received));
    QVERIFY(report.summary.contains(QLatin1String("(certificate expired)")));
    // The chain itself matches: it is the date that is wrong.
    QVERIFY(report.chainMatchesAcceptedCa);
}

void TestHandshake::serverNotTrustedWithoutSandboxCa()
{
    HandshakeRequest systemOnly = request(m_trustedP12);
    systemOnly.extraCaFiles.clear();
    systemOnly.useSystemCas = true;
    const HandshakeReport report = HandshakeProbe::run(systemOnly);
    QVERIFY2(report.verdict == Verdict::ServerNotTrusted,
             qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + report.summary));
    QVERIFY(!report.serverVerified);
    QCOMPARE(report.verifyError, long(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
    QCOMPARE(report.summary, verifyErrorSentence(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
    QVERIFY(report.summary.contains(QLatin1String("does not trust")));
    QVERIFY(!report.handshakeCompleted);
    // The chain the server sent is shown even though it was refused.
    QVERIFY(!report.serverChain.isEmpty());
    QVERIFY(!report.clientCertificateSent);
}

void TestHandshake::wrongPasswordIsBadP12()
{
    HandshakeRequest wrong = request(m_trustedP12);
    wrong.p12Password = "not the password";
    const HandshakeReport report = HandshakeProbe::run(wrong);
    QCOMPARE(report.verdict, Verdict::BadP12);
    QVERIFY(!report.summary.isEmpty());
    QVERIFY(report.address.isEmpty()); // nothing was sent anywhere
}

void TestHandshake::closedPortFailsToConnect()
{
    const quint16 port = unusedLocalPort();
    HandshakeRequest closed = request(m_trustedP12);
    closed.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
    const HandshakeReport report = HandshakeProbe::run(closed);
    QCOMPARE(report.verdict, Verdict::ConnectFailed);
    QVERIFY2(report.summary.contains(QLatin1String("refused")), qPrintable(report.summary));
}

void TestHandshake::silentServerTimesOut()
{
    QTcpServer silent; // accepts (the kernel does) and never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    HandshakeRequest slow = request(m_trustedP12);
    slow.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()));
    slow.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const HandshakeReport report = HandshakeProbe::run(slow);
    QCOMPARE(report.verdict, Verdict::Timeout);
    QVERIFY(clock.elapsed() >= 450 && clock.elapsed() < 5000);
}

void TestHandshake::cancelStopsTheProbe()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    HandshakeRequest slow = request(m_trustedP12);
    slow.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()));
    slow.timeoutMs = 60000;
    std::atomic_bool cancel{false};
    QElapsedTimer clock;
    clock.start();
    QFuture<HandshakeReport> future =
        QtConcurrent::run([&slow, &cancel] { return HandshakeProbe::run(slow, &cancel); });
    QTest::qWait(300);
    QVERIFY(!future.isFinished());
    cancel = true;
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 3000);
    QCOMPARE(future.result().verdict, Verdict::Cancelled);
    QVERIFY(clock.elapsed() < 5000);
}

void TestHandshake::jsonAndTextShape()
{
    const HandshakeReport report = HandshakeProbe::run(request(m_trustedP12));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QLatin1String("http")).toObject().value(QLatin1String("status")).toInt(), 200);
    QVERIFY(
        !json.value(QLatin1String("connection")).toObject().value(QLatin1String("tlsVersion")).toString().isEmpty());
    const QJsonObject client = json.value(QLatin1String("clientCertificate")).toObject();
    QVERIFY(client.value(QLatin1String("acceptedCaNames")).toArray().contains(m_trustedCaName));
    QCOMPARE(client.value(QLatin1String("chainMatchesAcceptedCa")).toBool(), true);
    QVERIFY(json.value(QLatin1String("server")).toObject().value(QLatin1String("chain")).toArray().size() >= 1);
    // No secret in either form.
    const QString text = reportText(report);
    QVERIFY(!text.contains(QString::fromLatin1(Password)));
    QVERIFY(!QJsonDocument(json).toJson().contains(Password));
    QVERIFY(text.contains(QLatin1String("Our chain matches: yes")));

    const HandshakeReport rejected = HandshakeProbe::run(request(m_strangerP12));
    const QJsonArray alerts = rejected.toJson().value(QLatin1String("alerts")).toArray();
    QVERIFY(!alerts.isEmpty());
    QCOMPARE(alerts.first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(alerts.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("unknown CA"));
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
