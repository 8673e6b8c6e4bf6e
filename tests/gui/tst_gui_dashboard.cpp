#include "LoggedInWorkspace.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "models/DashboardModel.h"
#include "pages/CheckPage.h"
#include "pages/DashboardPage.h"
#include "runtime/RuntimeMonitor.h"
#include "text/Translations.h"
#include "widgets/AuditView.h"
#include "widgets/ForwardTesterPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWizard>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// The Dashboard against a real sandbox whose runtime cache (--cache-seconds) is long enough to hold one snapshot for
// the whole test. The sandbox takes a snapshot at the first runtime call, so:
//   before the first "Check all": a live mapping (saved by the app), two URL variants, a disabled mapping and one
//   whose certificate is deleted later are created; the first check's snapshot has them all;
//   after it: a mapping saved by the app (it knows when that reaches the runtime) and one created directly on the
//   service (it does not), then the certificate is deleted; the second check still sees the old snapshot.
// The second check must show each status in words, the counts and the filter; then a forward through the sandbox's
// mTLS target, the audit's exports, and the wizard's Check step on a pending and a live mapping.
class TestGuiDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkAllShowsEveryStatus();
    void countsAndFilter();
    void forwardThroughTheTarget();
    void auditExports();
    void wizardCheckStep_data();
    void wizardCheckStep();
    void wizardEndsWithCheckStep();

private:
    qint64 createOnService(const QString& name, const QString& url, qint64 certificateId, bool enable = true);
    bool saveThroughApp(const QString& name, const QString& url, qint64 certificateId);
    bool clickCheckAll();
    int rowOf(const QString& name) const;
    QString statusOf(const QString& name) const;
    void grab(QWidget* widget, const QString& file);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage* m_page = nullptr;
    QByteArray m_bearer;
    qint64 m_certificate = 0;
    qint64 m_doomedCertificate = 0;
    QString m_liveUrl;
};

template <typename T> static T* child(QObject* root, const char* name)
{
    T* object = root->findChild<T*>(QLatin1String(name));
    if (!object)
        qWarning("no %s", name);
    return object;
}

void TestGuiDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots for docs/ show the app as users see it: with the translation it installs at start (the system's
    // language, English here), which resolves the plural forms ("7 mappings", not "7 mapping(s)").
    if (qEnvironmentVariableIsSet("MTLSDESK_SCREENSHOT_DIR"))
        QVERIFY(!Translations::install(QString()).isEmpty());
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_dashboard"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // Far longer than the test: the snapshot of the first check serves every later runtime call.
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("600")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    QVERIFY(!m_bearer.isEmpty());
    m_certificate = m_sandbox->uploadDemoCertificate(QStringLiteral("PartnerCert"), m_bearer);
    m_doomedCertificate = m_sandbox->uploadDemoCertificate(QStringLiteral("RetiredCert"), m_bearer);
    QVERIFY(m_certificate > 0 && m_doomedCertificate > 0);
    m_liveUrl = m_sandbox->info().targetUrl.toString() + QStringLiteral("/api/token");

    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Before the log-in the page says why it cannot check, and offers the log-in.
    m_window->showSection(MainWindow::DashboardSection);
    m_page = m_window->findChild<DashboardPage*>();
    QVERIFY(m_page && m_page->isVisible());
    auto* banner = child<QLabel>(m_page, "dashboardBanner");
    auto* login = child<QPushButton>(m_page, "dashboardLoginButton");
    auto* checkAll = child<QAction>(m_page, "checkAllAction");
    QVERIFY(banner && login && checkAll);
    QVERIFY(banner->isVisible() && banner->text().startsWith(QLatin1String("Log in first")));
    QVERIFY(login->isVisible() && !checkAll->isEnabled());
    QString why;
    QVERIFY2(logIn(*m_workspace, *m_sandbox, &why), qPrintable(why)); // with the AppKey: check and forward need it
    QTRY_VERIFY(!banner->isVisible() && !login->isVisible() && checkAll->isEnabled());
    // Showing the page loads the saved mappings and the certificates.
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->mappings().isLoaded() && m_workspace->certificates().isLoaded(), 15000);
}

