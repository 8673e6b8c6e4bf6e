#include "LoggedInWorkspace.h"

#include "MainWindow.h"
#include "dialogs/MappingDiffDialog.h"
#include "mappings/MappingEditor.h"
#include "text/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// The Mappings section as an admin uses it: add a row, fill it in the table, undo and redo, see the live
// validation, save through the diff dialog, leave an edit unsaved and quit; after a restart the saved mapping
// is there and the unsaved edit is restored from the draft.
class TestGuiMappings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addSaveRestartFind();

private:
    QList<QJsonObject> onServer();
    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
    QString m_certificateId;
};

template <typename T>
static T* child(QObject* root, const char* name)
{
    T* object = root->findChild<T*>(QLatin1String(name));
    if (!object)
        qWarning("no %s", name);
    return object;
}

void TestGuiMappings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots for docs/ show the app as users see it: with the translation it installs at start (the system's
    // language, English here), which resolves the plural forms ("7 mappings", not "7 mapping(s)").
    if (qEnvironmentVariableIsSet("MTLSDESK_SCREENSHOT_DIR"))
        QVERIFY(!Translations::install(QString()).isEmpty());
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_mappings"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    const qint64 id = m_sandbox->uploadDemoCertificate(QStringLiteral("PartnerCert"), m_bearer);
    QVERIFY(id > 0);
    m_certificateId = QString::number(id);
}

QList<QJsonObject> TestGuiMappings::onServer()
{
    const HttpResult listed = m_sandbox->get(
        QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(m_sandbox->info().accountId),
        {{"Authorization", "Bearer " + m_bearer}});
    QList<QJsonObject> result;
    const QJsonArray array = QJsonDocument::fromJson(listed.body).array();
    for (const QJsonValue& value : array)
        result << value.toObject();
    return result;
}

void TestGuiMappings::addSaveRestartFind()
{
    using Column = MappingsModel::Column;
    {
        Workspace workspace;
        MainWindow window(workspace);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString why;
        QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
        window.showSection(MainWindow::MappingsSection);
        auto* table = child<QTableView>(&window, "mappingsTableView");
        auto* add = child<QAction>(&window, "addMappingAction");
        auto* save = child<QAction>(&window, "saveMappingsAction");
        auto* undo = child<QAction>(&window, "undoMappingAction");
        auto* redo = child<QAction>(&window, "redoMappingAction");
        auto* status = child<QLabel>(&window, "mappingsStatusLabel");
        auto* message = child<QLabel>(&window, "mappingsMessageLabel");
        QVERIFY(table && add && save && undo && redo && status && message);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.mappings().isLoaded(), 15000);
        QTRY_VERIFY(add->isEnabled());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!save->isEnabled()); // nothing to save

        // Add a row, undo and redo it.
        add->trigger();
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(table->model()->rowCount(), 0);
        redo->trigger();
        QCOMPARE(table->model()->rowCount(), 1);

        // Fill it in the table; an http:// URL is marked and blocks Save, the https one clears it.
        QAbstractItemModel* model = table->model();
        QVERIFY(model->setData(model->index(0, int(Column::Name)), QStringLiteral("partner-idp")));
        QVERIFY(model->setData(model->index(0, int(Column::Certificate)), m_certificateId));
        QVERIFY(model->setData(model->index(0, int(Column::Url)), QStringLiteral("http://partner.example/token")));
        QTRY_VERIFY(model->index(0, 0).data(MappingsModel::HasErrorRole).toBool());
        QVERIFY(!save->isEnabled());
        QVERIFY(status->text().contains(QLatin1String("error")));
        QVERIFY(model->setData(model->index(0, int(Column::Url)), QStringLiteral("https://partner.example/token")));
        QTRY_VERIFY(!model->index(0, 0).data(MappingsModel::HasErrorRole).toBool());
        QTRY_VERIFY(save->isEnabled());

        // Save shows the diff first; confirming sends it.
        save->trigger();
        MappingDiffDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MappingDiffDialog*>()) && dialog->isVisible());
        if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/mappings-diff.png")));
        auto* confirm = child<QPushButton>(dialog, "confirmSaveMappingsButton");
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onServer().size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.mappings().hasChanges() &&
                                     workspace.mappings().state() == MappingEditor::State::Ready,
                                 15000);
        QCOMPARE(onServer().first().value(QLatin1String("url")).toString(), QStringLiteral("https://partner.example/token"));
        QTRY_VERIFY(model->index(0, int(Column::State)).data().toString().contains(QLatin1String("live at")));

        // An edit left unsaved when the app quits.
        QVERIFY(model->setData(model->index(0, int(Column::Url)), QStringLiteral("https://partner.example/token?v=2")));
        QTRY_VERIFY(QFile::exists(workspace.mappings().draftPath()));
        if (const QString dir = qEnvironmentVariable("MTLSDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            workspace.mappings().model().addMapping(); // a second, unfinished row shows the marks
            QTest::qWait(100);
            QVERIFY(window.grab().save(dir + QStringLiteral("/mappings.png")));
            undo->trigger();
        }
    }

    // The next start: the saved mapping is on the service, the unsaved edit comes back from the draft.
    Workspace workspace;
    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    window.showSection(MainWindow::MappingsSection);
    auto* table = child<QTableView>(&window, "mappingsTableView");
    auto* message = child<QLabel>(&window, "mappingsMessageLabel");
    QVERIFY(table && message);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.mappings().isLoaded(), 15000);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, int(Column::Name)).data().toString(), QStringLiteral("partner-idp"));
    QCOMPARE(table->model()->index(0, int(Column::Url)).data().toString(), QStringLiteral("https://partner.example/token?v=2"));
    QCOMPARE(table->model()->index(0, int(Column::State)).data().toString(), QStringLiteral("changed, not saved"));
    QVERIFY2(message->text().contains(QLatin1String("Restored")), qPrintable(message->text()));
    QCOMPARE(onServer().first().value(QLatin1String("url")).toString(), QStringLiteral("https://partner.example/token"));
}

QTEST_MAIN(TestGuiMappings)
#include "tst_gui_mappings.moc"
