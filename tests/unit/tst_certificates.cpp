// Certificate values and their model: the service's answer shapes (contract §3, §4, quirks §9), expiry and
// health, the table model under QAbstractItemModelTester, sorting and filtering through a proxy, and the
// auto-generate rules of §4.6.

#include "certs/Certificate.h"
#include "certs/CertificateJobs.h"
#include "models/CertificatesModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mtlsdesk;

class TestCertificates : public QObject
{
    Q_OBJECT
private slots:
    void parseContractExample();
    void parseListShapes();
    void parseListRejects_data();
    void parseListRejects();
    void parseSaveWrapper();
    void parseDates_data();
    void parseDates();
    void daysLeft();
    void modelBasics();
    void modelHealthAndColours();
    void modelUsage();
    void proxySortAndFilter();
    void generateRules_data();
    void generateRules();
};

static const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

static Certificate make(qint64 id, const QString& name, const QString& status, const QDateTime& expiry)
{
    Certificate certificate;
    certificate.id = id;
    certificate.name = name;
    certificate.status = status;
    certificate.expirationDate = expiry;
    return certificate;
}

void TestCertificates::parseContractExample()
{
    // The contract's own example, with the null expiry of the old pages.
    const QByteArray body = R"([{"id":3515906310,"deleted":false,"name":"Cert1","displayName":"Cert1",
                                 "siteId":"le1606809","status":"UnAvailable","expirationDate":null}])";
    QString problem;
    const auto list = Certificate::listFromJson(body, &problem);
    QVERIFY2(list, qPrintable(problem));
    QCOMPARE(list->size(), 1);
    const Certificate& c = list->first();
    QCOMPARE(c.id, 3515906310LL);
    QCOMPARE(c.name, QStringLiteral("Cert1"));
    QCOMPARE(c.siteId, QStringLiteral("le1606809"));
    QVERIFY(!c.isAvailable());
    QVERIFY(!c.expirationDate.isValid());
    QVERIFY(!c.daysLeft(Now));
}

void TestCertificates::parseListShapes()
{
    // An old get-all example answers one object; ids may come as strings; deleted rows are not listed.
    auto single = Certificate::listFromJson(R"({"id":"42","name":"A","status":"Available"})");
    QVERIFY(single);
    QCOMPARE(single->size(), 1);
    QCOMPARE(single->first().id, 42);
    QVERIFY(single->first().isAvailable());
    auto withDeleted = Certificate::listFromJson(R"([{"id":1,"name":"A"},{"id":2,"name":"B","deleted":true}])");
    QVERIFY(withDeleted);
    QCOMPARE(withDeleted->size(), 1);
    auto empty = Certificate::listFromJson("[]");
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestCertificates::parseListRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QByteArray(R"([{"id":1,"name":"A")") << QStringLiteral("not JSON");
    QTest::newRow("no id") << QByteArray(R"([{"name":"A"}])") << QStringLiteral("no numeric id");
    QTest::newRow("fractional id") << QByteArray(R"([{"id":1.5,"name":"A"}])") << QStringLiteral("no numeric id");
    QTest::newRow("no name") << QByteArray(R"([{"id":7}])") << QStringLiteral("no name");
    QTest::newRow("entry not object") << QByteArray(R"([1])") << QStringLiteral("not an object");
}

void TestCertificates::parseListRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problemPart);
    QString problem;
    QVERIFY(!Certificate::listFromJson(body, &problem));
    QVERIFY2(problem.contains(problemPart), qPrintable(problem));
}

void TestCertificates::parseSaveWrapper()
{
    QString problem;
    auto wrapped = SaveResult::fromJson(R"({"successfulySavedCertificates":[{"id":9,"name":"N","status":"Available"}],
                                           "failedSaveToVaultCertificates":[]})",
                                        &problem);
    QVERIFY2(wrapped, qPrintable(problem));
    QCOMPARE(wrapped->saved.size(), 1);
    QCOMPARE(wrapped->saved.first().id, 9);
    QVERIFY(wrapped->failedToVault.isEmpty());
    // One old page answers a bare Certificate.
    auto bare = SaveResult::fromJson(R"({"id":10,"name":"M"})");
    QVERIFY(bare);
    QCOMPARE(bare->saved.first().name, QStringLiteral("M"));
    auto vaultFailed = SaveResult::fromJson(
        R"({"successfulySavedCertificates":[],"failedSaveToVaultCertificates":[{"name":"X"}]})");
    QVERIFY(vaultFailed);
    QCOMPARE(vaultFailed->failedToVault, QStringList{QStringLiteral("X")});
    // The correctly spelled key is not the contract's: refused rather than silently read as empty.
    QVERIFY(!SaveResult::fromJson(R"({"successfullySavedCertificates":[]})", &problem));
    QVERIFY(problem.contains(QLatin1String("successfulySavedCertificates")));
}