void TestGuiDashboard::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
}

qint64 TestGuiDashboard::createOnService(const QString& name, const QString& url, qint64 certificateId, bool enable)
{
    const QJsonObject mapping{{QStringLiteral("name"), name},
                              {QStringLiteral("certificationId"), QString::number(certificateId)},
                              {QStringLiteral("serviceId"), QStringLiteral("1")},
                              {QStringLiteral("enable"), enable},
                              {QStringLiteral("url"), url},
                              {QStringLiteral("siteId"), m_sandbox->info().accountId},
                              {QStringLiteral("deleted"), false}};
    const HttpResult created = m_sandbox->postJson(
        QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(m_sandbox->info().accountId),
        QJsonDocument(QJsonArray{mapping}).toJson(QJsonDocument::Compact), {{"Authorization", "Bearer " + m_bearer}});
    if (created.status != 201) {
        qWarning("create %s: HTTP %d %s", qPrintable(name), created.status, created.body.constData());
        return 0;
    }
    return QJsonDocument::fromJson(created.body)
        .array()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toVariant()
        .toLongLong();
}

bool TestGuiDashboard::saveThroughApp(const QString& name, const QString& url, qint64 certificateId)
{
    MappingEditor& editor = m_workspace->mappings();
    Mapping mapping;
    mapping.name = name;
    mapping.serviceId = QStringLiteral("1");
    mapping.url = url;
    mapping.certificationId = QString::number(certificateId);
    editor.model().addMapping(mapping);
    QSignalSpy saved(&editor, &MappingEditor::saved);
    editor.save();
    return saved.wait(15000) || saved.count() == 1;
}

bool TestGuiDashboard::clickCheckAll()
{
    auto* action = child<QAction>(m_page, "checkAllAction");
    auto* toolBar = child<QToolBar>(m_page, "dashboardToolBar");
    if (!action || !toolBar || !action->isEnabled())
        return false;
    QSignalSpy finished(&m_workspace->runtime(), &RuntimeMonitor::checkFinished);
    QTest::mouseClick(toolBar->widgetForAction(action), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
        return false;
    return finished.last().at(0).toBool();
}

int TestGuiDashboard::rowOf(const QString& name) const
{
    const QAbstractItemModel* model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, int(DashboardModel::Column::Name)).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestGuiDashboard::statusOf(const QString& name) const
{
    const int row = rowOf(name);
    return row < 0 ? QStringLiteral("(no row)")
                   : m_page->table()->model()->index(row, int(DashboardModel::Column::Status)).data().toString();
}

void TestGuiDashboard::grab(QWidget* widget, const QString& file)
{
    if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200); // let the last repaint land
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + file));
    }
}

