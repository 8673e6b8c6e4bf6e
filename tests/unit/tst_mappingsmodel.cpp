// The mapping editor's local parts: the table model under QAbstractItemModelTester with every edit undone
// and redone, change marks against the service's base, the save diff and the rebase after a conflict, and
// CSV / JSON import and export (round trips, quoting, formula cells, and clear errors for broken files).

#include "mappings/MappingEditor.h"
#include "mappings/MappingsIo.h"
#include "models/MappingsModel.h"
#include "models/MappingsProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mtlsdesk;

class TestMappingsModel : public QObject
{
    Q_OBJECT
private slots:
    void editsAreUndoable();
    void rowsAddDuplicateDeleteUndo();
    void bulkEnableIsOneStep();
    void changeMarksAndState();
    void validationMarksCells();
    void proxySortsAndFilters();
    void diffBetween();
    void rebaseKeepsEveryEdit();
    void csvRoundTrip();
    void jsonRoundTrip();
    void importErrors_data();
    void importErrors();
    void fileRoundTrip();
};

using Column = MappingsModel::Column;

static Mapping mapping(qint64 id, const QString& name, const QString& url, bool enable = true)
{
    Mapping m;
    m.id = id;
    m.name = name;
    m.url = url;
    m.serviceId = QStringLiteral("1");
    m.certificationId = QStringLiteral("100");
    m.enable = enable;
    return m;
}

static QList<MappingsModel::Row> rows(const QList<Mapping>& mappings)
{
    QList<MappingsModel::Row> result;
    for (const Mapping& m : mappings)
        result.append({m.id, m});
    return result;
}

void TestMappingsModel::editsAreUndoable()
{
    MappingsModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Mapping> base{mapping(1, QStringLiteral("a"), QStringLiteral("https://a.example/"))};
    model.reset(rows(base), base);
    const QModelIndex url = model.index(0, int(Column::Url));
    QVERIFY(model.flags(url) & Qt::ItemIsEditable);
    QVERIFY(model.setData(url, QStringLiteral("https://b.example/")));
    QCOMPARE(model.mappingAt(0).url, QStringLiteral("https://b.example/"));
    QCOMPARE(undo.count(), 1);
    QVERIFY(undo.undoText().contains(QLatin1String("URL")));
    QVERIFY(model.setData(model.index(0, int(Column::Enabled)), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.mappingAt(0).enable);
    QVERIFY(model.setData(model.index(0, int(Column::Service)), QStringLiteral("2")));
    QVERIFY(model.setData(model.index(0, int(Column::Certificate)), QStringLiteral("200")));
    QVERIFY(model.setData(model.index(0, int(Column::Name)), QStringLiteral("renamed")));
    QCOMPARE(undo.count(), 5);
    QVERIFY(model.setData(model.index(0, int(Column::Name)), QStringLiteral("renamed"))); // no change, no step
    QCOMPARE(undo.count(), 5);
    QVERIFY(!model.setData(model.index(0, int(Column::State)), QStringLiteral("x"))); // read-only column
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(model.mappingAt(0), base.first());
    while (undo.canRedo())
        undo.redo();
    QCOMPARE(model.mappingAt(0).name, QStringLiteral("renamed"));
    QCOMPARE(model.mappingAt(0).certificationId, QStringLiteral("200"));
}

void TestMappingsModel::rowsAddDuplicateDeleteUndo()
{
    MappingsModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Mapping> base{mapping(1, QStringLiteral("a"), QStringLiteral("https://a.example/")),
                              mapping(2, QStringLiteral("b"), QStringLiteral("https://b.example/"))};
    model.reset(rows(base), base);
    const QModelIndex added = model.addMapping({}, 1);
    QCOMPARE(added.row(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rows().at(1).key < 0);
    QCOMPARE(model.mappingAt(1).serviceId, QStringLiteral("1")); // a sensible default
    model.duplicateRows({0, 2});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.mappingAt(1).name, QStringLiteral("a (copy)"));
    QCOMPARE(model.mappingAt(4).name, QStringLiteral("b (copy)"));
    QCOMPARE(model.mappingAt(4).id, 0);
    model.removeRowList({0, 3, 3});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(undo.count(), 3);
    undo.undo(); // the delete
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.mappingAt(0).name, QStringLiteral("a"));
    undo.undo(); // the duplicates
    undo.undo(); // the add
    QCOMPARE(model.mappings(), base);
    undo.redo();
    undo.redo();
    undo.redo();
    QCOMPARE(model.rowCount(), 3);
}

