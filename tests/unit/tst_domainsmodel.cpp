#include "models/DomainsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mtlsdesk;

class TestDomainsModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAndColumns();
    void editOverride();
};

static Domains sample()
{
    Domains domains;
    domains.setDiscovered({{Domains::MtlsGateway, QStringLiteral("m.example")},
                           {Domains::AgentVep, QStringLiteral("a.example")},
                           {QStringLiteral("zzzOther"), QStringLiteral("o.example")}});
    return domains;
}

void TestDomainsModel::rowsAndColumns()
{
    DomainsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDomains(sample());
    // The four services mTLS Desk needs come first (even when missing), then the others.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), Domains::AgentVep);
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("zzzOther"));
    const int gateway = 1;
    QCOMPARE(model.index(gateway, int(DomainsModel::Column::Discovered)).data().toString(), QStringLiteral("m.example"));
    QCOMPARE(model.index(gateway, int(DomainsModel::Column::InUse)).data().toString(), QStringLiteral("m.example"));
    QVERIFY(!model.index(3, 0).data(DomainsModel::ValidRole).toBool()); // sentinel: not discovered
    QVERIFY(model.flags(model.index(0, int(DomainsModel::Column::Override))) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, int(DomainsModel::Column::Discovered))) & Qt::ItemIsEditable));
}

void TestDomainsModel::editOverride()
{
    DomainsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDomains(sample());
    QSignalSpy changed(&model, &DomainsModel::overrideChanged);
    const QModelIndex cell = model.index(1, int(DomainsModel::Column::Override));
    QVERIFY(!model.setData(cell, QStringLiteral("https://bad/host")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(model.setData(cell, QStringLiteral("pinned.example:9443")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), Domains::MtlsGateway);
    QCOMPARE(model.index(1, int(DomainsModel::Column::InUse)).data().toString(), QStringLiteral("pinned.example:9443"));
    QVERIFY(model.setData(cell, QString()));
    QCOMPARE(model.index(1, int(DomainsModel::Column::InUse)).data().toString(), QStringLiteral("m.example"));
}

QTEST_GUILESS_MAIN(TestDomainsModel)
#include "tst_domainsmodel.moc"
