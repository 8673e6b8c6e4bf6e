// A create whose answer is lost, one fault at a time, against a real mtls-sandbox started with --faults at
// probability 1: the cases tst_soak meets by chance, made certain. An upload's answer cut off on the way is settled by
// reading the list back (never by sending again); a connection dropped before the service read the request is
// reported as not saved; and when the read-back itself meets a revoked session, the upload says it could not be
// checked and the session is over (it used to stay "logged in" until the next call failed with no cause in sight).

#include "LoggedInWorkspace.h"

#include "certs/Certificate.h"
#include "certs/CertificateManager.h"
#include "session/Session.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;
using namespace std::chrono;

namespace {

constexpr const char* UploadPath = "POST /mtls/account/*/certificates/by-file";
constexpr const char* ListPath = "GET /mtls/account/*/certificates";

// One sandbox with `faults`, a workspace logged in to it, and one upload of the demo P12 as `name`.
struct Run
{
    QTemporaryDir dataDir;
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<Workspace> workspace;
    QString sentence;
    ApiError error;
    bool saved = false;
};

} // namespace

class TestLostAnswers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cutOffUploadThatLandedIsSettled();
    void uploadDroppedBeforeTheServiceIsNotSaved();
    void revokedSessionDuringTheCheckEndsTheSession();

private:
    bool upload(Run& run, const QString& faults, const QString& name);
    qint64 uploadsSent(Run& run);
    int countOnService(Run& run, const QString& name);
};

void TestLostAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestLostAnswers::upload(Run& run, const QString& faults, const QString& name)
{
    if (!run.dataDir.isValid())
        return false;
    run.sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--faults"), faults},
                                                   run.dataDir.path());
    if (!run.sandbox->start()) {
        qWarning() << run.sandbox->failure();
        return false;
    }
    run.workspace = std::make_unique<Workspace>();
    run.workspace->setServerRetryDelays({milliseconds(20)});
    QString why;
    if (!logIn(*run.workspace, *run.sandbox, &why)) {
        qWarning() << why;
        return false;
    }
    CertificateManager& certificates = run.workspace->certificates();
    QSignalSpy saved(&certificates, &CertificateManager::saved);
    QSignalSpy failed(&certificates, &CertificateManager::failed);
    CertificateUploadJob::Upload request;
    request.name = name;
    request.p12 = readFile(run.sandbox->info().demoP12);
    request.password = run.sandbox->info().demoP12Password.toUtf8();
    if (request.p12.isEmpty() || !certificates.upload(std::move(request)))
        return false;
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 30000))
        return false;
    run.saved = !saved.isEmpty();
    if (!failed.isEmpty()) {
        run.sentence = failed.first().at(0).toString();
        run.error = failed.first().at(1).value<ApiError>();
    }
    return true;
}

// How many times the upload reached the sandbox (answered or cut off), from its own counts (GET /sandbox/stats).
qint64 TestLostAnswers::uploadsSent(Run& run)
{
    const HttpResult stats = run.sandbox->get(QStringLiteral("/sandbox/stats"));
    const QString key =
        QStringLiteral("POST /mtls/account/%1/certificates/by-file").arg(run.sandbox->info().accountId);
    return QJsonDocument::fromJson(stats.body)
        .object()
        .value(QLatin1String("requests"))
        .toObject()
        .value(key)
        .toObject()
        .value(QLatin1String("total"))
        .toInteger();
}

// How many certificates named `name` the service holds: the faulty sandbox is stopped and a fault-free one started on
// the same data directory (what was saved is in its database), and asked.
int TestLostAnswers::countOnService(Run& run, const QString& name)
{
    run.workspace.reset();
    run.sandbox->stop();
    SandboxFixture clean({}, run.dataDir.path());
    if (!clean.start())
        return -1;
    const QByteArray bearer = clean.loginBearer();
    const HttpResult listed = clean.get(QStringLiteral("/mtls/account/%1/certificates").arg(clean.info().accountId),
                                        {{"Authorization", "Bearer " + bearer}});
    if (listed.status != 200)
        return -1;
    const QList<Certificate> certificates = Certificate::listFromJson(listed.body).value_or(QList<Certificate>());
    return int(std::count_if(certificates.cbegin(), certificates.cend(),
                             [&name](const Certificate& certificate) { return certificate.name == name; }));
}

void TestLostAnswers::cutOffUploadThatLandedIsSettled()
{
    Run run;
    QVERIFY(upload(run, QString::fromLatin1(UploadPath) + QStringLiteral(":truncate@1"), QStringLiteral("cut-off")));
    QVERIFY2(run.saved, qPrintable(run.sentence)); // it landed; only its answer was lost
    QVERIFY(run.workspace->session().isLoggedIn());
    QCOMPARE(uploadsSent(run), 1); // never sent again
    QCOMPARE(countOnService(run, QStringLiteral("cut-off")), 1);
}

void TestLostAnswers::uploadDroppedBeforeTheServiceIsNotSaved()
{
    Run run;
    QVERIFY(upload(run, QString::fromLatin1(UploadPath) + QStringLiteral(":drop-before@1"), QStringLiteral("dropped")));
    QVERIFY(!run.saved);
    QCOMPARE(run.error.kind, ApiError::Kind::ConnectionLost);
    QCOMPARE(run.error.effect, ApiError::Effect::NotApplied);
    QVERIFY2(run.sentence.contains(QLatin1String("safe to try again")), qPrintable(run.sentence));
    QVERIFY(run.workspace->session().isLoggedIn());
    QCOMPARE(countOnService(run, QStringLiteral("dropped")), 0);
}

void TestLostAnswers::revokedSessionDuringTheCheckEndsTheSession()
{
    Run run;
    QVERIFY(upload(run,
                   QString::fromLatin1(UploadPath) + QStringLiteral(":truncate@1;") + QString::fromLatin1(ListPath) +
                       QStringLiteral(":401@1"),
                   QStringLiteral("unchecked")));
    QVERIFY(!run.saved);
    QCOMPARE(run.error.kind, ApiError::Kind::Incomplete); // what happened to the upload itself
    QCOMPARE(run.error.effect, ApiError::Effect::Unknown);
    QVERIFY2(run.sentence.contains(QLatin1String("could not be checked")), qPrintable(run.sentence));
    // The read-back's 401 ended the session at once: the app asks for a new login before the next call.
    QCOMPARE(run.workspace->session().state(), Session::State::Expired);
    QCOMPARE(uploadsSent(run), 1);
    QCOMPARE(countOnService(run, QStringLiteral("unchecked")), 1);
}

QTEST_GUILESS_MAIN(TestLostAnswers)
#include "tst_lostanswers.moc"