void TestMappingsModel::bulkEnableIsOneStep()
{
    MappingsModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    QList<Mapping> base;
    for (int i = 1; i <= 4; ++i)
        base << mapping(i, QStringLiteral("m%1").arg(i), QStringLiteral("https://h/%1").arg(i), i % 2 == 0);
    model.reset(rows(base), base);
    model.setEnabledRows({0, 1, 2, 3}, true);
    QCOMPARE(undo.count(), 1);
    for (int i = 0; i < 4; ++i)
        QVERIFY(model.mappingAt(i).enable);
    undo.undo();
    QCOMPARE(model.mappings(), base);
    model.setEnabledRows({1}, true); // already enabled: nothing to do, the undone step stays redoable
    QCOMPARE(undo.count(), 1);
    QVERIFY(undo.canRedo());
}

void TestMappingsModel::changeMarksAndState()
{
    MappingsModel model;
    const QList<Mapping> base{mapping(1, QStringLiteral("a"), QStringLiteral("https://a.example/")),
                              mapping(2, QStringLiteral("b"), QStringLiteral("https://b.example/"), false)};
    model.reset(rows(base), base);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    model.setNow(now);
    model.setLiveAt({{1, now.addSecs(240)}});
    QCOMPARE(model.changeAt(0), MappingsModel::Change::None);
    QVERIFY(model.index(0, int(Column::State)).data().toString().contains(QLatin1String("live at")));
    QCOMPARE(model.index(1, int(Column::State)).data().toString(), QStringLiteral("disabled"));
    model.setData(model.index(0, int(Column::Url)), QStringLiteral("https://changed.example/"));
    QCOMPARE(model.changeAt(0), MappingsModel::Change::Changed);
    QCOMPARE(model.index(0, int(Column::State)).data().toString(), QStringLiteral("changed, not saved"));
    model.addMapping(mapping(0, QStringLiteral("c"), QStringLiteral("https://c.example/")));
    QCOMPARE(model.changeAt(2), MappingsModel::Change::Added);
    model.setData(model.index(0, int(Column::Url)), QStringLiteral("https://a.example/")); // back to the base
    QCOMPARE(model.changeAt(0), MappingsModel::Change::None);
}

void TestMappingsModel::validationMarksCells()
{
    MappingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Mapping> base{mapping(1, QStringLiteral("a"), QStringLiteral("https://a.example/")),
                              mapping(2, QStringLiteral("a"), QStringLiteral("not a url"))};
    model.reset(rows(base), base);
    QSignalSpy validated(&model, &MappingsModel::validated);
    QVERIFY(validated.wait(1000)); // coalesced: runs once the event loop turns
    QCOMPARE(model.errorRows(), 1);
    QVERIFY(model.index(1, 0).data(MappingsModel::HasErrorRole).toBool());
    QVERIFY(!model.index(0, 0).data(MappingsModel::HasErrorRole).toBool());
    QVERIFY(model.index(1, int(Column::Name)).data(Qt::ToolTipRole).toString().contains(QLatin1String("unique")));
    QVERIFY(model.index(1, int(Column::Url)).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, int(Column::Url)).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(MappingsModel::IssuesRole).toStringList().size(), 2);
    model.setData(model.index(1, int(Column::Name)), QStringLiteral("b"));
    model.setData(model.index(1, int(Column::Url)), QStringLiteral("https://b.example/"));
    model.validateNow();
    QCOMPARE(model.errorRows(), 0);

    // Sorting and filtering through a proxy keep the rows' identity.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MappingsModel::SortRole);
    proxy.sort(int(Column::Url), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, int(Column::Url)).data().toString(), QStringLiteral("https://b.example/"));
    QCOMPARE(proxy.index(0, 0).data(MappingsModel::KeyRole).toLongLong(), 2);
}

