// The mapping editor against a real mtls-sandbox: load, edit, save (the diff goes out as DELETE, PUT and one
// POST with If-Match), the drafts that keep edits across a restart and a failed save, and two clients
// editing at once: the second gets 409, re-reads, re-applies its edits on top, saves, and both edits are on
// the service.

#include "LoggedInWorkspace.h"

#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "mappings/MappingJobs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

class TestMappingEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void loadEditSave();
    void draftSurvivesRestart();
    void invalidRowsAreNotSent();
    void twoClientsConflictAndBothEditsLand();

private:
    bool loadEditor(MappingEditor& editor);
    bool saveEditor(MappingEditor& editor);
    Mapping newMapping(const QString& name, const QString& url) const;
    QList<Mapping> onServer();

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_certificateId;
    QByteArray m_bearer;
};

void TestMappingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    // One certificate for the mappings to point at.
    const qint64 id = m_sandbox->uploadDemoCertificate(QStringLiteral("demo"), m_bearer);
    QVERIFY(id > 0);
    m_certificateId = QString::number(id);
}

void TestMappingEditor::init()
{
    // Every test starts from an empty account and no draft.
    for (const Mapping& mapping : onServer()) {
        const HttpResult removed = m_sandbox->send(
            "DELETE",
            m_sandbox->url(QStringLiteral("/api/account/%1/configuration/ac-common/mtls/%2?v=3.0")
                               .arg(m_sandbox->info().accountId)
                               .arg(mapping.id)),
            {}, {{"Authorization", "Bearer " + m_bearer}});
        QCOMPARE(removed.status, 200);
    }
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
}

QList<Mapping> TestMappingEditor::onServer()
{
    const HttpResult listed = m_sandbox->get(
        QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(m_sandbox->info().accountId),
        {{"Authorization", "Bearer " + m_bearer}});
    return Mapping::listFromJson(listed.body).value_or(QList<Mapping>());
}

Mapping TestMappingEditor::newMapping(const QString& name, const QString& url) const
{
    Mapping mapping;
    mapping.name = name;
    mapping.url = url;
    mapping.serviceId = QStringLiteral("1");
    mapping.certificationId = m_certificateId;
    mapping.enable = true;
    return mapping;
}

bool TestMappingEditor::loadEditor(MappingEditor& editor)
{
    QSignalSpy loaded(&editor, &MappingEditor::loaded);
    editor.load();
    return loaded.wait(20000);
}

bool TestMappingEditor::saveEditor(MappingEditor& editor)
{
    QSignalSpy saved(&editor, &MappingEditor::saved);
    QSignalSpy failed(&editor, &MappingEditor::failed);
    editor.save();
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (!failed.isEmpty())
        qWarning() << "save failed:" << failed.first().first().toString();
    return !saved.isEmpty();
}

void TestMappingEditor::loadEditSave()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    MappingEditor& editor = workspace.mappings();
    QVERIFY(editor.unavailableReason().isEmpty());
    QVERIFY(loadEditor(editor));
    QCOMPARE(editor.model().rowCount(), 0);
    QVERIFY(!editor.revision().isEmpty());

    editor.model().addMapping(newMapping(QStringLiteral("idp"), QStringLiteral("https://partner.example/token")));
    editor.model().addMapping(newMapping(QStringLiteral("hook"), QStringLiteral("https://partner.example/hook?x=1")));
    QCOMPARE(editor.diff().added.size(), 2);
    QVERIFY(saveEditor(editor));
    QCOMPARE(onServer().size(), 2);
    QVERIFY(!editor.hasChanges());
    QVERIFY(editor.model().rows().first().key > 0); // the service's ids
    QVERIFY(editor.model().index(0, int(MappingsModel::Column::State)).data().toString().contains(QLatin1String("live at")));

    // Change one, delete the other: a PUT and a DELETE.
    const int idp = editor.model().mappingAt(0).name == QStringLiteral("idp") ? 0 : 1;
    editor.model().setData(editor.model().index(idp, int(MappingsModel::Column::Enabled)), Qt::Unchecked, Qt::CheckStateRole);
    editor.model().removeRowList({1 - idp});
    QCOMPARE(editor.diff().size(), 2);
    QVERIFY(saveEditor(editor));
    const QList<Mapping> server = onServer();
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.first().name, QStringLiteral("idp"));
    QVERIFY(!server.first().enable);
    // The certificate table learns how many mappings use each certificate.
    QCOMPARE(workspace.certificates().model().usage(m_certificateId.toLongLong()).value_or(-1), 1);
}

