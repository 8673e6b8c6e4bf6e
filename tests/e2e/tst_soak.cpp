// The soak test: the whole client flow through the core library (the classes the GUI uses: LoginFlow and Workspace,
// domain discovery, the P12 remote test, CertificateManager upload / list / delete, MappingEditor load / edit / save,
// RuntimeMonitor's check) in a loop against an mtls-sandbox started with --faults covering every fault kind (delay,
// 500, 502, 429, drop-before, drop-after, truncate, 401 revoking the bearer, 409 moving the mapping revision).
//
// The user it plays follows what the app tells it: after a failure it reads the sentence, logs in again when the
// session ended, refreshes the certificate list before uploading again, and saves the mappings again while there
// are unsaved edits. It proves, call by call, with the sandbox's own counts (GET /sandbox/stats, faults included):
//   - every idempotent call is retried within bounds: answered requests <= 1 + 429 retries + server retries;
//   - no non-idempotent call is duplicated: per logical call at most one request reached a handler (answered minus
//     the injected 429/500/502/401/409), no upload was ever refused as a duplicate name (409) and no mapping create as
//     a duplicate (400);
//   - every failure reaches the user as one clear sentence (the manager's / editor's `failed` text): not empty, no raw
//     Qt network text, and the sentence that belongs to the last fault the call met;
//   - no edit is lost: after a 409, a lost save answer or a revoked session the editor's working copy holds exactly
//     the intended mappings (with a draft on disk while they are unsaved).
// At the end the faulty sandbox is stopped and a fault-free one is started on the same data directory (a restart
// also proves that what was saved is in the database, not in a cache); the account's certificates and mappings read
// there must equal the intended ones exactly.
//
// Short by default (MTLSDESK_SOAK_SECONDS, 55 s of loop, about 60-70 s in all); by hand for an hour:
//   MTLSDESK_SOAK_SECONDS=3600 ctest --test-dir build -R tst_soak --timeout 4000
// MTLSDESK_SOAK_SEED fixes the sandbox's --faults-seed (the seed of a run is printed first) to replay a run.

#include "LoggedInWorkspace.h"

#include "certs/CertificateManager.h"
#include "flow/LoginFlow.h"
#include "mappings/MappingEditor.h"
#include "runtime/RuntimeMonitor.h"
#include "text/Messages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;
using namespace std::chrono;