void TestCertificates::parseDates_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2027, 11, 23), QTime(10, 0), Qt::UTC);
    QTest::newRow("iso z ms") << QJsonValue(QStringLiteral("2027-11-23T10:00:00.000Z")) << t;
    QTest::newRow("iso z") << QJsonValue(QStringLiteral("2027-11-23T10:00:00Z")) << t;
    QTest::newRow("iso offset") << QJsonValue(QStringLiteral("2027-11-23T12:00:00+02:00")) << t;
    QTest::newRow("java +0000") << QJsonValue(QStringLiteral("2027-11-23T10:00:00.000+0000")) << t;
    QTest::newRow("epoch ms number") << QJsonValue(double(t.toMSecsSinceEpoch())) << t;
    QTest::newRow("epoch ms text") << QJsonValue(QString::number(t.toMSecsSinceEpoch())) << t;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(QStringLiteral("soon")) << QDateTime();
}

void TestCertificates::parseDates()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(Certificate::parseDate(value), expected);
}

void TestCertificates::daysLeft()
{
    QCOMPARE(*make(1, {}, {}, Now.addDays(10)).daysLeft(Now), 10);
    QCOMPARE(*make(1, {}, {}, Now.addSecs(3600)).daysLeft(Now), 0);
    QCOMPARE(*make(1, {}, {}, Now.addSecs(-3600)).daysLeft(Now), -1); // expired an hour ago: day -1, not 0
    QCOMPARE(*make(1, {}, {}, Now.addDays(-3)).daysLeft(Now), -3);
}

void TestCertificates::modelBasics()
{
    CertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Now);
    model.setCertificates({make(1, QStringLiteral("alpha"), QStringLiteral("Available"), Now.addDays(200)),
                           make(2, QStringLiteral("beta"), QStringLiteral("Available"), Now.addDays(5))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(CertificatesModel::Column::Count));
    QCOMPARE(model.index(0, int(CertificatesModel::Column::Name)).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(1, int(CertificatesModel::Column::Id)).data().toString(), QStringLiteral("2"));
    QVERIFY(model.nameTaken(QStringLiteral("alpha")));
    QVERIFY(!model.nameTaken(QStringLiteral("Alpha"))); // the service compares names exactly
    QVERIFY(!model.nameTaken(QStringLiteral("alpha"), 1)); // renaming alpha to itself is fine

    Certificate renamed = *model.byId(2);
    renamed.name = QStringLiteral("gamma");
    model.upsert(renamed); // update in place
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("gamma"));
    model.upsert(make(3, QStringLiteral("delta"), QStringLiteral("Available"), {})); // insert
    QCOMPARE(model.rowCount(), 3);
    model.remove(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(1), -1);
    model.remove(999); // unknown: nothing happens
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(int(CertificatesModel::Column::Expires), Qt::Horizontal).toString(),
             QStringLiteral("Expires"));
}

void TestCertificates::modelHealthAndColours()
{
    CertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Now);
    model.setCertificates({make(1, QStringLiteral("ok"), QStringLiteral("Available"), Now.addDays(90)),
                           make(2, QStringLiteral("soon"), QStringLiteral("Available"), Now.addDays(29)),
                           make(3, QStringLiteral("gone"), QStringLiteral("Available"), Now.addDays(-2)),
                           make(4, QStringLiteral("off"), QStringLiteral("UnAvailable"), Now.addDays(90)),
                           make(5, QStringLiteral("nodate"), QStringLiteral("Available"), {})});
    using H = CertificatesModel::Health;
    const QList<H> expected{H::Ok, H::Expiring, H::Expired, H::Unavailable, H::NoDate};
    const int expires = int(CertificatesModel::Column::Expires);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.index(row, 0).data(CertificatesModel::HealthRole).value<H>(), expected.at(row));
    // Words first: the cell says it, the colour only backs it up.
    QVERIFY(model.index(1, expires).data().toString().contains(QLatin1String("in 29 day")));
    QVERIFY(model.index(2, expires).data().toString().contains(QLatin1String("expired 2 day")));
    QCOMPARE(model.index(2, int(CertificatesModel::Column::Status)).data().toString(), QStringLiteral("Expired"));
    QVERIFY(model.index(3, int(CertificatesModel::Column::Status)).data().toString().contains(QLatin1String("UnAvailable")));
    QCOMPARE(model.index(4, expires).data().toString(), QStringLiteral("not given"));
    QVERIFY(!model.index(0, expires).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, expires).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(2, expires).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("expires")));
    QVERIFY(!model.index(1, int(CertificatesModel::Column::Status)).data(Qt::DecorationRole).isNull() ||
            QIcon::themeName().isEmpty());
    // Time passes: the day-30 certificate becomes "expiring" without a reload.
    model.setNow(Now.addDays(65));
    QCOMPARE(model.index(0, 0).data(CertificatesModel::HealthRole).value<H>(), H::Expiring);
}

