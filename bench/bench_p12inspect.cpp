// bench_p12inspect: how long a full inspection of one P12 file takes in mTLS Desk, against the reference a user
// would otherwise run, `openssl pkcs12 -info -noout`, on the same file in the same run. Prints medians and
// the ratio (machines are noisy; the ratio is the figure to watch).
//   build/bin/bench_p12inspect [ROUNDS]

#include "p12/P12Inspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

bool openssl(const QString& directory, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 30;
    QTemporaryDir dir;
    const QString d = dir.path();
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    if (!openssl(d, {s("req"), s("-x509"), s("-newkey"), s("rsa:2048"), s("-nodes"), s("-keyout"), s("rsa.key"), s("-out"),
                     s("rsa.pem"), s("-subj"), s("/CN=bench"), s("-days"), s("30")}) ||
        !openssl(d, {s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:P-256"), s("-nodes"),
                     s("-keyout"), s("ec.key"), s("-out"), s("ec.pem"), s("-subj"), s("/CN=bench-ec"), s("-days"), s("30")})) {
        QTextStream(stderr) << "openssl is needed to make the benchmark files\n";
        return 1;
    }
    struct Sample
    {
        const char* name;
        QStringList exportArguments;
    };
    const QList<Sample> samples{
        {"modern RSA-2048 (AES, 2048 iterations)", {s("-inkey"), s("rsa.key"), s("-in"), s("rsa.pem")}},
        {"legacy RSA-2048 (RC2/3DES, SHA-1 MAC)", {s("-legacy"), s("-inkey"), s("rsa.key"), s("-in"), s("rsa.pem")}},
        {"modern EC P-256", {s("-inkey"), s("ec.key"), s("-in"), s("ec.pem")}},
    };
    QTextStream out(stdout);
    out << QStringLiteral("%1 | %2 | %3 | %4\n").arg(s("file"), -40).arg(s("mTLS Desk ms"), 12).arg(s("openssl ms"), 10).arg(s("ratio"), 6);
    int index = 0;
    for (const Sample& sample : samples) {
        const QString file = QStringLiteral("f%1.p12").arg(index++);
        if (!openssl(d, QStringList{s("pkcs12"), s("-export"), s("-passout"), s("pass:bench"), s("-out"), file} +
                            sample.exportArguments))
            return 1;
        QFile input(dir.filePath(file));
        input.open(QIODevice::ReadOnly);
        const QByteArray data = input.readAll();
        QList<double> ours;
        QList<double> reference;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto report = mtlsdesk::p12::P12Inspector::inspect(data, "bench");
            ours << timer.nsecsElapsed() / 1e6;
            if (!report.readable)
                return 1;
            timer.restart();
            openssl(d, {s("pkcs12"), s("-info"), s("-noout"), s("-in"), file, s("-passin"), s("pass:bench")});
            reference << timer.nsecsElapsed() / 1e6;
        }
        const double a = median(ours);
        const double b = median(reference);
        out << QStringLiteral("%1 | %2 | %3 | %4\n")
                   .arg(QString::fromLatin1(sample.name), -40)
                   .arg(a, 12, 'f', 2)
                   .arg(b, 10, 'f', 2)
                   .arg(b > 0 ? a / b : 0, 6, 'f', 2);
    }
    out << QStringLiteral("(medians of %1 rounds; ratio = mTLS Desk / openssl process, lower is better)\n").arg(rounds);
    return 0;
}
