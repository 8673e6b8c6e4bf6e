// bench_startup: cold start of mtls-desk to its first painted main window, and its resident memory once idle,
// against a reference in the same run: a bare Qt Widgets window (this program with --reference), started the same
// way. Each start gets fresh settings and data directories (a first start). Needs an X display (bench/run uses
// Xvfb). Prints medians and the ratio.
//   build/bin/bench_startup [ROUNDS (7)]

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] { fputs("first-paint\n", stderr); });
        }
        return false;
    }
};

int reference(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("reference window")));
    window.resize(1000, 700);
    window.installEventFilter(new FirstPaint(&window));
    window.show();
    return QApplication::exec();
}

struct Sample
{
    double firstPaintMs = -1;
    double rssMiB = -1;
};

double rssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

Sample measure(const QString& program, const QStringList& arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        QDir(home.path()).mkpath(QLatin1String(variable));
        environment.insert(QLatin1String(variable), home.filePath(QLatin1String(variable)));
    }
    environment.insert(QStringLiteral("MTLSDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QProcess process;
    process.setProcessEnvironment(environment);
    Sample sample;
    QElapsedTimer clock;
    clock.start();
    process.setReadChannel(QProcess::StandardError);
    process.start(program, arguments);
    QByteArray err;
    while (clock.elapsed() < 20000 && !err.contains("first-paint\n")) {
        if (!process.waitForReadyRead(20000 - int(clock.elapsed())))
            break;
        err += process.readAllStandardError();
    }
    if (err.contains("first-paint\n")) {
        sample.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
        QThread::msleep(2000); // idle
        sample.rssMiB = rssMiB(process.processId());
    }
    process.kill();
    process.waitForFinished(5000);
    return sample;
}

double median(QList<double> values)
{
    values.removeAll(-1);
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--reference") == 0)
        return reference(argc, argv);
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
    const QString dir = QCoreApplication::applicationDirPath();
    const QString desk = dir + QStringLiteral("/mtls-desk");
    QList<double> deskPaint, deskRss, refPaint, refRss;
    // Interleaved, so that both see the same machine state; the first round warms the disk cache for both.
    measure(desk, {QStringLiteral("--environment"), QStringLiteral("production")});
    measure(QCoreApplication::applicationFilePath(), {QStringLiteral("--reference")});
    for (int i = 0; i < rounds; ++i) {
        const Sample d = measure(desk, {QStringLiteral("--environment"), QStringLiteral("production")});
        const Sample r = measure(QCoreApplication::applicationFilePath(), {QStringLiteral("--reference")});
        deskPaint << d.firstPaintMs;
        deskRss << d.rssMiB;
        refPaint << r.firstPaintMs;
        refRss << r.rssMiB;
    }
    QTextStream out(stdout);
    const double dp = median(deskPaint), rp = median(refPaint), dr = median(deskRss), rr = median(refRss);
    if (dp < 0 || rp < 0) {
        out << "bench_startup: no first paint seen (is there an X display?)\n";
        return 2;
    }
    out << "bench_startup: " << rounds << " cold starts each, medians\n";
    out << QStringLiteral("%1 %2 %3\n").arg(QString(), -34).arg(QStringLiteral("first paint ms"), 15).arg(QStringLiteral("idle RSS MiB"), 13);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("mtls-desk (main window + wizard)"), -34).arg(dp, 15, 'f', 0).arg(dr, 13, 'f', 1);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("reference (bare QMainWindow)"), -34).arg(rp, 15, 'f', 0).arg(rr, 13, 'f', 1);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("ratio"), -34).arg(dp / rp, 15, 'f', 2).arg(dr / rr, 13, 'f', 2);
    return 0;
}