namespace {

// Every fault kind on every endpoint the flow uses. 429=0 answers Retry-After: 0, so that the loop is not mostly
// waiting; the login's 429 keeps the real 1 s.
const char* const FaultSpec =
    "GET /api/account/*/service/**:delay=150ms@0.05,500@0.08,502@0.05,429=0@0.05,drop-before@0.05,drop-after@0.05,"
    "truncate@0.05;"
    "POST /api/account/*/login:delay=100ms@0.05,429@0.08,502@0.08,drop-before@0.05;"
    "GET /mtls/account/*/certificates:delay=200ms@0.05,500@0.08,502@0.05,429=0@0.05,drop-before@0.05,"
    "drop-after@0.06,truncate@0.08,401@0.02;"
    "POST /mtls/account/*/certificates/by-file:delay=200ms@0.05,500@0.07,502@0.05,429=0@0.06,drop-before@0.06,"
    "drop-after@0.12,truncate@0.08,401@0.04;"
    "DELETE /mtls/account/*/certificates/*:500@0.06,502@0.04,429=0@0.05,drop-before@0.05,drop-after@0.1,401@0.03;"
    "POST /mtls/account/*/p12-test/multipart:delay=200ms@0.05,502@0.08,429=0@0.05,drop-before@0.05,drop-after@0.05,"
    "truncate@0.06,401@0.02;"
    "GET /api/account/*/configuration/ac-common/mtls:500@0.06,502@0.04,429=0@0.05,drop-before@0.04,drop-after@0.05,"
    "truncate@0.08,401@0.02;"
    "POST|PUT|DELETE /api/account/*/configuration/ac-common/mtls**:409@0.12,drop-after@0.1,drop-before@0.05,500@0.05,"
    "502@0.04,429=0@0.05,truncate@0.05,401@0.03,delay=150ms@0.03;"
    "POST /api/account/*/checks/serviceUrlMappings:delay=150ms@0.05,500@0.05,502@0.05,429=0@0.05,drop-after@0.05,"
    "truncate@0.08";

const QList<milliseconds> RetryDelays{milliseconds(50), milliseconds(100), milliseconds(150)};
constexpr int RateLimitRetries = 3; // ApiContext's default
constexpr int MaxAnsweredIdempotent = 1 + RateLimitRetries + 3;
constexpr int MaxAnsweredWrite = 1 + RateLimitRetries;
constexpr int MaxUserAttempts = 12; // how often the user tries one step again before the test gives up

// What one logical call did, per "METHOD path" (from two /sandbox/stats snapshots).
struct KeyDelta
{
    qint64 answered = 0; // requests with an answer (status > 0)
    QHash<int, qint64> byStatus;
    QHash<QString, qint64> faults;
    qint64 processed() const
    {
        // Injected before the handler or refused by it because of the fault: the request changed nothing.
        return answered - faults.value(QStringLiteral("429")) - faults.value(QStringLiteral("500")) -
               faults.value(QStringLiteral("502")) - faults.value(QStringLiteral("401")) -
               faults.value(QStringLiteral("409"));
    }
};

struct Snapshot
{
    QJsonObject requests;
    QJsonObject faultsByRequest;
    qint64 faultSeq = 0;
    QJsonArray recent;
};

struct Delta
{
    QHash<QString, KeyDelta> keys;
    QList<std::pair<QString, QString>> faults; // (request, kind), in order
};

bool isRawTransportText(const QString& sentence)
{
    static const QStringList raw{QStringLiteral("Error transferring"), QStringLiteral("server replied"),
                                 QStringLiteral("Connection closed"),  QStringLiteral("Remote host closed"),
                                 QStringLiteral("QNetworkReply"),      QStringLiteral("Socket"),
                                 QStringLiteral("Operation canceled"), QStringLiteral("Unknown error")};
    return std::any_of(raw.cbegin(), raw.cend(), [&sentence](const QString& text) { return sentence.contains(text); });
}

// The fragment of the user's sentence that belongs to a fault kind.
QStringList expectedFragments(const QString& fault)
{
    if (fault == QLatin1String("500"))
        return {QStringLiteral("(HTTP 500)")};
    if (fault == QLatin1String("502"))
        return {QStringLiteral("(HTTP 502)")};
    if (fault == QLatin1String("429"))
        return {QStringLiteral("(HTTP 429")};
    if (fault == QLatin1String("drop-before"))
        return {QStringLiteral("connection to the service was lost")};
    if (fault == QLatin1String("drop-after")) // cut mid-body; an error status still says its own sentence
        return {QStringLiteral("cut off on the way"), QStringLiteral("(HTTP ")};
    if (fault == QLatin1String("truncate"))
        return {QStringLiteral("cut off on the way")};
    if (fault == QLatin1String("401"))
        return {QStringLiteral("Log in again")};
    if (fault == QLatin1String("409"))
        return {QStringLiteral("(HTTP 409)")};
    return {};
}

std::optional<Certificate> byName(CertificateManager& manager, const QString& name)
{
    for (const Certificate& certificate : manager.model().certificates()) {
        if (certificate.name == name)
            return certificate;
    }
    return std::nullopt;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void soak();
    void cleanupTestCase();

private:
    // --- the sandbox's counts
    Snapshot snapshot();
    Delta since(const Snapshot& before);
    // Bounds on one logical call's requests to keys matching `pattern`.
    void verifyAttempts(const Delta& delta, const QString& pattern, bool idempotent, const QString& call);
    // The user's sentence for a failed call whose requests matched `pattern`.
    void verifySentence(const QString& sentence, const Delta& delta, const QString& pattern, const QString& call);

    // --- the user's steps; each returns true when the step's goal was reached
    bool ensureLoggedIn();
    bool testP12();
    bool upload(const QString& name);
    bool refreshCertificates();
    bool saveIntendedMappings(int iteration);
    bool checkMappings();
    bool deleteCertificate(const QString& name);

    bool waitEditorIdle();
    bool loadEditor();
    void verifyNoEditLost(const QString& when);
    QString certificateId(const QString& name) const;
    QString pathOf(const QString& endpoint) const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    QByteArray m_p12;
    QByteArray m_p12Password;
    QString m_account;
    quint64 m_seed = 0;

    QStringList m_intendedCertificates;        // names that must exist once each
    QMap<QString, Mapping> m_intendedMappings; // by name; certificationId holds the certificate's *name*

    int m_calls = 0;
    int m_failures = 0;
    QHash<QString, int> m_faultsSeen;
};

void TestSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    m_seed = qEnvironmentVariableIsSet("MTLSDESK_SOAK_SEED") ? qEnvironmentVariable("MTLSDESK_SOAK_SEED").toULongLong()
                                                             : QRandomGenerator::global()->generate64();
    qInfo("fault seed: %llu (MTLSDESK_SOAK_SEED=%llu replays it)", m_seed, m_seed);
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--faults"), QString::fromLatin1(FaultSpec),
                                                             QStringLiteral("--faults-seed"), QString::number(m_seed),
                                                             QStringLiteral("--cache-seconds"), QStringLiteral("0")},
                                                 m_dataDir.path());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_account = m_sandbox->info().accountId;
    m_p12 = readFile(m_sandbox->info().demoP12);
    m_p12Password = m_sandbox->info().demoP12Password.toUtf8();
    QVERIFY(!m_p12.isEmpty());

    m_workspace = std::make_unique<Workspace>();
    m_workspace->setServerRetryDelays(RetryDelays);
    m_workspace->selectSandbox(m_dataDir.path());
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->environmentState(), Workspace::EnvironmentState::Ready, 30000);
}

