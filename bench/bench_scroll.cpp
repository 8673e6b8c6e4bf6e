// bench_scroll: does scrolling the Mappings table block the UI thread? An event-loop latency probe (a precise
// 2 ms timer that writes down how late each of its ticks is) runs while the real Mappings page, holding
// ROWS mappings, is scrolled like a user would: wheel steps at 60 Hz, then drags of the scroll bar to random
// places, then the same with a search filter active. The reference, in the same run, is a plain QTableView over
// a QStandardItemModel with the same texts (what Qt gives for free). Prints, per scenario, the longest stall
// and the 99th percentile of the probe's lateness in milliseconds, and the ratio of the longest stalls.
//   xvfb-run -a build/bin/bench_scroll [ROWS] [STEPS]

#include "BenchMappings.h"
#include "app/Workspace.h"
#include "mappings/MappingEditor.h"
#include "models/MappingsModel.h"
#include "pages/MappingsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

using namespace mtlsdesk;

namespace {

constexpr int ProbeMs = 2;

// Lateness of a repeating timer, in milliseconds: how long the event loop kept it waiting.
class LatencyProbe : public QObject
{
public:
    void start()
    {
        m_lateness.clear();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_lateness << std::max(0.0, double(now - m_last) / 1e6 - ProbeMs);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_timer.disconnect(this);
    }
    double max() const { return m_lateness.isEmpty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end()); }
    double percentile(double p) const
    {
        if (m_lateness.isEmpty())
            return 0;
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateness;
};

struct Figures
{
    double max = 0;
    double p99 = 0;
};

// Runs `steps` calls of `step` at 60 Hz under the probe and returns its figures.
Figures measure(int steps, const std::function<void(int)>& step)
{
    LatencyProbe probe;
    QEventLoop loop;
    QTimer driver;
    int done = 0;
    driver.setInterval(16);
    QObject::connect(&driver, &QTimer::timeout, &loop, [&] {
        if (done == steps) {
            driver.stop();
            // A last frame for the final step's repaint, then stop.
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            return;
        }
        step(done++);
    });
    probe.start();
    driver.start();
    loop.exec();
    probe.stop();
    return {probe.max(), probe.percentile(0.99)};
}

void wheel(QAbstractScrollArea* view, int delta)
{
    QWidget* viewport = view->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

struct Scenario
{
    QString name;
    std::function<void(int)> ours;
    std::function<void(int)> reference;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-bench"));
    const int count = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 100000;
    const int steps = argc > 2 ? std::max(20, QByteArray(argv[2]).toInt()) : 300;

    QList<MappingsModel::Row> rows;
    QList<Mapping> base;
    auto* reference = new QStandardItemModel(count, 5, &app);
    reference->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Service"), QStringLiteral("URL"),
                                          QStringLiteral("Certificate"), QStringLiteral("Enabled")});
    for (int i = 0; i < count; ++i) {
        const Mapping mapping = bench::benchMapping(i, count);
        rows.append({mapping.id, mapping});
        base.append(mapping);
        reference->setItem(i, 0, new QStandardItem(mapping.name));
        reference->setItem(i, 1, new QStandardItem(mapping.serviceId));
        reference->setItem(i, 2, new QStandardItem(mapping.url));
        reference->setItem(i, 3, new QStandardItem(mapping.certificationId));
        auto* enabled = new QStandardItem;
        enabled->setCheckable(true);
        enabled->setCheckState(mapping.enable ? Qt::Checked : Qt::Unchecked);
        reference->setItem(i, 4, enabled);
    }

    // Ours: the real page (delegates, validation marks, search proxy) over the workspace's editor.
    Workspace workspace;
    MappingsPage page(workspace);
    page.resize(1200, 800);
    page.show();
    workspace.mappings().model().reset(rows, base);
    QTableView* table = page.table();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("mappingSearchLineEdit"));

    QTableView plain;
    plain.setModel(reference);
    plain.setSortingEnabled(true);
    plain.resize(1200, 800);
    plain.move(0, 0);
    plain.show();
    auto* referenceFilter = new QSortFilterProxyModel(&app);

    QApplication::processEvents();
    QTextStream out(stdout);
    out << "bench_scroll: " << count << " rows, " << steps << " steps per scenario at 60 Hz, probe every "
        << ProbeMs << " ms\n";
    out << "scenario | ours max ms | ours p99 ms | reference max ms | reference p99 ms | max ratio\n";

    QRandomGenerator random(42);
    QList<int> jumps;
    for (int i = 0; i < steps; ++i)
        jumps << int(random.bounded(1000));
    auto jump = [&jumps](QTableView* view, int i) {
        QScrollBar* bar = view->verticalScrollBar();
        bar->setValue(bar->minimum() + qint64(bar->maximum() - bar->minimum()) * jumps.at(i) / 1000);
    };
    const QList<Scenario> scenarios{
        {QStringLiteral("idle event loop"), [](int) {}, [](int) {}},
        {QStringLiteral("wheel, 3 rows a step"), [&](int i) { wheel(table, i % 100 < 80 ? -120 : 120); },
         [&](int i) { wheel(&plain, i % 100 < 80 ? -120 : 120); }},
        {QStringLiteral("scroll bar dragged to random rows"), [&](int i) { jump(table, i); },
         [&](int i) { jump(&plain, i); }},
    };
    auto run = [&](const Scenario& scenario) {
        page.raise();
        page.activateWindow();
        const Figures ours = measure(steps, scenario.ours);
        plain.raise();
        plain.activateWindow();
        const Figures theirs = measure(steps, scenario.reference);
        out << scenario.name << " | " << QString::number(ours.max, 'f', 1) << " | " << QString::number(ours.p99, 'f', 1)
            << " | " << QString::number(theirs.max, 'f', 1) << " | " << QString::number(theirs.p99, 'f', 1) << " | "
            << (theirs.max > 0 ? QString::number(ours.max / theirs.max, 'f', 2) : QStringLiteral("-")) << "\n";
        out.flush();
    };
    for (const Scenario& scenario : scenarios)
        run(scenario);

    // The same drags with a search that keeps about a tenth of the rows ("partner1" matches partner1, 10-19).
    if (search) {
        search->setText(QStringLiteral("partner1"));
        QApplication::processEvents();
    }
    referenceFilter->setSourceModel(reference);
    referenceFilter->setFilterKeyColumn(-1);
    referenceFilter->setFilterFixedString(QStringLiteral("partner1"));
    plain.setModel(referenceFilter);
    QApplication::processEvents();
    run({QStringLiteral("filtered, scroll bar dragged"), [&](int i) { jump(table, i); }, [&](int i) { jump(&plain, i); }});
    out << "target: ours max < 50 ms in every scenario\n";
    return 0;
}
