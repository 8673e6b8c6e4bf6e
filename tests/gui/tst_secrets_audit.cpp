#include "SandboxFixture.h"

#include "MainWindow.h"
#include "app/Logging.h"
#include "app/Workspace.h"
#include "mappings/MappingEditor.h"
#include "pages/MappingsPage.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "secrets/ProcessHardening.h"
#include "secrets/Wipe.h"
#include "widgets/LoginForm.h"
#include "widgets/P12View.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstring>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

// 24 random letters and digits: nothing else in the process looks like it.
QByteArray randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QByteArray password(24, Qt::Uninitialized);
    for (char& c : password)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return password;
}

// A PKCS#12 (EC P-256 key, self-signed certificate) made in this process, so that no command line or
// environment ever holds its password (OpenSSL cleanses its own copies).
bool writeP12(const QString& path, const QByteArray& password)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    X509* cert = X509_new();
    bool ok = key && cert;
    if (ok) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), -60);
        X509_gmtime_adj(X509_getm_notAfter(cert), 30L * 24 * 3600);
        X509_NAME* name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("memory-audit.example"), -1, -1, 0);
        X509_set_issuer_name(cert, name);
        X509_set_pubkey(cert, key);
        ok = X509_sign(cert, key, EVP_sha256()) > 0;
    }
    PKCS12* p12 = ok ? PKCS12_create(password.constData(), "partner", key, cert, nullptr, 0, 0, 0, 0, 0) : nullptr;
    unsigned char* der = nullptr;
    const int length = p12 ? i2d_PKCS12(p12, &der) : -1;
    if (length > 0) {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly) &&
             file.write(reinterpret_cast<const char*>(der), length) == length;
    } else {
        ok = false;
    }
    OPENSSL_free(der);
    PKCS12_free(p12);
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

// Where `needle` occurs in this process's private writable memory (heap, anonymous maps, stacks), other than at
// `ignore` (the needles themselves). Returns one line per hit: the address and the mapping it is in.
QStringList findInMemory(const QList<QByteArray>& needles)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read /proc/self/maps")};
    QStringList hits;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(1) != "rw-p")
            continue;
        const QByteArray where = fields.size() > 5 ? fields.at(5) : QByteArrayLiteral("[anonymous]");
        if (where == "[vvar]" || where == "[vsyscall]")
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const auto begin = reinterpret_cast<const char*>(range.at(0).toULongLong(nullptr, 16));
        const auto end = reinterpret_cast<const char*>(range.at(1).toULongLong(nullptr, 16));
        for (const QByteArray& needle : needles) {
            const char* from = begin;
            while (from < end) {
                const auto* hit = static_cast<const char*>(
                    memmem(from, size_t(end - from), needle.constData(), size_t(needle.size())));
                if (!hit)
                    break;
                bool isNeedle = false;
                for (const QByteArray& other : needles)
                    isNeedle |= hit == other.constData();
                if (!isNeedle)
                    hits << QStringLiteral("0x%1 in %2").arg(quintptr(hit), 0, 16).arg(QString::fromUtf8(where));
                from = hit + 1;
            }
        }
    }
    return hits;
}

} // namespace

// Logs in through the main window with "remember" on, inspects and remote-tests the demo P12 and edits a mapping
// (a draft), then reads every file the app could have written (settings, drafts, data dir, log file, temp files)
// and looks for the password, the AppKey secrets, the bearer and the P12 password.
// They must be in the keychain and in memory only.
class TestSecretsAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noSecretOnDisk();
    void p12PasswordIsWipedFromMemory();
    void noCoreDumps();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_logDir;
};

void TestSecretsAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_secrets_audit"));
    Logging::install(m_logDir.filePath(QStringLiteral("mtls-desk.log")));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

