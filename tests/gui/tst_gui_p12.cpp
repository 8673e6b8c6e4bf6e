#include "dialogs/P12BuilderDialog.h"
#include "secrets/SecretStore.h"
#include "text/Translations.h"
#include "widgets/P12View.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QUuid>
#include <QDropEvent>
#include <QMimeData>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mtlsdesk;

// The P12 workbench as a person uses it: choose a file, type the password, press Inspect, read the verdict,
// the findings and the chain; a wrong password is said to be wrong; the report can be copied.
class TestGuiP12 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inspectsAndExplains();
    void makesCsrThenP12();
    void remembersPasswordOnlyWhenAsked();

private:
    bool openssl(const QStringList& arguments);
    QTemporaryDir m_dir;
};

bool TestGuiP12::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

void TestGuiP12::initTestCase()
{
    // Screenshots for docs/ show the app as users see it: with the translation it installs at start (the system's
    // language, English here), which resolves the plural forms ("7 mappings", not "7 mapping(s)").
    if (qEnvironmentVariableIsSet("MTLSDESK_SCREENSHOT_DIR"))
        QVERIFY(!Translations::install(QString()).isEmpty());
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"), QStringLiteral("c.pem"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=partner client"), QStringLiteral("-days"),
                     QStringLiteral("365"), QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth")}));
    QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), QStringLiteral("k.pem"),
                     QStringLiteral("-in"), QStringLiteral("c.pem"), QStringLiteral("-passout"), QStringLiteral("pass:pw123"),
                     QStringLiteral("-out"), QStringLiteral("server.p12")}));
}

void TestGuiP12::inspectsAndExplains()
{
    P12View view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* path = view.findChild<QLineEdit*>(QStringLiteral("p12PathLineEdit"));
    auto* password = view.findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
    auto* inspect = view.findChild<QPushButton*>(QStringLiteral("inspectPushButton"));
    auto* verdict = view.findChild<QLabel*>(QStringLiteral("verdictLabel"));
    auto* findings = view.findChild<QListWidget*>(QStringLiteral("findingsListWidget"));
    auto* chain = view.findChild<QTreeWidget*>(QStringLiteral("chainTreeWidget"));
    QVERIFY(path && password && inspect && verdict && findings && chain);

    // Dropping a file from a file manager chooses it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("server.p12")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &drop);
    QCOMPARE(view.filePath(), m_dir.filePath(QStringLiteral("server.p12")));

    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(inspect, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(verdict->text().contains(QStringLiteral("password is wrong")), qPrintable(verdict->text()), 20000);
    QVERIFY(!view.isUsable());

    password->clear();
    QTest::keyClicks(password, QStringLiteral("pw123"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view.hasReport() && view.report().readable, 10000);
    // A server-only certificate is readable but not usable for mutual TLS, and the view says why.
    QVERIFY(verdict->text().contains(QStringLiteral("Not usable")));
    bool clientAuthExplained = false;
    for (int i = 0; i < findings->count(); ++i)
        clientAuthExplained |= findings->item(i)->data(Qt::UserRole + 1).toString() == QStringLiteral("no-client-auth");
    QVERIFY(clientAuthExplained);
    QCOMPARE(chain->topLevelItemCount(), 1);
    QCOMPARE(chain->topLevelItem(0)->text(0), QStringLiteral("partner client"));
    QCOMPARE(chain->topLevelItem(0)->text(2), QStringLiteral("EC 256"));

    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(view.grab().save(dir + QStringLiteral("/p12-workbench.png")));

    view.copyReport();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("no-client-auth")));
    QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("pw123")));
}