void TestMappingEditor::draftSurvivesRestart()
{
    QString draft;
    {
        Workspace workspace;
        QString why;
        QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
        QVERIFY(loadEditor(workspace.mappings()));
        workspace.mappings().model().addMapping(newMapping(QStringLiteral("unsaved"), QStringLiteral("https://u.example/")));
        draft = workspace.mappings().draftPath();
        QTRY_VERIFY(QFile::exists(draft)); // written shortly after the edit
        QFile file(draft);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("unsaved"));
        QVERIFY(!content.contains(m_bearer));                              // no secret in a draft
        QVERIFY(!content.contains(m_sandbox->info().password.toUtf8()));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    } // the app quits without saving
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    QSignalSpy loaded(&workspace.mappings(), &MappingEditor::loaded);
    workspace.mappings().load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toInt(), 1); // one restored edit
    QCOMPARE(workspace.mappings().model().rowCount(), 1);
    QCOMPARE(workspace.mappings().model().mappingAt(0).name, QStringLiteral("unsaved"));
    QVERIFY(saveEditor(workspace.mappings()));
    QVERIFY(!QFile::exists(draft)); // saved: nothing left to keep
}

void TestMappingEditor::invalidRowsAreNotSent()
{
    Workspace workspace;
    QString why;
    QVERIFY2(logIn(workspace, *m_sandbox, &why), qPrintable(why));
    MappingEditor& editor = workspace.mappings();
    QVERIFY(loadEditor(editor));
    editor.model().addMapping(newMapping(QStringLiteral("same"), QStringLiteral("https://a.example/")));
    editor.model().addMapping(newMapping(QStringLiteral("same"), QStringLiteral("http://b.example/")));
    QSignalSpy failed(&editor, &MappingEditor::failed);
    editor.save();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("errors")));
    QVERIFY(onServer().isEmpty());
    QCOMPARE(editor.model().rowCount(), 2); // nothing lost
}

void TestMappingEditor::twoClientsConflictAndBothEditsLand()
{
    Workspace alice;
    Workspace bob;
    QString why;
    QVERIFY2(logIn(alice, *m_sandbox, &why), qPrintable(why));
    QVERIFY2(logIn(bob, *m_sandbox, &why), qPrintable(why));
    // A shared starting point.
    QVERIFY(loadEditor(alice.mappings()));
    alice.mappings().model().addMapping(newMapping(QStringLiteral("shared"), QStringLiteral("https://s.example/")));
    QVERIFY(saveEditor(alice.mappings()));
    // Bob reads the same revision as Alice has now. (They share the draft file of the account: the test runs
    // them one after another, as two machines would.)
    QVERIFY(loadEditor(bob.mappings()));
    QCOMPARE(bob.mappings().revision(), alice.mappings().revision());

    // Alice adds one and saves: the revision moves.
    alice.mappings().model().addMapping(newMapping(QStringLiteral("alice"), QStringLiteral("https://alice.example/")));
    QVERIFY(saveEditor(alice.mappings()));

    // Bob changes the shared one with the old revision: 409, re-read, his edit re-applied on top.
    MappingEditor& editor = bob.mappings();
    editor.model().setData(editor.model().index(0, int(MappingsModel::Column::Url)), QStringLiteral("https://s.example/v2"));
    QSignalSpy failed(&editor, &MappingEditor::failed);
    QSignalSpy rebased(&editor, &MappingEditor::rebased);
    editor.save();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Conflict);
    QTRY_VERIFY_WITH_TIMEOUT(!rebased.isEmpty(), 20000);
    const MappingDiff serverChanges = rebased.first().first().value<MappingDiff>();
    QCOMPARE(serverChanges.added.size(), 1); // Alice's mapping, shown to Bob
    QCOMPARE(serverChanges.added.first().name, QStringLiteral("alice"));
    QCOMPARE(editor.model().rowCount(), 2);
    QCOMPARE(editor.diff().changed.size(), 1); // his edit, still to save
    QVERIFY(saveEditor(editor));

    const QList<Mapping> server = onServer();
    QCOMPARE(server.size(), 2);
    for (const Mapping& mapping : server) {
        if (mapping.name == QStringLiteral("shared"))
            QCOMPARE(mapping.url, QStringLiteral("https://s.example/v2"));
        else
            QCOMPARE(mapping.name, QStringLiteral("alice"));
    }
}

QTEST_GUILESS_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