void TestMappingsModel::proxySortsAndFilters()
{
    MappingsModel model;
    const QList<Mapping> base{mapping(3, QStringLiteral("Charlie"), QStringLiteral("https://c.example/")),
                              mapping(1, QStringLiteral("alpha"), QStringLiteral("https://b.example/"), false),
                              mapping(2, QStringLiteral("bravo"), QStringLiteral("not a url"))};
    model.reset(rows(base), base);
    model.validateNow();
    MappingsProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setMappingsModel(&model);
    proxy.sort(int(Column::Name));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha")); // case-insensitive
    proxy.sort(int(Column::Url), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("bravo")); // "not a url" > "https://…"
    proxy.sort(int(Column::Enabled));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));

    proxy.setText(QStringLiteral("C.EXAMPLE"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("idp")); // the service's name
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText({});
    proxy.setKind(MappingsProxyModel::Kind::Disabled);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKind(MappingsProxyModel::Kind::WithProblems);
    QCOMPARE(proxy.rowCount(), 2); // the invalid URL and the disabled row (a warning)
    proxy.setKind(MappingsProxyModel::Kind::Unsaved);
    QCOMPARE(proxy.rowCount(), 0);
    model.setData(model.index(0, int(Column::Name)), QStringLiteral("Changed"));
    QCOMPARE(proxy.rowCount(), 1); // the proxy follows edits
    model.addMapping(mapping(0, QStringLiteral("new"), QStringLiteral("https://n.example/")));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestMappingsModel::diffBetween()
{
    const QList<Mapping> base{mapping(1, QStringLiteral("a"), QStringLiteral("https://a/")),
                              mapping(2, QStringLiteral("b"), QStringLiteral("https://b/")),
                              mapping(3, QStringLiteral("c"), QStringLiteral("https://c/"))};
    QList<Mapping> working = base;
    working[0].url = QStringLiteral("https://a2/");
    working.removeAt(1);
    working << mapping(0, QStringLiteral("d"), QStringLiteral("https://d/"));
    const MappingDiff diff = MappingDiff::between(base, working);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.deleted.size(), 1);
    QCOMPARE(diff.changed.first().first.url, QStringLiteral("https://a/"));
    QCOMPARE(MappingDiff::changedFields(diff.changed.first().first, diff.changed.first().second),
             QStringList{QStringLiteral("url")});
    QCOMPARE(diff.deleted.first().name, QStringLiteral("b"));
    QVERIFY(MappingDiff::between(base, base).isEmpty());
}

void TestMappingsModel::rebaseKeepsEveryEdit()
{
    const QList<Mapping> oldBase{mapping(1, QStringLiteral("a"), QStringLiteral("https://a/")),
                                 mapping(2, QStringLiteral("b"), QStringLiteral("https://b/")),
                                 mapping(3, QStringLiteral("c"), QStringLiteral("https://c/")),
                                 mapping(4, QStringLiteral("d"), QStringLiteral("https://d/"))};
    // Mine: a's URL, b's enable, delete c, change d, add e.
    QList<Mapping> mine = oldBase;
    mine[0].url = QStringLiteral("https://a-mine/");
    mine[1].enable = false;
    mine[3].url = QStringLiteral("https://d-mine/");
    mine.removeAt(2);
    mine << mapping(0, QStringLiteral("e"), QStringLiteral("https://e/"));
    const MappingDiff edits = MappingDiff::between(oldBase, mine);
    // Theirs (on the service meanwhile): a's URL too, b's name, d deleted, f added.
    QList<Mapping> newBase = oldBase;
    newBase[0].url = QStringLiteral("https://a-theirs/");
    newBase[1].name = QStringLiteral("b-theirs");
    newBase.removeAt(3);
    newBase << mapping(6, QStringLiteral("f"), QStringLiteral("https://f/"));

    QStringList clashes;
    qint64 lastKey = 0;
    const QList<MappingsModel::Row> result = rebase(newBase, edits, &clashes, &lastKey);
    auto byName = [&](const QString& name) -> std::optional<Mapping> {
        for (const auto& row : result) {
            if (row.mapping.name == name)
                return row.mapping;
        }
        return std::nullopt;
    };
    QCOMPARE(byName(QStringLiteral("a"))->url, QStringLiteral("https://a-mine/")); // both changed: mine kept
    QCOMPARE(byName(QStringLiteral("b-theirs"))->enable, false);                  // theirs + mine merged
    QVERIFY(!byName(QStringLiteral("c")));                                         // my delete
    QCOMPARE(byName(QStringLiteral("d"))->url, QStringLiteral("https://d-mine/")); // deleted there: mine re-added
    QCOMPARE(byName(QStringLiteral("d"))->id, 0);
    QVERIFY(byName(QStringLiteral("e")));                                           // my new one
    QVERIFY(byName(QStringLiteral("f")));                                           // their new one
    QCOMPARE(clashes.size(), 2); // a (both changed url) and d (deleted on the service)
    QVERIFY(lastKey < 0);
}

