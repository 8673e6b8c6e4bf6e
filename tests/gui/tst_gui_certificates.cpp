#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "text/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// The certificate steps as an admin clicks through them: the wizard's P12, Test and Upload steps with the
// sandbox's demo P12 (a second click on Upload does not upload twice), then the main window's Certificates
// table showing it, searchable, and deleting it after a confirmation.
class TestGuiCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardTestsAndUploadsThenTableShowsAndDeletes();

private:
    int certificatesOnServer(const QString& name);
    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
};

void TestGuiCertificates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots for docs/ show the app as users see it: with the translation it installs at start (the system's
    // language, English here), which resolves the plural forms ("7 mappings", not "7 mapping(s)").
    if (qEnvironmentVariableIsSet("MTLSDESK_SCREENSHOT_DIR"))
        QVERIFY(!Translations::install(QString()).isEmpty());
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_certificates"));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
}

int TestGuiCertificates::certificatesOnServer(const QString& name)
{
    const HttpResult result = m_sandbox->get(
        QStringLiteral("/mtls/account/%1/certificates").arg(m_sandbox->info().accountId), {{"Authorization", "Bearer " + m_bearer}});
    int count = 0;
    const QJsonArray list = QJsonDocument::fromJson(result.body).array();
    for (const QJsonValue& entry : list)
        count += entry.toObject().value(QLatin1String("name")).toString() == name ? 1 : 0;
    return count;
}

template <typename T>
static T* child(QObject* root, const char* name)
{
    T* object = root->findChild<T*>(QLatin1String(name));
    if (!object)
        qWarning("no %s", name);
    return object;
}

// Answers the next modal message box by clicking the button whose text contains `buttonText`.
static void answerNextMessageBox(const QString& buttonText, QString* seenText)
{
    QTimer::singleShot(0, qApp, [buttonText, seenText] {
        for (int attempt = 0; attempt < 100; ++attempt) {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                *seenText = box->text();
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                        button->click();
                        return;
                    }
                }
            }
            QTest::qWait(50);
        }
    });
}

void TestGuiCertificates::wizardTestsAndUploadsThenTableShowsAndDeletes()
{
    Workspace workspace;
    MainWindow window(workspace);
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    workspace.selectSandbox(m_sandbox->dataDir());
    QTRY_COMPARE(workspace.environmentState(), Workspace::EnvironmentState::Ready);

    OnboardingWizard* wizard = window.showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto* password = child<QLineEdit>(wizard->currentPage(), "passwordLineEdit");
    QVERIFY(password);
    QTRY_COMPARE(child<QLineEdit>(wizard->currentPage(), "accountIdLineEdit")->text(), m_sandbox->info().accountId);
    password->clear();
    QTest::keyClicks(password, m_sandbox->info().password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.session().isLoggedIn(), 15000);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::DomainsPageId));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    // P12: the demo file, inspected locally.
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::P12PageId));
    QWidget* page = wizard->currentPage();
    auto* path = child<QLineEdit>(page, "p12PathLineEdit");
    auto* p12Password = child<QLineEdit>(page, "p12PasswordLineEdit");
    QVERIFY(path && p12Password);
    path->setText(m_sandbox->info().demoP12);
    QTest::keyClicks(p12Password, m_sandbox->info().demoP12Password);
    QTest::keyClick(p12Password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    wizard->next();

    // Test: Next waits for the service's verdict.
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::RemoteTestPageId));
    page = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* testButton = child<QPushButton>(page, "remoteTestButton");
    auto* verdict = child<QLabel>(page, "remoteTestVerdictLabel");
    QVERIFY(testButton && verdict);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("The service can use this file")), 15000);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-test.png")));
    wizard->next();

    // Upload: the name is suggested from the file, checked against the account, uploaded once.
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::UploadPageId));
    page = wizard->currentPage();
    auto* name = child<QLineEdit>(page, "uploadNameLineEdit");
    auto* upload = child<QPushButton>(page, "uploadButton");
    auto* uploadStatus = child<QLabel>(page, "uploadStatusLabel");
    QVERIFY(name && upload && uploadStatus);
    QCOMPARE(name->text(), QStringLiteral("demo-client"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("DemoPartner"));
    QTRY_VERIFY(upload->isEnabled());
    QTest::mouseClick(upload, Qt::LeftButton);
    QTest::mouseClick(upload, Qt::LeftButton); // an impatient second click
    QTRY_VERIFY_WITH_TIMEOUT(uploadStatus->text().contains(QLatin1String("Saved as")), 15000);
    QTest::mouseClick(upload, Qt::LeftButton); // and one after it is done
    QTest::qWait(300);
    QVERIFY(!upload->isEnabled());
    QCOMPARE(certificatesOnServer(QStringLiteral("DemoPartner")), 1);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled() || wizard->button(QWizard::FinishButton)->isEnabled());
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-upload.png")));

    // The same name again is refused before anything is sent.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("DemoPartner2"));
    QTRY_VERIFY(upload->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("DemoPartner"));
    auto* hint = child<QLabel>(page, "uploadNameHint");
    QVERIFY(hint);
    QVERIFY(!upload->isEnabled()); // uploaded already, same file and name
    wizard->close();

    // The main window's Certificates section lists it.
    window.showSection(MainWindow::CertificatesSection);
    auto* table = child<QTableView>(&window, "certificatesTableView");
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 15000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("DemoPartner"));
    QVERIFY(table->model()->index(0, 2).data().toString().contains(QLatin1String("Available")));
    QVERIFY(table->model()->index(0, 3).data().toString().contains(QLatin1String("day")));

    // Refresh reads the service again; the row is still there.
    QTest::qWait(50);
    auto* refresh = child<QAction>(&window, "refreshCertificatesAction");
    QVERIFY(refresh);
    QTRY_VERIFY(refresh->isEnabled());
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 15000);
    QCOMPARE(table->model()->rowCount(), 1);

    auto* search = child<QLineEdit>(&window, "certificateSearchLineEdit");
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("nomatch"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 1);
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/certificates.png")));

    // Delete asks first; Cancel keeps it, Delete removes it on the service.
    table->selectRow(0);
    auto* remove = child<QAction>(&window, "deleteCertificateAction");
    QVERIFY(remove && remove->isEnabled());
    QString question;
    answerNextMessageBox(QStringLiteral("Cancel"), &question);
    remove->trigger();
    QVERIFY(question.contains(QLatin1String("DemoPartner")));
    QCOMPARE(table->model()->rowCount(), 1);
    answerNextMessageBox(QStringLiteral("Delete"), &question);
    remove->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 15000);
    QCOMPARE(certificatesOnServer(QStringLiteral("DemoPartner")), 0);
    auto* message = child<QLabel>(&window, "certificatesMessageLabel");
    QVERIFY(message && message->text().contains(QLatin1String("deleted")));
}

QTEST_MAIN(TestGuiCertificates)
#include "tst_gui_certificates.moc"