void TestSoak::cleanupTestCase()
{
    m_workspace.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

QString TestSoak::pathOf(const QString& endpoint) const
{
    return QRegularExpression::escape(endpoint.arg(m_account));
}

// --- the sandbox's counts -----------------------------------------------------------------------------------

Snapshot TestSoak::snapshot()
{
    const HttpResult result = m_sandbox->get(QStringLiteral("/sandbox/stats"));
    const QJsonObject stats = QJsonDocument::fromJson(result.body).object();
    Snapshot snapshot;
    snapshot.requests = stats.value(QLatin1String("requests")).toObject();
    const QJsonObject faults = stats.value(QLatin1String("faults")).toObject();
    snapshot.faultsByRequest = faults.value(QLatin1String("byRequest")).toObject();
    snapshot.faultSeq = faults.value(QLatin1String("total")).toInteger();
    snapshot.recent = faults.value(QLatin1String("recent")).toArray();
    return snapshot;
}

Delta TestSoak::since(const Snapshot& before)
{
    const Snapshot now = snapshot();
    Delta delta;
    for (auto it = now.requests.constBegin(); it != now.requests.constEnd(); ++it) {
        const QJsonObject statuses = it.value().toObject().value(QLatin1String("byStatus")).toObject();
        const QJsonObject old = before.requests.value(it.key()).toObject().value(QLatin1String("byStatus")).toObject();
        KeyDelta key;
        for (auto status = statuses.constBegin(); status != statuses.constEnd(); ++status) {
            const qint64 count = status.value().toInteger() - old.value(status.key()).toInteger();
            if (count == 0)
                continue;
            key.byStatus.insert(status.key().toInt(), count);
            if (status.key() != QLatin1String("0"))
                key.answered += count;
        }
        const QJsonObject faults = now.faultsByRequest.value(it.key()).toObject();
        const QJsonObject oldFaults = before.faultsByRequest.value(it.key()).toObject();
        for (auto fault = faults.constBegin(); fault != faults.constEnd(); ++fault) {
            const qint64 count = fault.value().toInteger() - oldFaults.value(fault.key()).toInteger();
            if (count > 0)
                key.faults.insert(fault.key(), count);
        }
        if (!key.byStatus.isEmpty() || !key.faults.isEmpty())
            delta.keys.insert(it.key(), key);
    }
    for (const QJsonValue& entry : now.recent) {
        const QJsonObject fault = entry.toObject();
        if (fault.value(QLatin1String("seq")).toInteger() <= before.faultSeq)
            continue;
        const QString kind = fault.value(QLatin1String("fault")).toString();
        delta.faults.append({fault.value(QLatin1String("request")).toString(), kind});
        ++m_faultsSeen[kind];
    }
    return delta;
}

void TestSoak::verifyAttempts(const Delta& delta, const QString& pattern, bool idempotent, const QString& call)
{
    const QRegularExpression match(QStringLiteral("^") + pattern + QStringLiteral("$"));
    for (auto it = delta.keys.cbegin(); it != delta.keys.cend(); ++it) {
        if (!match.match(it.key()).hasMatch())
            continue;
        const KeyDelta& key = it.value();
        const QString where = QStringLiteral("%1: %2 answered %3, processed %4")
                                  .arg(call, it.key())
                                  .arg(key.answered)
                                  .arg(key.processed());
        QVERIFY2(key.answered <= (idempotent ? MaxAnsweredIdempotent : MaxAnsweredWrite), qPrintable(where));
        if (!idempotent)
            QVERIFY2(key.processed() <= 1, qPrintable(where + QStringLiteral(": a write reached the service twice")));
    }
}

void TestSoak::verifySentence(const QString& sentence, const Delta& delta, const QString& pattern, const QString& call)
{
    ++m_failures;
    const QString where = call + QStringLiteral(": \"") + sentence + QLatin1Char('"');
    QVERIFY2(!sentence.trimmed().isEmpty(), qPrintable(where));
    QVERIFY2(!isRawTransportText(sentence), qPrintable(where));
    QVERIFY2(sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QLatin1Char('"')), qPrintable(where));
    // The last fault that this call's own requests met (a delay does not fail anything).
    const QRegularExpression match(QStringLiteral("^") + pattern + QStringLiteral("$"));
    QString last;
    for (const auto& [request, kind] : delta.faults) {
        if (match.match(request).hasMatch() && kind != QLatin1String("delay"))
            last = kind;
    }
    QVERIFY2(!last.isEmpty(), qPrintable(where + QStringLiteral(": failed without an injected fault")));
    const QStringList fragments = expectedFragments(last);
    const bool said = std::any_of(fragments.cbegin(), fragments.cend(),
                                  [&sentence](const QString& fragment) { return sentence.contains(fragment); });
    QVERIFY2(said, qPrintable(where + QStringLiteral(" after fault ") + last));
}