void TestMappingsModel::csvRoundTrip()
{
    QList<Mapping> mappings{mapping(0, QStringLiteral("plain"), QStringLiteral("https://h/x?a=1&b=2")),
                            mapping(0, QStringLiteral("with, comma \"and\" quotes"), QStringLiteral("https://h/y")),
                            mapping(0, QStringLiteral("line\nbreak"), QStringLiteral("https://h/z"), false),
                            mapping(0, QStringLiteral("=cmd|'/c calc'!A1"), QStringLiteral("https://h/f"))};
    const QByteArray csv = MappingsIo::toCsv(mappings);
    QVERIFY(csv.startsWith("name,serviceId,url,certificationId,enable\r\n"));
    QVERIFY(csv.contains("'=cmd")); // never a formula in a spreadsheet
    QString error;
    const auto back = MappingsIo::fromCsv(csv, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, mappings);
    // Columns in another order, a BOM, no enable column: enabled by default.
    const auto reordered = MappingsIo::fromCsv("\xEF\xBB\xBFurl,name\nhttps://q/,q\n", &error);
    QVERIFY2(reordered, qPrintable(error));
    QCOMPARE(reordered->first().name, QStringLiteral("q"));
    QVERIFY(reordered->first().enable);
}

void TestMappingsModel::jsonRoundTrip()
{
    QList<Mapping> mappings{mapping(0, QStringLiteral("a"), QStringLiteral("https://a/")),
                            mapping(0, QStringLiteral("b"), QStringLiteral("https://b/"), false)};
    QString error;
    const auto back = MappingsIo::fromJson(MappingsIo::toJson(mappings), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, mappings);
    // The service's own export with ids and a deleted row: ids dropped, deleted rows skipped.
    const auto exported = MappingsIo::fromJson(R"([{"id":5,"name":"x","serviceId":"1","url":"https://x/",
        "certificationId":"9","enable":true,"deleted":false},{"id":6,"name":"y","deleted":true}])", &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(exported->size(), 1);
    QCOMPARE(exported->first().id, 0);
}

void TestMappingsModel::importErrors_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("json truncated") << false << QByteArray(R"([{"name":"a")") << "not valid JSON";
    QTest::newRow("json object") << false << QByteArray(R"({"name":"a"})") << "JSON array";
    QTest::newRow("json entry") << false << QByteArray(R"([1])") << "Entry 1";
    QTest::newRow("csv empty") << true << QByteArray() << "empty";
    QTest::newRow("csv no header") << true << QByteArray("a,b\n") << "\"name\" is missing";
    QTest::newRow("csv quote") << true << QByteArray("name,url\n\"open,https://x/\n") << "Line 2";
    QTest::newRow("csv enable") << true << QByteArray("name,url,enable\na,https://x/,maybe\n") << "Row 2";
}

void TestMappingsModel::importErrors()
{
    QFETCH(bool, csv);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QString error;
    const auto result = csv ? MappingsIo::fromCsv(data, &error) : MappingsIo::fromJson(data, &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestMappingsModel::fileRoundTrip()
{
    QTemporaryDir dir;
    const QList<Mapping> mappings{mapping(0, QStringLiteral("a"), QStringLiteral("https://a/"))};
    for (const char* name : {"m.csv", "m.json"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QString error;
        QVERIFY2(MappingsIo::exportFile(path, mappings, &error), qPrintable(error));
        const auto back = MappingsIo::importFile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, mappings);
    }
    QString error;
    QVERIFY(!MappingsIo::importFile(dir.filePath(QStringLiteral("missing.csv")), &error));
    QVERIFY(error.contains(QLatin1String("cannot be opened")));
}

QTEST_GUILESS_MAIN(TestMappingsModel)
#include "tst_mappingsmodel.moc"