void TestGuiDashboard::checkAllShowsEveryStatus()
{
    // Before the runtime's first snapshot.
    QVERIFY(saveThroughApp(QStringLiteral("partner-token"), m_liveUrl, m_certificate));
    QVERIFY(createOnService(QStringLiteral("variant-plain"), QStringLiteral("https://h.example/a"), m_certificate));
    QVERIFY(createOnService(QStringLiteral("variant-slash"), QStringLiteral("https://h.example/a/"), m_certificate));
    QVERIFY(
        createOnService(QStringLiteral("paused"), QStringLiteral("https://paused.example/hook"), m_certificate, false));
    QVERIFY(
        createOnService(QStringLiteral("retired"), QStringLiteral("https://retired.example/idp"), m_doomedCertificate));
    m_workspace->mappings().load();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->runtime().model().rowCount(), 5, 15000);
    // Before any check: what the app saved itself is due at a known time, the rest is unknown.
    QVERIFY(statusOf(QStringLiteral("partner-token")).startsWith(QLatin1String("Live at ")));
    for (const char* name : {"variant-plain", "variant-slash", "retired"})
        QCOMPARE(statusOf(QLatin1String(name)), QStringLiteral("Not checked"));
    QVERIFY(clickCheckAll()); // the snapshot is taken now
    QCOMPARE(statusOf(QStringLiteral("partner-token")), QStringLiteral("Live"));

    // After it: the runtime does not see these until its cache expires.
    QVERIFY(saveThroughApp(QStringLiteral("fresh"), QStringLiteral("https://fresh.example/token"), m_certificate));
    QVERIFY(
        createOnService(QStringLiteral("elsewhere"), QStringLiteral("https://elsewhere.example/token"), m_certificate));
    const HttpResult removed = m_sandbox->send("DELETE",
                                               m_sandbox->url(QStringLiteral("/mtls/account/%1/certificates/%2")
                                                                  .arg(m_sandbox->info().accountId)
                                                                  .arg(m_doomedCertificate)),
                                               {}, {{"Authorization", "Bearer " + m_bearer}});
    QVERIFY2(removed.status == 200 || removed.status == 204, removed.body.constData());
    m_workspace->mappings().load();
    m_workspace->certificates().refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_workspace->runtime().model().rowCount() == 7 && m_workspace->certificates().model().rowCount() == 1, 15000);

    auto* progress = child<QWidget>(m_page, "checkProgressBar");
    auto* progressAction = child<QAction>(m_page, "checkProgressAction"); // a tool bar shows its widget through it
    QVERIFY(progress && progressAction);
    bool progressShown = false;
    // Connected after the page: runs once the page has reacted to the start.
    const QMetaObject::Connection watch = connect(&m_workspace->runtime(), &RuntimeMonitor::checkStarted, this,
                                                  [&] { progressShown = progressAction->isVisible(); });
    QVERIFY(clickCheckAll());
    disconnect(watch);
    QVERIFY(progressShown);
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(statusOf(QStringLiteral("partner-token")), QStringLiteral("Live"));
    QVERIFY2(statusOf(QStringLiteral("fresh")).startsWith(QLatin1String("Live at ")),
             qPrintable(statusOf(QStringLiteral("fresh"))));
    QCOMPARE(statusOf(QStringLiteral("elsewhere")), QStringLiteral("Not found"));
    QCOMPARE(statusOf(QStringLiteral("paused")), QStringLiteral("Disabled"));
    QCOMPARE(statusOf(QStringLiteral("retired")), QStringLiteral("Certificate missing"));
    QCOMPARE(statusOf(QStringLiteral("variant-plain")), QStringLiteral("Duplicate risk"));
    QCOMPARE(statusOf(QStringLiteral("variant-slash")), QStringLiteral("Duplicate risk"));
    // Every status has its icon, not only its colour.
    const QAbstractItemModel* model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    auto* lastChecked = child<QLabel>(m_page, "lastCheckedLabel");
    QVERIFY(lastChecked && lastChecked->text().startsWith(QLatin1String("Last checked")));

    // The selected row's sentence under the table.
    m_page->table()->selectRow(rowOf(QStringLiteral("elsewhere")));
    auto* detail = child<QLabel>(m_page, "dashboardDetailLabel");
    QVERIFY(detail && detail->text().contains(QLatin1String("no mapping for this service and URL")));
    m_page->table()->selectRow(rowOf(QStringLiteral("fresh")));
    grab(m_window.get(), QStringLiteral("dashboard.png"));
}

void TestGuiDashboard::countsAndFilter()
{
    const QString summary = m_page->summaryText();
    for (const char* part : {"1 live", "1 not live yet", "1 not found", "1 disabled", "1 missing a certificate",
                             "2 with a duplicate risk"})
        QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(summary));
    auto* notFound = child<QToolButton>(m_page, "summaryButton-not-found");
    auto* live = child<QToolButton>(m_page, "summaryButton-live");
    auto* expired = child<QToolButton>(m_page, "summaryButton-certificate-expired");
    QVERIFY(notFound && live && expired);
    QVERIFY(notFound->isVisible() && !expired->isVisible()); // only statuses that occur
    QCOMPARE(notFound->text(), QStringLiteral("1 not found"));

    // A click on a count shows only that status; a second click shows everything again.
    QTableView* table = m_page->table();
    QTest::mouseClick(notFound, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, int(DashboardModel::Column::Name)).data().toString(),
             QStringLiteral("elsewhere"));
    auto* filter = child<QComboBox>(m_page, "dashboardFilterComboBox");
    QVERIFY(filter);
    QCOMPARE(filter->currentText(), QStringLiteral("Not found"));
    QTest::mouseClick(notFound, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 7);

    // Problems: errors (not found, certificate missing) and warnings (the two variants).
    filter->setCurrentIndex(filter->findText(QStringLiteral("Problems")));
    QCOMPARE(table->model()->rowCount(), 4);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Disabled")));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    auto* search = child<QLineEdit>(m_page, "dashboardSearchLineEdit");
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("variant"));
    QCOMPARE(table->model()->rowCount(), 2);
    auto* total = child<QLabel>(m_page, "dashboardTotalLabel");
    QVERIFY(total && total->text().contains(QLatin1String("(2 shown)")));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 7);
}