// --- the user's steps ---------------------------------------------------------------------------------------

bool TestSoak::ensureLoggedIn()
{
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (m_workspace->session().isLoggedIn())
            return true;
        const SandboxInfo& info = m_sandbox->info();
        LoginRequest request;
        request.environment = m_workspace->environment();
        request.accountId = info.accountId;
        request.username = info.username;
        request.password = info.password.toUtf8();
        request.appKey = info.appKey;
        request.pacing = m_workspace->pacing();
        request.serverRetryDelays = RetryDelays;
        const Snapshot before = snapshot();
        LoginFlow flow(m_workspace->network());
        flow.start(request);
        ++m_calls;
        if (!QTest::qWaitFor(
                [&] {
                    return flow.status() == LoginFlow::Status::Succeeded || flow.status() == LoginFlow::Status::Failed;
                },
                60000))
            return false;
        const Delta delta = since(before);
        verifyAttempts(delta, QStringLiteral("GET /api/account/%1/service/.*").arg(m_account), true,
                       QStringLiteral("discovery"));
        verifyAttempts(delta, QStringLiteral("POST ") + pathOf(QStringLiteral("/api/account/%1/login")), false,
                       QStringLiteral("login"));
        if (flow.status() == LoginFlow::Status::Succeeded) {
            m_workspace->adopt(flow);
            continue;
        }
        verifySentence(Messages::loginProblem(flow), delta,
                       QStringLiteral("(GET|POST) /api/account/%1/(service/.*|login)").arg(m_account),
                       QStringLiteral("login"));
        if (QTest::currentTestFailed())
            return false;
    }
    return m_workspace->session().isLoggedIn();
}

bool TestSoak::testP12()
{
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!ensureLoggedIn())
            return false;
        const Snapshot before = snapshot();
        CertificateManager& certificates = m_workspace->certificates();
        QSignalSpy failed(&certificates, &CertificateManager::failed);
        P12TestJob* job = certificates.test(m_p12, m_p12Password);
        if (!job)
            return false;
        QSignalSpy tested(job, &P12TestJob::tested);
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !tested.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern = QStringLiteral("POST ") + pathOf(QStringLiteral("/mtls/account/%1/p12-test/multipart"));
        verifyAttempts(delta, pattern, true, QStringLiteral("P12 test"));
        if (!tested.isEmpty()) {
            const auto outcome = tested.first().first().value<P12TestOutcome>();
            if (!outcome.accepted)
                qWarning() << "P12 test verdict:" << outcome.httpStatus << outcome.serviceMessage;
            return outcome.accepted;
        }
        verifySentence(failed.first().first().toString(), delta, pattern, QStringLiteral("P12 test"));
        if (QTest::currentTestFailed())
            return false;
    }
    return false;
}

