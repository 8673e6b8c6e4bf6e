// The certificate jobs and the CertificateManager against a real mtls-sandbox over HTTPS: the whole life of a
// certificate (upload, list, get, rename/replace, delete), the P12 tester's verdicts and its older forward mode
// through the sandbox's mTLS target, auto-generate, and the errors a user must understand (duplicate name,
// wrong password, wrong kind of credential, unknown id).

#include "SandboxFixture.h"

#include "certs/CertificateJobs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QSignalSpy>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;
using namespace std::chrono;

class TestCertificateJobs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadListGetRenameDelete();
    void duplicateNameIsExplained();
    void wrongPasswordIsExplained();
    void testerVerdicts();
    void testerForwardsThroughTarget();
    void testerForwardToDeadPortIs424();
    void generate();
    void appKeyOnlyContext();
    void unknownIdIsNotFound();

private:
    ApiContext context(bool withBearer = true);
    QString gateway() const { return m_sandbox->info().baseUrl.authority(); }
    template <typename Job> bool run(Job& job, ApiError* error = nullptr);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    QByteArray m_bearer;
    QByteArray m_demoP12;
    QByteArray m_demoPassword;
};

void TestCertificateJobs::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    QVERIFY(!m_bearer.isEmpty());
    m_demoP12 = readFile(m_sandbox->info().demoP12);
    QVERIFY2(!m_demoP12.isEmpty(), qPrintable(m_sandbox->info().demoP12));
    m_demoPassword = m_sandbox->info().demoP12Password.toUtf8();
    QVERIFY(!m_demoPassword.isEmpty());
}

ApiContext TestCertificateJobs::context(bool withBearer)
{
    ApiContext context;
    context.accountId = m_sandbox->info().accountId;
    context.sslConfiguration = m_sandbox->sslConfiguration();
    if (withBearer)
        context.bearer = m_bearer;
    context.appKey = m_sandbox->info().appKey;
    context.serverRetryDelays = {milliseconds(100)};
    return context;
}

template <typename Job> bool TestCertificateJobs::run(Job& job, ApiError* error)
{
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    if (!finished.wait(30000))
        return false;
    if (error)
        *error = job.error();
    return !job.error();
}

void TestCertificateJobs::uploadListGetRenameDelete()
{
    // Upload.
    CertificateUploadJob::Upload upload{QStringLiteral("PartnerIdp"), m_demoP12, m_demoPassword, 0,
                                        QStringLiteral("demo-client.p12")};
    CertificateUploadJob create(m_network, context(), gateway(), upload);
    QSignalSpy saved(&create, &CertificateUploadJob::saved);
    QSignalSpy progress(&create, &ApiJob::uploadProgress);
    ApiError error;
    QVERIFY2(run(create, &error), qPrintable(error.serviceMessage + error.detail));
    QCOMPARE(create.httpStatus(), 201);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!progress.isEmpty());
    const Certificate created = saved.first().first().value<Certificate>();
    QVERIFY(created.id > 0);
    QCOMPARE(created.name, QStringLiteral("PartnerIdp"));
    QCOMPARE(created.siteId, m_sandbox->info().accountId);
    QVERIFY(created.isAvailable());
    QVERIFY(created.expirationDate.isValid());
    QVERIFY(*created.daysLeft() > 300); // the demo certificate is valid for about two years

    // List and get one.
    CertificateListJob list(m_network, context(), gateway());
    QSignalSpy listed(&list, &CertificateListJob::listed);
    QVERIFY(run(list));
    const auto certificates = listed.first().first().value<QList<Certificate>>();
    QVERIFY(std::any_of(certificates.cbegin(), certificates.cend(), [&](const Certificate& c) { return c == created; }));
    CertificateGetJob get(m_network, context(), gateway(), created.id);
    QSignalSpy fetched(&get, &CertificateGetJob::fetched);
    QVERIFY(run(get));
    QCOMPARE(fetched.first().first().value<Certificate>(), created);

    // Rename: update by file (PUT, 200) keeps the id.
    upload.id = created.id;
    upload.name = QStringLiteral("PartnerIdpRenamed");
    CertificateUploadJob rename(m_network, context(), gateway(), upload);
    QSignalSpy renamed(&rename, &CertificateUploadJob::saved);
    QVERIFY2(run(rename, &error), qPrintable(error.serviceMessage));
    QCOMPARE(rename.httpStatus(), 200);
    QCOMPARE(renamed.first().first().value<Certificate>().id, created.id);
    QCOMPARE(renamed.first().first().value<Certificate>().name, QStringLiteral("PartnerIdpRenamed"));

    // Delete, then it is gone.
    CertificateDeleteJob remove(m_network, context(), gateway(), created.id);
    QSignalSpy deleted(&remove, &CertificateDeleteJob::deleted);
    QVERIFY(run(remove));
    QCOMPARE(deleted.size(), 1);
    CertificateGetJob again(m_network, context(), gateway(), created.id);
    QVERIFY(!run(again, &error));
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
}

