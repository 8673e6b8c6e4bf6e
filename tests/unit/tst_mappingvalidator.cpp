// The mapping value (the service's JSON, §3) and every validation rule of MappingValidator: names unique,
// one certificate per (service, URL) compared as written, absolute https URLs, known certificates, and the
// warnings for URL variants, disabled rows, unknown services and expiring certificates.

#include "mappings/Mapping.h"
#include "mappings/MappingValidator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace mtlsdesk;

class TestMappingValidator : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void jsonReadsNumbersAsStrings();
    void listRejects();
    void validRowsHaveNoIssues();
    void rules_data();
    void rules();
    void urlProblems_data();
    void urlProblems();
    void looseForm_data();
    void looseForm();
    void certificatesNotLoaded();
    void manyRowsInOnePass();
};

static const QDateTime Now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

static Mapping row(const QString& name, const QString& url, const QString& service = QStringLiteral("1"),
                   const QString& certificate = QStringLiteral("100"), bool enable = true)
{
    Mapping mapping;
    mapping.name = name;
    mapping.url = url;
    mapping.serviceId = service;
    mapping.certificationId = certificate;
    mapping.enable = enable;
    return mapping;
}

static QList<Certificate> certificates()
{
    Certificate ok;
    ok.id = 100;
    ok.name = QStringLiteral("ok");
    ok.status = QStringLiteral("Available");
    ok.expirationDate = Now.addDays(300);
    Certificate expired = ok;
    expired.id = 200;
    expired.name = QStringLiteral("old");
    expired.expirationDate = Now.addDays(-1);
    Certificate soon = ok;
    soon.id = 300;
    soon.name = QStringLiteral("soon");
    soon.expirationDate = Now.addDays(10);
    return {ok, expired, soon};
}

static QStringList codes(const QList<MappingIssue>& issues)
{
    QStringList result;
    for (const MappingIssue& issue : issues)
        result << issue.code;
    return result;
}

void TestMappingValidator::jsonRoundTrip()
{
    const QByteArray example = R"({"id":4569253110,"deleted":false,"name":"uniqueNamePerAccount","certificationId":"4569243410",
        "serviceId":"1","enable":true,"url":"https://partner.example/api/token","siteId":"123"})";
    QString problem;
    const auto list = Mapping::listFromJson(example, &problem);
    QVERIFY2(list, qPrintable(problem));
    const Mapping& mapping = list->first();
    QCOMPARE(mapping.id, 4569253110LL);
    QCOMPARE(mapping.certificationId, QStringLiteral("4569243410"));
    QCOMPARE(mapping.serviceId, QStringLiteral("1"));
    QVERIFY(mapping.enable);
    const QJsonObject json = mapping.toJson();
    QCOMPARE(json.value(QLatin1String("serviceId")).toString(), QStringLiteral("1")); // a string, as the service stores it
    QCOMPARE(json.value(QLatin1String("certificationId")).toString(), QStringLiteral("4569243410"));
    QCOMPARE(Mapping::fromJson(json), mapping);
    QVERIFY(!mapping.toJson(false).contains(QLatin1String("id"))); // a create sends no id
}

void TestMappingValidator::jsonReadsNumbersAsStrings()
{
    const auto list = Mapping::listFromJson(R"([{"id":"7","name":"n","certificationId":42,"serviceId":2,"enable":false,
                                               "url":"https://x","siteId":99}])");
    QVERIFY(list);
    QCOMPARE(list->first().id, 7);
    QCOMPARE(list->first().certificationId, QStringLiteral("42"));
    QCOMPARE(list->first().serviceId, QStringLiteral("2"));
    QCOMPARE(list->first().siteId, QStringLiteral("99"));
    QVERIFY(!list->first().enable);
}

void TestMappingValidator::listRejects()
{
    QString problem;
    QVERIFY(!Mapping::listFromJson("{", &problem));
    QVERIFY(problem.contains(QLatin1String("not JSON")));
    QVERIFY(!Mapping::listFromJson(R"([{"name":"no id"}])", &problem));
    QVERIFY(!Mapping::listFromJson(R"(["text"])", &problem));
}

void TestMappingValidator::validRowsHaveNoIssues()
{
    const QList<Mapping> rows{row(QStringLiteral("a"), QStringLiteral("https://p.example/token")),
                              row(QStringLiteral("b"), QStringLiteral("https://p.example/token"), QStringLiteral("2")),
                              row(QStringLiteral("c"), QStringLiteral("https://p.example/other?x=1&y=2"))};
    const auto issues = MappingValidator::validate(rows, certificates(), Now);
    QCOMPARE(issues.size(), 3);
    for (const auto& rowIssues : issues)
        QVERIFY2(rowIssues.isEmpty(), qPrintable(codes(rowIssues).join(QLatin1Char(','))));
}