bool TestSoak::refreshCertificates()
{
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!ensureLoggedIn())
            return false;
        CertificateManager& certificates = m_workspace->certificates();
        const Snapshot before = snapshot();
        QSignalSpy refreshed(&certificates, &CertificateManager::refreshed);
        QSignalSpy failed(&certificates, &CertificateManager::failed);
        if (!certificates.refresh())
            return false;
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern = QStringLiteral("GET ") + pathOf(QStringLiteral("/mtls/account/%1/certificates"));
        verifyAttempts(delta, pattern, true, QStringLiteral("list certificates"));
        if (!refreshed.isEmpty())
            return true;
        verifySentence(failed.first().first().toString(), delta, pattern, QStringLiteral("list certificates"));
        if (QTest::currentTestFailed())
            return false;
    }
    return false;
}

bool TestSoak::upload(const QString& name)
{
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!ensureLoggedIn())
            return false;
        CertificateManager& certificates = m_workspace->certificates();
        const Snapshot before = snapshot();
        QSignalSpy saved(&certificates, &CertificateManager::saved);
        QSignalSpy failed(&certificates, &CertificateManager::failed);
        CertificateUploadJob::Upload request;
        request.name = name;
        request.p12 = m_p12;
        request.password = m_p12Password;
        if (!certificates.upload(std::move(request)))
            return false;
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern =
            QStringLiteral("POST ") + pathOf(QStringLiteral("/mtls/account/%1/certificates/by-file"));
        verifyAttempts(delta, pattern, false, QStringLiteral("upload ") + name);
        // The outcome check after a lost answer is one list read.
        verifyAttempts(delta, QStringLiteral("GET ") + pathOf(QStringLiteral("/mtls/account/%1/certificates")), true,
                       QStringLiteral("upload's check ") + name);
        if (!saved.isEmpty()) {
            if (saved.first().first().value<Certificate>().name != name)
                return false;
            return true;
        }
        const QString sentence = failed.first().first().toString();
        verifySentence(sentence, delta, pattern, QStringLiteral("upload ") + name);
        if (QTest::currentTestFailed())
            return false;
        // A lost answer: the app says whether the service has it; when it could not tell, the user refreshes the
        // list first, as the sentence asks, and uploads again only when the name is not there.
        const auto error = failed.first().at(1).value<ApiError>();
        if (error.mayHaveBeenServed() && error.kind != ApiError::Kind::BadPayload) {
            if (error.effect == ApiError::Effect::Unchecked) {
                qWarning() << "an upload whose answer was lost was not checked:" << sentence;
                return false;
            }
        }
        if (!refreshCertificates())
            return false;
        if (byName(certificates, name))
            return true;
    }
    return false;
}

bool TestSoak::deleteCertificate(const QString& name)
{
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!ensureLoggedIn())
            return false;
        CertificateManager& certificates = m_workspace->certificates();
        if (!certificates.isLoaded() && !refreshCertificates())
            return false;
        const std::optional<Certificate> known = byName(certificates, name);
        if (!known)
            return true; // gone (a delete whose answer was lost did land)
        const Snapshot before = snapshot();
        QSignalSpy removed(&certificates, &CertificateManager::removed);
        QSignalSpy failed(&certificates, &CertificateManager::failed);
        if (!certificates.remove(known->id))
            return false;
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !removed.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern = QStringLiteral("DELETE ") + pathOf(QStringLiteral("/mtls/account/%1/certificates/")) +
                                QString::number(known->id);
        verifyAttempts(delta, pattern, true, QStringLiteral("delete ") + name);
        if (!removed.isEmpty())
            return true;
        verifySentence(failed.first().first().toString(), delta, pattern, QStringLiteral("delete ") + name);
        if (QTest::currentTestFailed())
            return false;
    }
    return false;
}

bool TestSoak::waitEditorIdle()
{
    MappingEditor& editor = m_workspace->mappings();
    return QTest::qWaitFor(
        [&] {
            return editor.state() != MappingEditor::State::Loading && editor.state() != MappingEditor::State::Saving;
        },
        60000);
}

