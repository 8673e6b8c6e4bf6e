// bench_mappingsmodel: the mapping editor's table with many rows — load (reset), validation, sort and filter
// through MappingsProxyModel — against a reference in the same run: the same rows in a
// QStandardItemModel (what a quick implementation would use), loaded, sorted and filtered the same way.
// Prints median milliseconds per operation and the ratio.
//   build/bin/bench_mappingsmodel [ROWS] [ROUNDS]

#include "BenchMappings.h"
#include "models/MappingsModel.h"
#include "models/MappingsProxyModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextStream>

#include <algorithm>

using namespace mtlsdesk;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template <typename F> double timeMs(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 100000;
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;

    QList<MappingsModel::Row> rows;
    QList<Mapping> base;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Mapping mapping = bench::benchMapping(i, count);
        rows.append({mapping.id, mapping});
        base.append(mapping);
    }

    QList<double> load, validate, sort, filter, refLoad, refSort, refFilter;
    for (int round = 0; round < rounds; ++round) {
        MappingsModel model;
        load << timeMs([&] { model.reset(rows, base); });
        validate << timeMs([&] { model.validateNow(); });
        MappingsProxyModel proxy;
        proxy.setMappingsModel(&model);
        sort << timeMs([&] { proxy.sort(int(MappingsModel::Column::Url)); });
        filter << timeMs([&] { proxy.setText(QStringLiteral("partner42.")); });

        QStandardItemModel reference(0, 6);
        refLoad << timeMs([&] {
            for (const auto& row : std::as_const(rows)) {
                QList<QStandardItem*> items{new QStandardItem(row.mapping.name), new QStandardItem(row.mapping.serviceId),
                                            new QStandardItem(row.mapping.url), new QStandardItem(row.mapping.certificationId),
                                            new QStandardItem(row.mapping.enable ? QStringLiteral("true") : QStringLiteral("false")),
                                            new QStandardItem(QStringLiteral("saved"))};
                reference.appendRow(items);
            }
        });
        QSortFilterProxyModel refProxy;
        refProxy.setSourceModel(&reference);
        refProxy.setFilterKeyColumn(-1);
        refProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        refSort << timeMs([&] { refProxy.sort(2); });
        refFilter << timeMs([&] { refProxy.setFilterFixedString(QStringLiteral("partner42.")); });
    }

    QTextStream out(stdout);
    out << "mapping model, " << count << " rows, median of " << rounds << " rounds (ms)\n";
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("operation"), -12).arg(QStringLiteral("MappingsModel"), 14)
               .arg(QStringLiteral("QStandardItemModel"), 19).arg(QStringLiteral("ratio"), 8);
    auto line = [&](const QString& name, double ours, double reference) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -12)
                   .arg(ours, 14, 'f', 1)
                   .arg(reference, 19, 'f', 1)
                   .arg(reference > 0 ? ours / reference : 0, 8, 'f', 2);
    };
    line(QStringLiteral("load"), median(load), median(refLoad));
    line(QStringLiteral("sort"), median(sort), median(refSort));
    line(QStringLiteral("filter"), median(filter), median(refFilter));
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("validate"), -12).arg(median(validate), 14, 'f', 1);
    return 0;
}