// Key + CSR in the dialog, the CA signs it (openssl here), Build P12 in the dialog, and the new file lands in the
// workbench, where it inspects as usable.
void TestGuiP12::makesCsrThenP12()
{
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=GUI Test Root"),
                     QStringLiteral("-days"), QStringLiteral("365")}));
    P12View view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    P12BuilderDialog* dialog = view.openBuilder();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("builderStatusLabel"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createPushButton"));
    auto field = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QLatin1String(name)); };

    dialog->setCurrentTab(P12BuilderDialog::CsrTab);
    QTest::keyClicks(field("commonNameLineEdit"), QStringLiteral("gui brand"));
    QTest::keyClicks(field("countryLineEdit"), QStringLiteral("de"));
    QTest::keyClicks(field("keyPasswordLineEdit"), QStringLiteral("keypw"));
    field("keyOutLineEdit")->setText(m_dir.filePath(QStringLiteral("gui.key")));
    field("csrOutLineEdit")->setText(m_dir.filePath(QStringLiteral("gui.csr")));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("✔")), 20000);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("gui.key"))));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("gui.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("90"), QStringLiteral("-out"),
                     QStringLiteral("gui.pem")}));

    dialog->setCurrentTab(P12BuilderDialog::BuildTab);
    field("keyInLineEdit")->setText(m_dir.filePath(QStringLiteral("gui.key")));
    QTest::keyClicks(field("keyInPasswordLineEdit"), QStringLiteral("wrong"));
    field("certInLineEdit")->setText(m_dir.filePath(QStringLiteral("gui.pem")));
    field("chainInLineEdit")->setText(m_dir.filePath(QStringLiteral("ca.pem")));
    QTest::keyClicks(field("buildPasswordLineEdit"), QStringLiteral("p12pw"));
    field("buildOutLineEdit")->setText(m_dir.filePath(QStringLiteral("gui.p12")));
    // A wrong key password is said so, and nothing is written.
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("✖")), 20000);
    QVERIFY(status->text().contains(QStringLiteral("password")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gui.p12"))));
    field("keyInPasswordLineEdit")->clear();
    QTest::keyClicks(field("keyInPasswordLineEdit"), QStringLiteral("keypw"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("✔")), 20000);
    QTRY_COMPARE(view.filePath(), m_dir.filePath(QStringLiteral("gui.p12")));
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/p12-builder.png")));
    dialog->close();

    auto* password = view.findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
    QTest::keyClicks(password, QStringLiteral("p12pw"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view.hasReport(), 10000);
    QVERIFY2(view.isUsable(), qPrintable(view.report().errorMessage));
    QCOMPARE(view.report().certificates.size(), 2);
}

// "Remember" keeps the password in the OS keychain (a test service name, on the test's Secret Service), only
// after it proved right; choosing the same file later fills it in.
void TestGuiP12::remembersPasswordOnlyWhenAsked()
{
    SecretStore store;
    store.setServiceName(QStringLiteral("mTLS Desk tests ") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString file = m_dir.filePath(QStringLiteral("server.p12"));
    {
        P12View view;
        view.setSecretStore(&store);
        view.show();
        auto* remember = view.findChild<QCheckBox*>(QStringLiteral("rememberP12PasswordCheckBox"));
        auto* password = view.findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
        QVERIFY(remember && remember->isVisible());
        view.setFilePath(file);
        remember->setChecked(true);
        QTest::keyClicks(password, QStringLiteral("wrong"));
        view.inspect();
        QTRY_VERIFY_WITH_TIMEOUT(view.hasReport(), 10000);
        QVERIFY(!view.report().readable);
        password->clear();
        QTest::keyClicks(password, QStringLiteral("pw123"));
        view.inspect();
        QTRY_VERIFY_WITH_TIMEOUT(view.hasReport() && view.report().readable, 10000);
        // No wait needed: QtKeychain runs jobs one after another, so the read below follows this write.
    }
    P12View again;
    again.setSecretStore(&store);
    again.setFilePath(file);
    auto* password = again.findChild<QLineEdit*>(QStringLiteral("p12PasswordLineEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(password->text(), QStringLiteral("pw123"), 10000);
    QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("rememberP12PasswordCheckBox"))->isChecked());

    // Without a store, nothing is offered and nothing is kept.
    P12View plain;
    QVERIFY(!plain.findChild<QCheckBox*>(QStringLiteral("rememberP12PasswordCheckBox"))->isVisibleTo(&plain));
}

QTEST_MAIN(TestGuiP12)
#include "tst_gui_p12.moc"
