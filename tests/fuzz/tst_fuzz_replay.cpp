// Replays the committed fuzz corpus (tests/fuzz/corpus/<binary>/) through every fuzz target of FuzzTargets.h,
// without libFuzzer: a crash or a broken invariant fails the test, and under the ASan build every sanitizer report
// does. Seeds named ok-* must be accepted and bad-* refused (the others, e.g. crash regressions, only must not
// crash), so that a harness that stopped reaching its parser cannot pass.

#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mtlsdesk::fuzz;

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
};

namespace {

QDir corpusDir(const char* binary)
{
    return QDir(QStringLiteral(MTLSDESK_FUZZ_CORPUS "/") + QLatin1String(binary));
}

} // namespace

void TestFuzzReplay::corpus_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < int(targets.size()); ++i) {
        const QDir dir = corpusDir(targets.at(i).binary);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", targets.at(i).binary, qPrintable(name)) << i << dir.filePath(name);
        }
    }
}

void TestFuzzReplay::corpus()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    const bool accepted = targets.at(target).run(input);
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("ok-")))
        QVERIFY2(accepted, "a seed named ok-* must be accepted");
    else if (name.startsWith(QLatin1String("bad-")))
        QVERIFY2(!accepted, "a seed named bad-* must be refused");
}

void TestFuzzReplay::everyTargetHasSeeds_data()
{
    QTest::addColumn<int>("target");
    for (int i = 0; i < int(targets.size()); ++i)
        QTest::newRow(targets.at(i).binary) << i;
}

void TestFuzzReplay::everyTargetHasSeeds()
{
    QFETCH(int, target);
    const QDir dir = corpusDir(targets.at(target).binary);
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    QVERIFY2(!dir.entryList({QStringLiteral("ok-*")}, QDir::Files).isEmpty(), "no seed named ok-*");
    QVERIFY2(!dir.entryList({QStringLiteral("bad-*")}, QDir::Files).isEmpty(), "no seed named bad-*");
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