bool TestSoak::loadEditor()
{
    MappingEditor& editor = m_workspace->mappings();
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!waitEditorIdle() || !ensureLoggedIn())
            return false;
        if (editor.isLoaded() && editor.state() == MappingEditor::State::Ready)
            return true;
        const Snapshot before = snapshot();
        QSignalSpy loaded(&editor, &MappingEditor::loaded);
        QSignalSpy failed(&editor, &MappingEditor::failed);
        editor.load();
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern =
            QStringLiteral("GET ") + pathOf(QStringLiteral("/api/account/%1/configuration/ac-common/mtls"));
        verifyAttempts(delta, pattern, true, QStringLiteral("load mappings"));
        if (!loaded.isEmpty())
            return true;
        verifySentence(failed.first().first().toString(), delta, pattern, QStringLiteral("load mappings"));
        if (QTest::currentTestFailed())
            return false;
    }
    return false;
}

QString TestSoak::certificateId(const QString& name) const
{
    const std::optional<Certificate> certificate = byName(m_workspace->certificates(), name);
    return certificate ? QString::number(certificate->id) : QString();
}

void TestSoak::verifyNoEditLost(const QString& when)
{
    // The working copy, by name, must be what the user intends, whatever reached the service so far.
    MappingEditor& editor = m_workspace->mappings();
    QMap<QString, Mapping> working;
    for (const Mapping& mapping : editor.model().mappings())
        working.insert(mapping.name, mapping);
    QCOMPARE(working.keys(), m_intendedMappings.keys());
    for (const Mapping& intended : std::as_const(m_intendedMappings)) {
        const Mapping& mine = working.value(intended.name);
        QVERIFY2(mine.url == intended.url && mine.enable == intended.enable && mine.serviceId == intended.serviceId,
                 qPrintable(when + QStringLiteral(": ") + intended.name + QStringLiteral(" ") + mine.url));
    }
    // The draft is written a moment after the last edit (and before a save sends anything).
    if (editor.hasChanges())
        QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(editor.draftPath()); }, 3000),
                 qPrintable(when + QStringLiteral(": unsaved edits without a draft")));
}

// Brings the editor's working copy to the intended mappings and saves until nothing is left to save.
bool TestSoak::saveIntendedMappings(int iteration)
{
    MappingEditor& editor = m_workspace->mappings();
    const QString collection = pathOf(QStringLiteral("/api/account/%1/configuration/ac-common/mtls"));
    const QString writes = QStringLiteral("(POST|PUT|DELETE) ") + collection + QStringLiteral("(/[0-9]+)?");
    bool edited = false;
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!loadEditor())
            return false;
        if (!edited) {
            // The certificate picker needs the list (a new log-in cleared it).
            if (!m_workspace->certificates().isLoaded() && !refreshCertificates())
                return false;
            if (!loadEditor())
                return false;
            // The user's edits of this round, made once; from here on the editor must keep them.
            MappingsModel& model = editor.model();
            for (int row = model.rowCount() - 1; row >= 0; --row) {
                const Mapping mapping = model.mappingAt(row);
                if (!m_intendedMappings.contains(mapping.name))
                    model.removeRowList({row});
            }
            for (const Mapping& intended : std::as_const(m_intendedMappings)) {
                int found = -1;
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (model.mappingAt(row).name == intended.name)
                        found = row;
                }
                Mapping wanted = intended;
                wanted.certificationId = certificateId(intended.certificationId);
                if (wanted.certificationId.isEmpty())
                    return false;
                if (found < 0) {
                    model.addMapping(wanted);
                    continue;
                }
                const Mapping current = model.mappingAt(found);
                if (current.url != wanted.url)
                    model.setData(model.index(found, int(MappingsModel::Column::Url)), wanted.url, Qt::EditRole);
                if (current.enable != wanted.enable)
                    model.setData(model.index(found, int(MappingsModel::Column::Enabled)),
                                  wanted.enable ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
            }
            edited = true;
            verifyNoEditLost(QStringLiteral("after editing"));
            if (QTest::currentTestFailed())
                return false;
        }
        if (!editor.hasChanges())
            return true;
        const Snapshot before = snapshot();
        QSignalSpy saved(&editor, &MappingEditor::saved);
        QSignalSpy failed(&editor, &MappingEditor::failed);
        editor.save();
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        const QString sentence = failed.isEmpty() ? QString() : failed.first().first().toString();
        if (!waitEditorIdle()) // after a failure the editor re-reads the service and rebases the edits
            return false;
        const Delta delta = since(before);
        const QString call = QStringLiteral("save mappings (round %1)").arg(iteration);
        verifyAttempts(delta, writes, false, call);
        verifyAttempts(delta, QStringLiteral("GET ") + collection, true, call);
        if (!saved.isEmpty() && !editor.hasChanges())
            return true;
        if (!failed.isEmpty()) {
            // A write's sentence, or the re-read's ("Reading the mappings failed: ...") after the writes.
            verifySentence(sentence, delta,
                           sentence.startsWith(QLatin1String("Reading the mappings"))
                               ? QStringLiteral("GET ") + collection
                               : writes,
                           call);
            if (QTest::currentTestFailed())
                return false;
        }
        // No edit lost: after a 409, a lost answer or a revoked session, the working copy is still the intention
        // (when the session ended, the next loadEditor() brings it back from the draft).
        if (m_workspace->session().isLoggedIn() && editor.isLoaded()) {
            verifyNoEditLost(call);
            if (QTest::currentTestFailed())
                return false;
        }
    }
    return false;
}