void TestGuiDashboard::forwardThroughTheTarget()
{
    // A double click on a row opens the forward tester with its URL and service.
    QTableView* table = m_page->table();
    const int row = rowOf(QStringLiteral("partner-token"));
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, int(DashboardModel::Column::Name)));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_page->tabs()->currentIndex(), int(DashboardPage::ForwardTab));
    ForwardTesterPanel* panel = m_page->forwardTester();
    auto* url = child<QLineEdit>(panel, "forwardUrlLineEdit");
    auto* service = child<QComboBox>(panel, "forwardServiceComboBox");
    auto* send = child<QPushButton>(panel, "forwardSendButton");
    auto* status = child<QLabel>(panel, "forwardStatusLabel");
    auto* body = child<QPlainTextEdit>(panel, "forwardResponseBodyEdit");
    auto* override = child<QLineEdit>(panel, "forwardAuthorizationOverrideLineEdit");
    QVERIFY(url && service && send && status && body && override);
    QCOMPARE(url->text(), m_liveUrl);
    QCOMPARE(service->currentText(), QStringLiteral("IDP"));
    QTest::keyClicks(override, QStringLiteral("Bearer partner-secret"));
    QVERIFY(!panel->curlCommand().contains(QLatin1String("partner-secret"))); // a placeholder, never the secret

    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("HTTP 200 OK")), 15000);
    QTRY_VERIFY(send->isEnabled());
    // The target echoes what arrived: pretty-printed JSON, the override as the remote's Authorization, the client
    // certificate the gateway presented.
    const QJsonObject echo = QJsonDocument::fromJson(body->toPlainText().toUtf8()).object();
    QVERIFY2(!echo.isEmpty(), qPrintable(body->toPlainText()));
    QVERIFY(body->toPlainText().contains(QLatin1String("\n    \"")));
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/api/token"));
    QString remoteAuthorization;
    const QJsonObject headers = echo.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            remoteAuthorization = it.value().toString();
    }
    QCOMPARE(remoteAuthorization, QStringLiteral("Bearer partner-secret"));
    QVERIFY(!echo.value(QLatin1String("clientCertificate"))
                 .toObject()
                 .value(QLatin1String("subject"))
                 .toString()
                 .isEmpty());
    grab(m_window.get(), QStringLiteral("forward-tester.png"));

    // A URL no mapping has, with "stop": the gateway refuses, and the panel says so in words.
    url->setText(QStringLiteral("https://nobody.example/token"));
    QTest::mouseClick(send, Qt::LeftButton);
    auto* note = child<QLabel>(panel, "forwardGatewayNoteLabel");
    QVERIFY(note);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("HTTP 500")), 15000);
    QVERIFY2(note->isVisible() && note->text().contains(QLatin1String("no mapping")), qPrintable(note->text()));
    override->clear();
}