void TestCertificateJobs::duplicateNameIsExplained()
{
    CertificateUploadJob::Upload upload{QStringLiteral("Twice"), m_demoP12, m_demoPassword, 0, {}};
    CertificateUploadJob first(m_network, context(), gateway(), upload);
    QVERIFY(run(first));
    CertificateUploadJob second(m_network, context(), gateway(), upload);
    ApiError error;
    QVERIFY(!run(second, &error));
    QVERIFY2(error.httpStatus >= 400 && error.httpStatus < 500, qPrintable(QString::number(error.httpStatus)));
    QVERIFY2(error.serviceMessage.contains(QLatin1String("Twice")), qPrintable(error.serviceMessage));
}

void TestCertificateJobs::wrongPasswordIsExplained()
{
    CertificateUploadJob job(m_network, context(), gateway(),
                             {QStringLiteral("WrongPassword"), m_demoP12, QByteArrayLiteral("not-it"), 0, {}});
    ApiError error;
    QVERIFY(!run(job, &error));
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QVERIFY2(error.serviceMessage.contains(QLatin1String("password"), Qt::CaseInsensitive),
             qPrintable(error.serviceMessage));
}

void TestCertificateJobs::testerVerdicts()
{
    P12TestJob good(m_network, context(), gateway(), m_demoP12, m_demoPassword);
    QSignalSpy goodTested(&good, &P12TestJob::tested);
    QVERIFY(run(good));
    auto outcome = goodTested.first().first().value<P12TestOutcome>();
    QVERIFY(outcome.accepted);
    QCOMPARE(outcome.httpStatus, 200);

    // 500 is the tester's "cannot use it" verdict: a result with the reason, not a failed call.
    P12TestJob bad(m_network, context(), gateway(), m_demoP12, QByteArrayLiteral("wrong"));
    QSignalSpy badTested(&bad, &P12TestJob::tested);
    QVERIFY(run(bad));
    outcome = badTested.first().first().value<P12TestOutcome>();
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.httpStatus, 500);
    QVERIFY2(outcome.serviceMessage.contains(QLatin1String("password"), Qt::CaseInsensitive),
             qPrintable(outcome.serviceMessage));

    P12TestJob garbage(m_network, context(), gateway(), QByteArray(2000, 'x'), m_demoPassword);
    QSignalSpy garbageTested(&garbage, &P12TestJob::tested);
    QVERIFY(run(garbage));
    QVERIFY(!garbageTested.first().first().value<P12TestOutcome>().accepted);

    // Bearer only: an AppKey-only context is refused as the wrong kind of credential.
    P12TestJob appKeyOnly(m_network, context(false), gateway(), m_demoP12, m_demoPassword);
    ApiError error;
    QVERIFY(!run(appKeyOnly, &error));
    QVERIFY2(error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden,
             qPrintable(QString::number(error.httpStatus)));
}