void TestCertificates::modelUsage()
{
    CertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificates({make(1, QStringLiteral("a"), QStringLiteral("Available"), {}),
                           make(2, QStringLiteral("b"), QStringLiteral("Available"), {})});
    const int usedBy = int(CertificatesModel::Column::UsedBy);
    QVERIFY(!model.usage(1));
    QCOMPARE(model.index(0, usedBy).data().toString(), QStringLiteral("—")); // not known yet, not "0"
    model.setUsage({{1, 3}});
    QCOMPARE(*model.usage(1), 3);
    QCOMPARE(*model.usage(2), 0);
    QCOMPARE(model.index(0, usedBy).data().toString(), QStringLiteral("3 mapping(s)"));
    QCOMPARE(model.index(1, usedBy).data().toString(), QStringLiteral("no mapping"));
    model.clearUsage();
    QVERIFY(!model.usage(1));
}

void TestCertificates::proxySortAndFilter()
{
    CertificatesModel model;
    model.setNow(Now);
    model.setCertificates({make(30, QStringLiteral("beta"), QStringLiteral("Available"), Now.addDays(300)),
                           make(4, QStringLiteral("Alpha"), QStringLiteral("Available"), Now.addDays(10)),
                           make(100, QStringLiteral("gamma"), QStringLiteral("Available"), {})});
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(CertificatesModel::SortRole);
    proxy.sort(int(CertificatesModel::Column::Name));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alpha")); // case-folded
    proxy.sort(int(CertificatesModel::Column::Id));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alpha")); // 4 < 30 < 100 numerically
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("gamma"));
    proxy.sort(int(CertificatesModel::Column::Expires));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("gamma")); // no date sorts last
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("GAM"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("30"));
    QCOMPARE(proxy.rowCount(), 1); // by id
}

void TestCertificates::generateRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("problems");
    QTest::newRow("good") << QStringLiteral("Partner01") << QByteArray("Abcdef1!") << 0;
    QTest::newRow("good en dash") << QStringLiteral("P") << QByteArray("Abcdef1\xe2\x80\x93") << 0;
    QTest::newRow("name with dash") << QStringLiteral("my-cert") << QByteArray("Abcdef1!") << 1;
    QTest::newRow("name empty") << QString() << QByteArray("Abcdef1!") << 1;
    QTest::newRow("name non-ascii") << QStringLiteral("Zertifikät") << QByteArray("Abcdef1!") << 1;
    QTest::newRow("short") << QStringLiteral("a") << QByteArray("Ab1!") << 1;
    QTest::newRow("no digit") << QStringLiteral("a") << QByteArray("Abcdefg!") << 1;
    QTest::newRow("no lower") << QStringLiteral("a") << QByteArray("ABCDEF1!") << 1;
    QTest::newRow("no upper") << QStringLiteral("a") << QByteArray("abcdef1!") << 1;
    QTest::newRow("no special") << QStringLiteral("a") << QByteArray("Abcdefg1") << 1;
    QTest::newRow("too long") << QStringLiteral("a") << (QByteArray("Ab1!") + QByteArray(497, 'x')) << 1;
    QTest::newRow("everything wrong") << QStringLiteral("a b") << QByteArray("abc") << 5;
}

void TestCertificates::generateRules()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, password);
    QFETCH(int, problems);
    const QStringList found = CertificateGenerateJob::nameProblems(name) + CertificateGenerateJob::passwordProblems(password);
    QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