bool TestSoak::checkMappings()
{
    RuntimeMonitor& runtime = m_workspace->runtime();
    for (int attempt = 0; attempt < MaxUserAttempts; ++attempt) {
        if (!ensureLoggedIn() || !waitEditorIdle())
            return false;
        const QList<Mapping> saved = m_workspace->mappings().base();
        if (saved.isEmpty())
            return true;
        const Snapshot before = snapshot();
        QSignalSpy finished(&runtime, &RuntimeMonitor::checkFinished);
        QSignalSpy failed(&runtime, &RuntimeMonitor::failed);
        if (!runtime.checkMappings(saved))
            return false;
        ++m_calls;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
            return false;
        const Delta delta = since(before);
        const QString pattern =
            QStringLiteral("POST ") + pathOf(QStringLiteral("/api/account/%1/checks/serviceUrlMappings"));
        verifyAttempts(delta, pattern, true, QStringLiteral("check mappings"));
        if (finished.first().first().toBool()) {
            // --cache-seconds 0: every enabled saved mapping with a live certificate exists for runtime.
            for (const Mapping& mapping : saved) {
                if (mapping.enable && !runtime.checker().results().value(MappingChecker::keyOf(mapping))) {
                    qWarning() << "check mapping says" << mapping.name << "does not exist";
                    return false;
                }
            }
            return true;
        }
        if (failed.isEmpty())
            return false;
        verifySentence(failed.first().first().toString(), delta,
                       QStringLiteral("(POST ") + pathOf(QStringLiteral("/api/account/%1/checks/serviceUrlMappings")) +
                           QStringLiteral("|GET .*)"),
                       QStringLiteral("check mappings"));
        if (QTest::currentTestFailed())
            return false;
    }
    return false;
}

// --- the loop -----------------------------------------------------------------------------------------------

