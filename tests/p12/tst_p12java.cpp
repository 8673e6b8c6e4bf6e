#include "JavaLoader.h"
#include "P12Corpus.h"
#include "p12/P12Inspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::p12;
using mtlsdesk::test::JavaLoader;
using mtlsdesk::test::JavaResult;
using mtlsdesk::test::P12Corpus;
using mtlsdesk::test::P12Sample;

// The inspector's "Java loads it" must be what a real JDK does with the file: every readable sample and a wrong
// password go through tests/p12/JavaLoad.java. The JDK on PATH stands for "JDK 17+"; the older-Java verdict
// cannot be checked here.
class TestP12Java : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inspectorAgreesWithJava_data();
    void inspectorAgreesWithJava();
    void corpusExpectationsHold_data();
    void corpusExpectationsHold();

private:
    void javaRows();

    P12Corpus m_corpus;
    std::unique_ptr<JavaLoader> m_java;
    QHash<QString, JavaResult> m_results; // by sample name
};

void TestP12Java::initTestCase()
{
    if (JavaLoader::javaProgram().isEmpty())
        QSKIP("java is not on PATH: nothing to compare the inspector's Java verdict with");
    m_java = std::make_unique<JavaLoader>(QStringLiteral(MTLSDESK_JAVALOAD_SOURCE));
    QVERIFY2(m_java->prepare(), qPrintable(m_java->errorString()));
    QVERIFY2(m_corpus.generate(), qPrintable(m_corpus.errorString()));

    QElapsedTimer timer;
    timer.start();
    for (const P12Sample& sample : m_corpus.samples()) {
        if (sample.readable || sample.errorKind == QStringLiteral("bad-password"))
            m_results.insert(sample.name, m_java->load(sample.path, sample.password));
    }
    qInfo("%s: %lld files in %lld ms", qPrintable(m_java->javaVersion()), qint64(m_results.size()), timer.elapsed());
}

void TestP12Java::javaRows()
{
    QTest::addColumn<P12Sample>("sample");
    for (const P12Sample& sample : m_corpus.samples()) {
        if (m_results.contains(sample.name))
            QTest::newRow(sample.name.toUtf8().constData()) << sample;
    }
}

void TestP12Java::inspectorAgreesWithJava_data()
{
    javaRows();
}

void TestP12Java::inspectorAgreesWithJava()
{
    QFETCH(P12Sample, sample);
    const JavaResult java = m_results.value(sample.name);
    QVERIFY2(java.ran, qPrintable(QStringLiteral("%1: JavaLoad did not run: %2").arg(sample.path, java.message)));

    QFile file(sample.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Report report = P12Inspector::inspect(file.readAll(), sample.password);
    QVERIFY2(report.java.loads == java.loads,
             qPrintable(QStringLiteral("%1: inspector says Java %2 (reason \"%3\"), Java says: %4")
                            .arg(sample.path, report.java.loads ? QStringLiteral("loads") : QStringLiteral("fails"),
                                 report.java.reason, java.message)));
}

void TestP12Java::corpusExpectationsHold_data()
{
    javaRows();
}

// The corpus's javaLoads was written down from this JDK's behaviour; a different JDK that disagrees shows here
// rather than as an inspector failure.
void TestP12Java::corpusExpectationsHold()
{
    QFETCH(P12Sample, sample);
    const JavaResult java = m_results.value(sample.name);
    QVERIFY2(java.ran, qPrintable(java.message));
    QVERIFY2(java.loads == sample.javaLoads,
             qPrintable(QStringLiteral("%1: corpus expects Java %2, %3 says: %4")
                            .arg(sample.path, sample.javaLoads ? QStringLiteral("loads") : QStringLiteral("fails"),
                                 m_java->javaVersion(), java.message)));
}

QTEST_GUILESS_MAIN(TestP12Java)
#include "tst_p12java.moc"