void TestSecretsAudit::noSecretOnDisk()
{
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    QByteArray bearer;
    QString draft;
    {
        Workspace workspace;
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        workspace.selectSandbox(m_sandbox->dataDir());
        QTRY_COMPARE(workspace.environmentState(), Workspace::EnvironmentState::Ready);

        LoginForm& form = window.loginForm();
        auto* password = form.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* remember = form.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
        QTRY_COMPARE(password->text(), m_sandbox->info().password);
        remember->setChecked(true);
        QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("loginPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session().isLoggedIn(), 15000);
        // A deep copy: logging out wipes the session's buffer in place, and every shared handle with it.
        const QByteArray live = workspace.session().bearer();
        bearer = QByteArray(live.constData(), live.size());
        QVERIFY(!bearer.isEmpty());

        // "Remember" put the password into the keychain.
        std::optional<QByteArray> stored;
        workspace.secrets().read(
            SecretStore::key(QStringLiteral("sandbox"), m_sandbox->info().accountId, SecretStore::PasswordKind),
            [&stored](SecretStore::Status status, QByteArray secret, const QString&) {
                stored = status == SecretStore::Status::Ok ? secret : QByteArray();
            });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QCOMPARE(QString::fromUtf8(*stored), m_sandbox->info().password);

        // The rest of a working session: the demo P12 inspected with its password and tested by the service (the
        // password goes out in the multipart body), then a mapping edited, which writes the editor's draft.
        window.showSection(MainWindow::P12Section);
        auto* p12 = window.findChild<P12View*>(QStringLiteral("p12View"));
        QVERIFY(p12);
        p12->setFilePath(m_sandbox->info().demoP12);
        auto* p12Password = p12->findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
        QTest::keyClicks(p12Password, m_sandbox->info().demoP12Password);
        QTest::keyClick(p12Password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(p12->isUsable(), 20000);
        auto* test = window.findChild<QPushButton*>(QStringLiteral("remoteTestButton"));
        QVERIFY(test);
        QTRY_VERIFY(test->isEnabled());
        test->click();
        auto* verdict = window.findChild<QLabel*>(QStringLiteral("remoteTestVerdictLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && !verdict->text().isEmpty(), 15000);
        window.showSection(MainWindow::MappingsSection);
        MappingEditor& editor = workspace.mappings();
        QTRY_VERIFY_WITH_TIMEOUT(editor.isLoaded(), 15000);
        auto* mappings = window.findChild<MappingsPage*>();
        QVERIFY(mappings);
        mappings->addMapping();
        QTRY_VERIFY(QFile::exists(editor.draftPath()));
        draft = QFileInfo(editor.draftPath()).canonicalFilePath();
        window.close();
        AppSettings().sync();
    }

    const SandboxInfo& info = m_sandbox->info();
    const QList<QByteArray> secrets{info.password.toUtf8(), info.appKey.consumerSecret.toUtf8(),
                                    info.appKey.accessTokenSecret.toUtf8(), bearer, info.demoP12Password.toUtf8()};
    QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), m_logDir.path(),
                      QDir::tempPath()};
    for (const QByteArray& secret : secrets)
        QVERIFY(secret.size() >= 8 && secret.count('\0') == 0);
    const QString sandboxData = QDir(m_sandbox->dataDir()).canonicalPath();
    int scanned = 0;
    bool sawSettings = false;
    bool sawLog = false;
    bool sawDraft = false;
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            // The sandbox's own data dir holds its demo account by design; it is the service, not the app.
            if (file.canonicalFilePath().startsWith(sandboxData) || file.lastModified() < started ||
                file.size() > 64 * 1024 * 1024)
                continue;
            QFile f(file.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++scanned;
            sawSettings |= file.fileName().endsWith(QStringLiteral(".conf"));
            sawLog |= file.fileName() == QStringLiteral("mtls-desk.log");
            sawDraft |= file.canonicalFilePath() == draft;
            for (const QByteArray& secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(QStringLiteral("a secret is in %1").arg(file.filePath())));
        }
    }
    QVERIFY(scanned > 0);
    QVERIFY2(sawSettings, "the settings file should have been written (account id, user name) and scanned");
    QVERIFY2(sawLog, "the log file should have been written and scanned");
    QVERIFY2(sawDraft, qPrintable(QStringLiteral("the mapping draft %1 should have been scanned").arg(draft)));
    QFile log(m_logDir.filePath(QStringLiteral("mtls-desk.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("/login"));
}

// The P12 password typed into the P12 view is gone from the process's memory once the view is: the inspection's
// copy is wiped by the worker, the line edit's buffer by the view. The password exists only as keystrokes and,
// for the search, as two needles made just before it (and skipped by it).
void TestSecretsAudit::p12PasswordIsWipedFromMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    // ASan maps terabytes of shadow memory and poisons the heap's redzones and freed blocks, so its memmem stops at
    // the first of them. The plain build runs this search (scripts/test runs both).
    QSKIP("the memory search runs in the build without AddressSanitizer");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("memory-audit.p12"));
    // Kept XOR-ed until the search, so the test's own copy is not what the search finds.
    QByteArray masked;
    {
        QByteArray password = randomPassword();
        QVERIFY(writeP12(path, password));
        {
            P12View view;
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.setFilePath(path);
            auto* edit = view.findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
            QVERIFY(edit);
            QString typed = QString::fromLatin1(password);
            for (char c : password)
                masked.append(char(c ^ 0x5a));
            wipe(password);
            QTest::keyClicks(edit, typed);
            wipe(typed);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(view.hasReport(), 20000);
            QVERIFY2(view.isUsable(), qPrintable(view.findChild<QLabel*>(QStringLiteral("verdictLabel"))->text()));
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    // The needles: UTF-8 (QByteArray, OpenSSL) and UTF-16 (QString, the line edit).
    QByteArray utf8(masked.size(), Qt::Uninitialized);
    for (int i = 0; i < masked.size(); ++i)
        utf8[i] = char(masked.at(i) ^ 0x5a);
    QByteArray utf16(utf8.size() * 2, '\0');
    for (int i = 0; i < utf8.size(); ++i)
        utf16[2 * i] = utf8.at(i);
    const QStringList hits = findInMemory({utf8, utf16});
    wipe(utf8);
    wipe(utf16);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the P12 password is still in memory: ") +
                                        hits.join(QLatin1String(", "))));
}

// A crash must not write the process's memory (and the secrets in it) to disk: the real GUI, started as a user
// would, runs with a core-file limit of zero. (Dumpable is off too outside sanitizer builds; see ProcessHardening.)
void TestSecretsAudit::noCoreDumps()
{
    QVERIFY(ProcessHardening::apply());
    QVERIFY(ProcessHardening::coreDumpsDisabled());
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY(!ProcessHardening::dumpable());
#endif

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A custom environment on a closed port: no built-in sandbox is started, nothing is reached.
    gui.start(QStringLiteral(MTLSDESK_GUI_PROGRAM),
              {QStringLiteral("--environment"), QStringLiteral("custom"), QStringLiteral("--custom-host"),
               QStringLiteral("127.0.0.1:9")});
    QVERIFY2(gui.waitForStarted(10000), qPrintable(gui.errorString()));
    const auto stop = qScopeGuard([&gui] {
        gui.terminate();
        if (!gui.waitForFinished(5000))
            gui.kill();
        gui.waitForFinished(5000);
    });
    QByteArray limits;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(QStringLiteral("/proc/%1/limits").arg(gui.processId()));
            limits = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            return limits.contains("Max core file size");
        }(),
        10000);
    // Give main() the moment it needs to get past ProcessHardening::apply(), then read again.
    QTest::qWait(500);
    QFile file(QStringLiteral("/proc/%1/limits").arg(gui.processId()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    limits = file.readAll();
    const QByteArray line = limits.mid(limits.indexOf("Max core file size")).split('\n').first();
    QVERIFY2(line.simplified().startsWith("Max core file size 0 0"), line.constData());
}

QTEST_MAIN(TestSecretsAudit)
#include "tst_secrets_audit.moc"