void TestGuiDashboard::auditExports()
{
    m_page->tabs()->setCurrentIndex(DashboardPage::AuditTab);
    AuditView* view = m_page->auditView();
    QTRY_VERIFY(view->isVisible());
    view->refresh();
    QCOMPARE(view->audit().mappings.size(), 7);
    auto* counts = child<QLabel>(view, "auditCountsLabel");
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QLatin1String("Mappings with a missing certificate: 1")),
             qPrintable(counts->text()));
    QVERIFY(AuditView::proposedFileName(view->audit(), AuditView::Format::Pdf)
                .startsWith(QStringLiteral("mtls-audit-%1-").arg(m_sandbox->info().accountId)));
    grab(m_window.get(), QStringLiteral("audit.png"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy exported(view, &AuditView::exported);
    QSignalSpy failed(view, &AuditView::exportFailed);
    const std::pair<AuditView::Format, QString> files[] = {{AuditView::Format::Html, QStringLiteral("audit.html")},
                                                           {AuditView::Format::Pdf, QStringLiteral("audit.pdf")},
                                                           {AuditView::Format::Csv, QStringLiteral("audit.csv")}};
    for (const auto& [format, name] : files) {
        view->setNextFilePath(dir.filePath(name));
        const qsizetype before = exported.count();
        view->exportAs(format);
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() == before + 1 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QVERIFY(QFile::exists(dir.filePath(name)));
    }
    auto* message = child<QLabel>(view, "auditMessageLabel");
    QVERIFY(message && message->text().contains(QLatin1String("SHA-256")));

    QFile pdf(dir.filePath(QStringLiteral("audit.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // The footer's digest is the CSV's SHA-256: an auditor can check one with the other.
    const QByteArray csv = readFile(dir.filePath(QStringLiteral("audit.csv")));
    const QString html = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("audit.html"))));
    const QRegularExpressionMatch footer =
        QRegularExpression(QStringLiteral("<footer>.*SHA-256.*?([0-9a-f]{64})")).match(html);
    QVERIFY2(footer.hasMatch(), qPrintable(html.right(400)));
    QCOMPARE(footer.captured(1).toLatin1(), QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    QCOMPARE(exported.last().at(1).toByteArray(), footer.captured(1).toLatin1());
}

void TestGuiDashboard::wizardCheckStep_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("rechecks");
    QTest::newRow("pending") << QStringLiteral("fresh") << QStringLiteral("Live at ") << true;
    QTest::newRow("live") << QStringLiteral("partner-token") << QStringLiteral("Live") << false;
    QTest::newRow("not found") << QStringLiteral("elsewhere") << QStringLiteral("Not found") << false;
}

void TestGuiDashboard::wizardCheckStep()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(bool, rechecks);
    std::optional<Mapping> mapping;
    for (const Mapping& candidate : m_workspace->mappings().base()) {
        if (candidate.name == name)
            mapping = candidate;
    }
    QVERIFY(mapping);
    QWizard wizard;
    auto* page = new CheckPage(*m_workspace, [&mapping] { return mapping; });
    wizard.addPage(page);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* label = child<QLabel>(page, "checkStatusLabel");
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 15000);
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY2(label->text().startsWith(status), qPrintable(label->text()));
    QCOMPARE(page->nextCheck().isValid(), rechecks);
    if (rechecks)
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(page->nextCheck()) <= CheckPage::RecheckMs);
    auto* test = child<QPushButton>(page, "checkTestRequestButton");
    QVERIFY(test);
    QCOMPARE(test->isVisible(), status == QLatin1String("Live"));
    if (test->isVisible()) {
        // Live: a first request through the gateway, from the wizard.
        QTest::mouseClick(test, Qt::LeftButton);
        auto* send = child<QPushButton>(page, "forwardSendButton");
        auto* answer = child<QLabel>(page, "forwardStatusLabel");
        QVERIFY(send && answer);
        QTRY_VERIFY(!send->visibleRegion().isEmpty()); // laid out, so that a click lands on it
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().startsWith(QLatin1String("HTTP 200")), 15000);
    }
}

void TestGuiDashboard::wizardEndsWithCheckStep()
{
    OnboardingWizard* wizard = m_window->showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    const QList<int> ids = wizard->pageIds();
    QCOMPARE(ids.last(), int(OnboardingWizard::CheckPageId));
    QCOMPARE(ids.at(ids.size() - 2), int(OnboardingWizard::MappingPageId));
    QVERIFY(qobject_cast<CheckPage*>(wizard->page(OnboardingWizard::CheckPageId)));
    wizard->close();
}

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