void TestCertificateJobs::testerForwardsThroughTarget()
{
    P12TestJob job(m_network, context(), gateway(), m_demoP12, m_demoPassword);
    P12TestJob::Forward forward;
    forward.url = m_sandbox->info().targetUrl.resolved(QUrl(QStringLiteral("/partner/token?x=1")));
    forward.method = "POST";
    forward.authorizationOverride = "Bearer partner-token";
    forward.contentTypeOverride = "application/json";
    forward.body = R"({"hello":"partner"})";
    job.setForward(forward);
    QSignalSpy tested(&job, &P12TestJob::tested);
    ApiError error;
    QVERIFY2(run(job, &error), qPrintable(error.serviceMessage + error.detail));
    const auto outcome = tested.first().first().value<P12TestOutcome>();
    QVERIFY(outcome.forwarded);
    QCOMPARE(outcome.httpStatus, 200);
    const QJsonObject echo = QJsonDocument::fromJson(outcome.body).object();
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/partner/token"));
    QCOMPARE(echo.value(QLatin1String("body")).toString(), QStringLiteral(R"({"hello":"partner"})"));
    QVERIFY2(echo.value(QLatin1String("clientCertificate")).toObject().value(QLatin1String("subject")).toString()
                 .contains(QLatin1String("mTLS Desk demo client")),
             outcome.body.constData());
}

void TestCertificateJobs::testerForwardToDeadPortIs424()
{
    const quint16 port = unusedLocalPort();
    P12TestJob job(m_network, context(), gateway(), m_demoP12, m_demoPassword);
    job.setForward({QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)), "GET", {}, {}, {}});
    QSignalSpy tested(&job, &P12TestJob::tested);
    QVERIFY(run(job));
    const auto outcome = tested.first().first().value<P12TestOutcome>();
    QCOMPARE(outcome.httpStatus, 424);
    QVERIFY(!outcome.transportMessage.isEmpty());
}

void TestCertificateJobs::generate()
{
    CertificateGenerateJob job(m_network, context(), gateway(), QStringLiteral("Generated01"),
                               QByteArrayLiteral("Sandbox1!pw"));
    QSignalSpy saved(&job, &CertificateGenerateJob::saved);
    ApiError error;
    QVERIFY2(run(job, &error), qPrintable(error.serviceMessage));
    QCOMPARE(job.httpStatus(), 201);
    QCOMPARE(saved.first().first().value<Certificate>().name, QStringLiteral("Generated01"));

    // The service enforces the rules too (the dialog checks them first).
    CertificateGenerateJob weak(m_network, context(), gateway(), QStringLiteral("Generated02"),
                                QByteArrayLiteral("weak"));
    QVERIFY(!run(weak, &error));
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QVERIFY(!error.serviceMessage.isEmpty());
}

void TestCertificateJobs::appKeyOnlyContext()
{
    // Without a session the list is read with the AppKey (OAuth1), which the contract allows.
    CertificateListJob list(m_network, context(false), gateway());
    QSignalSpy listed(&list, &CertificateListJob::listed);
    ApiError error;
    QVERIFY2(run(list, &error), qPrintable(error.serviceMessage));
    QCOMPARE(listed.size(), 1);
    // Upload by file is Bearer only: it is sent with an empty bearer and refused.
    CertificateUploadJob upload(m_network, context(false), gateway(),
                                {QStringLiteral("NoBearer"), m_demoP12, m_demoPassword, 0, {}});
    QVERIFY(!run(upload, &error));
    QVERIFY(error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden);
}

void TestCertificateJobs::unknownIdIsNotFound()
{
    CertificateDeleteJob remove(m_network, context(), gateway(), 1234567);
    ApiError error;
    QVERIFY(!run(remove, &error));
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestCertificateJobs)
#include "tst_certificatejobs.moc"