void TestSoak::soak()
{
    const int seconds =
        qEnvironmentVariableIsSet("MTLSDESK_SOAK_SECONDS") ? qEnvironmentVariableIntValue("MTLSDESK_SOAK_SECONDS") : 55;
    QElapsedTimer clock;
    clock.start();
    int iteration = 0;
    for (; clock.elapsed() < seconds * 1000LL; ++iteration) {
        const QString certificate = QStringLiteral("soak%1").arg(iteration);
        QVERIFY2(testP12(), "the P12 test never passed");
        QVERIFY2(upload(certificate), qPrintable(QStringLiteral("upload of %1 never succeeded").arg(certificate)));
        m_intendedCertificates.append(certificate);

        // This round's edits: a new mapping for the new certificate, a changed URL and a toggle on the previous
        // ones, and the mapping of three rounds ago deleted (its certificate goes next round).
        Mapping added;
        added.name = QStringLiteral("m%1").arg(iteration);
        added.url = QStringLiteral("https://partner.example/soak/%1").arg(iteration);
        added.serviceId = QStringLiteral("1");
        added.enable = true;
        added.certificationId = certificate;
        m_intendedMappings.insert(added.name, added);
        const QString previous = QStringLiteral("m%1").arg(iteration - 1);
        if (m_intendedMappings.contains(previous)) {
            m_intendedMappings[previous].url += QStringLiteral("?round=%1").arg(iteration);
            m_intendedMappings[previous].enable = !m_intendedMappings[previous].enable;
        }
        m_intendedMappings.remove(QStringLiteral("m%1").arg(iteration - 3));
        QVERIFY2(saveIntendedMappings(iteration),
                 qPrintable(QStringLiteral("round %1: the mappings were never saved").arg(iteration)));
        QVERIFY2(checkMappings(), "check mappings never completed");

        const QString old = QStringLiteral("soak%1").arg(iteration - 4);
        if (m_intendedCertificates.contains(old)) {
            QVERIFY2(deleteCertificate(old), qPrintable(QStringLiteral("%1 was never deleted").arg(old)));
            m_intendedCertificates.removeAll(old);
        }
        QVERIFY2(refreshCertificates(), "the certificate list never loaded");
    }
    const Snapshot last = snapshot();
    qInfo("%d rounds, %d logical calls, %d failures told to the user, faults met by kind:", iteration, m_calls,
          m_failures);
    for (auto it = m_faultsSeen.cbegin(); it != m_faultsSeen.cend(); ++it)
        qInfo("  %s: %d", qPrintable(it.key()), it.value());

    // Across the whole run: no upload was refused as a duplicate name, no mapping create as a duplicate.
    const QJsonObject byFile =
        last.requests.value(QStringLiteral("POST /mtls/account/%1/certificates/by-file").arg(m_account))
            .toObject()
            .value(QLatin1String("byStatus"))
            .toObject();
    QCOMPARE(byFile.value(QLatin1String("409")).toInteger(), 0);
    const QJsonObject creates =
        last.requests.value(QStringLiteral("POST /api/account/%1/configuration/ac-common/mtls").arg(m_account))
            .toObject()
            .value(QLatin1String("byStatus"))
            .toObject();
    QCOMPARE(creates.value(QLatin1String("400")).toInteger(), 0);
    // Every kind was met at least once in a default-length run (the seed is printed to replay a miss).
    for (const char* kind : {"delay", "500", "502", "429", "drop-before", "drop-after", "truncate", "401", "409"})
        QVERIFY2(m_faultsSeen.value(QLatin1String(kind)) > 0, kind);

    // The final state, read through a fault-free sandbox on the same data directory.
    m_workspace.reset();
    m_sandbox->stop();
    SandboxFixture clean({}, m_dataDir.path());
    QVERIFY2(clean.start(), qPrintable(clean.failure()));
    const QByteArray bearer = clean.loginBearer();
    QVERIFY(!bearer.isEmpty());
    const HttpResult certificates = clean.get(QStringLiteral("/mtls/account/%1/certificates").arg(m_account),
                                              {{"Authorization", "Bearer " + bearer}});
    QCOMPARE(certificates.status, 200);
    const QList<Certificate> live = Certificate::listFromJson(certificates.body).value_or(QList<Certificate>());
    QStringList names;
    QHash<qint64, QString> nameOf;
    for (const Certificate& certificate : live) {
        names << certificate.name;
        nameOf.insert(certificate.id, certificate.name);
    }
    names.sort();
    QStringList intended = m_intendedCertificates;
    intended.sort();
    QCOMPARE(names, intended); // one certificate per intended name, none left over

    const HttpResult mappings =
        clean.get(QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(m_account),
                  {{"Authorization", "Bearer " + bearer}});
    QCOMPARE(mappings.status, 200);
    QMap<QString, Mapping> onServer;
    for (const Mapping& mapping : Mapping::listFromJson(mappings.body).value_or(QList<Mapping>())) {
        QVERIFY2(!onServer.contains(mapping.name), qPrintable(mapping.name));
        onServer.insert(mapping.name, mapping);
    }
    QCOMPARE(onServer.keys(), m_intendedMappings.keys());
    for (const Mapping& wanted : std::as_const(m_intendedMappings)) {
        const Mapping& stored = onServer.value(wanted.name);
        QCOMPARE(stored.url, wanted.url);
        QCOMPARE(stored.enable, wanted.enable);
        QCOMPARE(stored.serviceId, wanted.serviceId);
        QCOMPARE(nameOf.value(stored.certificationId.toLongLong()), wanted.certificationId);
    }
    clean.stop();
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
