#include "SandboxFixture.h"

#include "MainWindow.h"
#include "app/Logging.h"
#include "app/Workspace.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/LoginForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// Logs in through the main window with "remember" on, then reads every file the app could have written
// (settings, data dir, log file, temp files) and looks for the password, the AppKey secrets and the bearer.
// They must be in the keychain and in memory only.
class TestSecretsAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noSecretOnDisk();

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
        window.close();
        AppSettings().sync();
    }

    const SandboxInfo& info = m_sandbox->info();
    const QList<QByteArray> secrets{info.password.toUtf8(), info.appKey.consumerSecret.toUtf8(),
                                    info.appKey.accessTokenSecret.toUtf8(), bearer};
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
            for (const QByteArray& secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(QStringLiteral("a secret is in %1").arg(file.filePath())));
        }
    }
    QVERIFY(scanned > 0);
    QVERIFY2(sawSettings, "the settings file should have been written (account id, user name) and scanned");
    QVERIFY2(sawLog, "the log file should have been written and scanned");
    QFile log(m_logDir.filePath(QStringLiteral("mtls-desk.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("/login"));
}

QTEST_MAIN(TestSecretsAudit)
#include "tst_secrets_audit.moc"