void TestMappingValidator::rules_data()
{
    QTest::addColumn<QList<Mapping>>("rows");
    QTest::addColumn<int>("checkedRow");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("error");
    const QString u = QStringLiteral("https://p.example/token");
    QTest::newRow("name missing") << QList<Mapping>{row({}, u)} << 0 << "name-missing" << true;
    QTest::newRow("name blank") << QList<Mapping>{row(QStringLiteral("  "), u)} << 0 << "name-missing" << true;
    QTest::newRow("name duplicate")
        << QList<Mapping>{row(QStringLiteral("a"), u), row(QStringLiteral("a"), u + QStringLiteral("2"))} << 1
        << "name-duplicate" << true;
    QTest::newRow("key duplicate")
        << QList<Mapping>{row(QStringLiteral("a"), u), row(QStringLiteral("b"), u)} << 1 << "key-duplicate" << true;
    QTest::newRow("trailing slash variant")
        << QList<Mapping>{row(QStringLiteral("a"), u), row(QStringLiteral("b"), u + QLatin1Char('/'))} << 1
        << "url-variant" << false;
    QTest::newRow("host case variant")
        << QList<Mapping>{row(QStringLiteral("a"), u), row(QStringLiteral("b"), QStringLiteral("https://P.Example/token"))}
        << 1 << "url-variant" << false;
    QTest::newRow("query order variant")
        << QList<Mapping>{row(QStringLiteral("a"), u + QStringLiteral("?a=1&b=2")),
                          row(QStringLiteral("b"), u + QStringLiteral("?b=2&a=1"))}
        << 1 << "url-variant" << false;
    QTest::newRow("default port variant")
        << QList<Mapping>{row(QStringLiteral("a"), u), row(QStringLiteral("b"), QStringLiteral("https://p.example:443/token"))}
        << 1 << "url-variant" << false;
    QTest::newRow("url invalid") << QList<Mapping>{row(QStringLiteral("a"), QStringLiteral("p.example/token"))} << 0
                                 << "url-invalid" << true;
    QTest::newRow("service missing") << QList<Mapping>{row(QStringLiteral("a"), u, QString())} << 0
                                     << "service-missing" << true;
    QTest::newRow("service unknown") << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("3"))} << 0
                                     << "service-unknown" << false;
    QTest::newRow("certificate missing") << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QString())}
                                         << 0 << "certificate-missing" << true;
    QTest::newRow("certificate not a number")
        << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QStringLiteral("abc"))} << 0
        << "certificate-invalid" << true;
    QTest::newRow("certificate unknown")
        << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QStringLiteral("999"))} << 0
        << "certificate-unknown" << true;
    QTest::newRow("certificate expired")
        << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QStringLiteral("200"))} << 0
        << "certificate-expired" << false;
    QTest::newRow("certificate expiring")
        << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QStringLiteral("300"))} << 0
        << "certificate-expiring" << false;
    QTest::newRow("disabled") << QList<Mapping>{row(QStringLiteral("a"), u, QStringLiteral("1"), QStringLiteral("100"), false)}
                              << 0 << "disabled" << false;
}

void TestMappingValidator::rules()
{
    QFETCH(QList<Mapping>, rows);
    QFETCH(int, checkedRow);
    QFETCH(QString, code);
    QFETCH(bool, error);
    const auto issues = MappingValidator::validate(rows, certificates(), Now);
    const auto& rowIssues = issues.at(checkedRow);
    const auto it = std::find_if(rowIssues.cbegin(), rowIssues.cend(), [&](const MappingIssue& i) { return i.code == code; });
    QVERIFY2(it != rowIssues.cend(), qPrintable(codes(rowIssues).join(QLatin1Char(','))));
    QCOMPARE(it->severity == MappingIssue::Severity::Error, error);
    QVERIFY(!it->message.isEmpty());
    QCOMPARE(MappingValidator::hasErrors(rowIssues), error);
    if (checkedRow > 0) // the first of a pair is not blamed
        QVERIFY(!codes(issues.at(0)).contains(code));
}

void TestMappingValidator::urlProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "https://partner.example/api/token?x=1" << true;
    QTest::newRow("ip and port") << "https://127.0.0.1:8443/x" << true;
    QTest::newRow("http") << "http://partner.example/" << false;
    QTest::newRow("relative") << "/api/token" << false;
    QTest::newRow("no scheme") << "partner.example/api" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces around") << " https://partner.example/ " << false;
    QTest::newRow("fragment") << "https://partner.example/#x" << false;
    QTest::newRow("no host") << "https:///path" << false;
}

void TestMappingValidator::urlProblems()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(MappingValidator::urlProblem(url).isEmpty(), ok);
}

void TestMappingValidator::looseForm_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("slash") << "https://h/x" << "https://h/x/" << true;
    QTest::newRow("case") << "https://H/x" << "https://h/x" << true;
    QTest::newRow("query order") << "https://h/x?a=1&b=2" << "https://h/x?b=2&a=1" << true;
    QTest::newRow("path case differs") << "https://h/X" << "https://h/x" << false;
    QTest::newRow("other query") << "https://h/x?a=1" << "https://h/x?a=2" << false;
    QTest::newRow("other port") << "https://h:8443/x" << "https://h/x" << false;
}

void TestMappingValidator::looseForm()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(MappingValidator::looseForm(a) == MappingValidator::looseForm(b), same);
}

void TestMappingValidator::certificatesNotLoaded()
{
    // Without the list only the form of the id is checked.
    const auto issues = MappingValidator::validate(
        {row(QStringLiteral("a"), QStringLiteral("https://h/x"), QStringLiteral("1"), QStringLiteral("999"))},
        std::nullopt, Now);
    QVERIFY(issues.first().isEmpty());
}

void TestMappingValidator::manyRowsInOnePass()
{
    // 100,000 rows with one duplicate at the end: found, and the pass is linear (well under a second).
    QList<Mapping> rows;
    rows.reserve(100001);
    for (int i = 0; i < 100000; ++i)
        rows << row(QStringLiteral("m%1").arg(i), QStringLiteral("https://p%1.example/token").arg(i));
    rows << row(QStringLiteral("m5"), QStringLiteral("https://other.example/"));
    QElapsedTimer timer;
    timer.start();
    const auto issues = MappingValidator::validate(rows, certificates(), Now);
    QVERIFY(codes(issues.last()).contains(QStringLiteral("name-duplicate")));
    QVERIFY(issues.at(5).isEmpty());
    qInfo("validated %lld rows in %lld ms", qlonglong(rows.size()), qlonglong(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestMappingValidator)
#include "tst_mappingvalidator.moc"
