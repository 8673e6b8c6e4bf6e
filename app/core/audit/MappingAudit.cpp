#include "audit/MappingAudit.h"

#include "audit/AuditDiagram.h"
#include "mappings/MappingsIo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace mtlsdesk {

namespace {

QString isoDate(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

QString serviceOrder(const QString& serviceId)
{
    // Known services in their documented order, then unknown ids by number.
    return MappingServices::isKnown(serviceId) ? QStringLiteral("0") + serviceId
                                               : QStringLiteral("1") + serviceId.rightJustified(12, QLatin1Char('0'));
}

} // namespace

MappingAudit MappingAudit::build(const QString& accountId, const QString& environmentName,
                                 const QList<Certificate>& certificates, const QList<Mapping>& mappings,
                                 const QHash<qint64, RuntimeStatus>& statuses, const QDateTime& now)
{
    MappingAudit audit;
    audit.accountId = accountId;
    audit.environmentName = environmentName;
    audit.generatedAt = now.toUTC();

    QHash<QString, int> certificateIndex;
    for (const Certificate& certificate : certificates) {
        if (certificate.deleted)
            continue;
        CertificateEntry entry;
        entry.certificate = certificate;
        entry.daysLeft = certificate.daysLeft(now);
        audit.certificates << entry;
    }
    std::sort(audit.certificates.begin(), audit.certificates.end(), [](const auto& a, const auto& b) {
        const int byName = QString::compare(a.certificate.name, b.certificate.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.certificate.id < b.certificate.id;
    });
    for (int i = 0; i < audit.certificates.size(); ++i)
        certificateIndex.insert(QString::number(audit.certificates.at(i).certificate.id), i);

    for (const Mapping& mapping : mappings) {
        if (mapping.deleted)
            continue;
        MappingEntry entry;
        entry.mapping = mapping;
        entry.serviceName = MappingServices::name(mapping.serviceId);
        const auto found = certificateIndex.constFind(mapping.certificationId);
        const Certificate* certificate = nullptr;
        if (found != certificateIndex.cend()) {
            CertificateEntry& certificateEntry = audit.certificates[*found];
            ++certificateEntry.mappings;
            certificate = &certificateEntry.certificate;
            entry.certificateName = certificate->name;
        } else {
            entry.certificateMissing = true;
        }
        const auto status = statuses.constFind(mapping.id);
        if (status != statuses.cend()) {
            entry.status = *status;
        } else {
            RuntimeStatus::Inputs inputs;
            inputs.mapping = &mapping;
            inputs.certificate = certificate;
            inputs.now = now;
            entry.status = RuntimeStatus::evaluate(inputs);
        }
        audit.mappings << entry;
    }
    std::sort(audit.mappings.begin(), audit.mappings.end(), [](const MappingEntry& a, const MappingEntry& b) {
        const QString serviceA = serviceOrder(a.mapping.serviceId);
        const QString serviceB = serviceOrder(b.mapping.serviceId);
        if (serviceA != serviceB)
            return serviceA < serviceB;
        const int byName = QString::compare(a.mapping.name, b.mapping.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.mapping.id < b.mapping.id;
    });
    for (int i = 0; i < audit.mappings.size(); ++i) {
        const QString& service = audit.mappings.at(i).serviceName;
        if (audit.services.isEmpty() || audit.services.last().serviceName != service)
            audit.services << ServiceGroup{service, {}};
        audit.services.last().mappings << i;
    }
    return audit;
}

int MappingAudit::orphanCertificates() const
{
    return int(std::count_if(certificates.begin(), certificates.end(), [](const auto& c) { return c.orphan(); }));
}

int MappingAudit::expiringCertificates() const
{
    return int(std::count_if(certificates.begin(), certificates.end(),
                             [](const auto& c) { return c.expiring() || c.expired(); }));
}

int MappingAudit::mappingsWithMissingCertificate() const
{
    return int(std::count_if(mappings.begin(), mappings.end(), [](const auto& m) { return m.certificateMissing; }));
}

int MappingAudit::problemMappings() const
{
    return int(std::count_if(mappings.begin(), mappings.end(), [](const auto& m) { return m.status.isProblem(); }));
}

// One row per mapping, then one per certificate no mapping uses. No generation time, no "days left" and no localised
// text, so the same state always gives the same bytes (and the same SHA-256).
QByteArray MappingAudit::toCsv() const
{
    QByteArray out = "record,service,mapping_id,mapping_name,url,enabled,certificate_id,certificate_name,"
                     "certificate_expires,status,live_at\r\n";
    auto field = [](const QString& text) { return MappingsIo::csvField(text); };
    QHash<QString, const CertificateEntry*> byId;
    for (const CertificateEntry& entry : certificates)
        byId.insert(QString::number(entry.certificate.id), &entry);
    for (const MappingEntry& entry : mappings) {
        const CertificateEntry* c = byId.value(entry.mapping.certificationId, nullptr);
        out += "mapping," + field(entry.serviceName) + ',' + QByteArray::number(entry.mapping.id) + ',' +
               field(entry.mapping.name) + ',' + field(entry.mapping.url) + ',' +
               (entry.mapping.enable ? "true" : "false") + ',' + field(entry.mapping.certificationId) + ',' +
               field(c ? c->certificate.name : QString()) + ',' +
               field(c ? isoDate(c->certificate.expirationDate) : QString()) + ',' + field(RuntimeStatus::kindKey(entry.status.kind)) + ',' + field(isoDate(entry.status.liveAt)) + "\r\n";
    }
    for (const CertificateEntry& entry : certificates) {
        if (!entry.orphan())
            continue;
        out += "orphan-certificate,,,,,," + QByteArray::number(entry.certificate.id) + ',' +
               field(entry.certificate.name) + ',' + field(isoDate(entry.certificate.expirationDate)) + ",,\r\n";
    }
    return out;
}

QByteArray MappingAudit::contentSha256() const
{
    return QCryptographicHash::hash(toCsv(), QCryptographicHash::Sha256).toHex();
}

QString MappingAudit::footerText() const
{
    return tr("Account %1 · %2 · %3 · SHA-256 of the content (the CSV export): %4")
        .arg(accountId, environmentName, generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
             QString::fromLatin1(contentSha256()));
}

QByteArray MappingAudit::toJson() const
{
    QJsonArray certificateArray;
    for (const CertificateEntry& entry : certificates) {
        QJsonObject object{{QStringLiteral("id"), QString::number(entry.certificate.id)},
                           {QStringLiteral("name"), entry.certificate.name},
                           {QStringLiteral("status"), entry.certificate.status},
                           {QStringLiteral("expirationDate"), isoDate(entry.certificate.expirationDate)},
                           {QStringLiteral("mappings"), entry.mappings},
                           {QStringLiteral("orphan"), entry.orphan()},
                           {QStringLiteral("expiring"), entry.expiring()},
                           {QStringLiteral("expired"), entry.expired()}};
        if (entry.daysLeft)
            object.insert(QStringLiteral("daysLeft"), double(*entry.daysLeft));
        certificateArray.append(object);
    }
    QJsonArray serviceArray;
    for (const ServiceGroup& group : services) {
        QJsonArray mappingArray;
        for (int index : group.mappings) {
            const MappingEntry& entry = mappings.at(index);
            QJsonObject object = entry.mapping.toJson();
            object.insert(QStringLiteral("certificateName"), entry.certificateName);
            object.insert(QStringLiteral("certificateMissing"), entry.certificateMissing);
            object.insert(QStringLiteral("status"), RuntimeStatus::kindKey(entry.status.kind));
            object.insert(QStringLiteral("statusText"), entry.status.text);
            object.insert(QStringLiteral("statusDetail"), entry.status.detail);
            if (entry.status.liveAt.isValid())
                object.insert(QStringLiteral("liveAt"), isoDate(entry.status.liveAt));
            mappingArray.append(object);
        }
        serviceArray.append(QJsonObject{{QStringLiteral("serviceName"), group.serviceName},
                                        {QStringLiteral("mappings"), mappingArray}});
    }
    const QJsonObject summary{{QStringLiteral("certificates"), int(certificates.size())},
                              {QStringLiteral("mappings"), int(mappings.size())},
                              {QStringLiteral("orphanCertificates"), orphanCertificates()},
                              {QStringLiteral("expiringCertificates"), expiringCertificates()},
                              {QStringLiteral("mappingsWithMissingCertificate"), mappingsWithMissingCertificate()},
                              {QStringLiteral("problemMappings"), problemMappings()}};
    const QJsonObject root{{QStringLiteral("accountId"), accountId},
                           {QStringLiteral("environment"), environmentName},
                           {QStringLiteral("generatedAt"), isoDate(generatedAt)},
                           {QStringLiteral("contentSha256"), QString::fromLatin1(contentSha256())},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("certificates"), certificateArray},
                           {QStringLiteral("services"), serviceArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// The audit's tables (certificates, then one per service) once, for the HTML export and the PDF.
struct Table
{
    QString title;
    QStringList headers;
    QList<qreal> widths; // fractions of the page width
    QList<QStringList> rows;
};

QList<Table> auditTables(const MappingAudit& audit)
{
    const QLocale locale;
    QList<Table> tables;
    Table certificates{MappingAudit::tr("Certificates"),
                       {MappingAudit::tr("Name"), MappingAudit::tr("Id"), MappingAudit::tr("Expires"),
                        MappingAudit::tr("Mappings"), MappingAudit::tr("Notes")},
                       {0.28, 0.14, 0.14, 0.1, 0.34},
                       {}};
    for (const MappingAudit::CertificateEntry& entry : audit.certificates) {
        QStringList notes;
        if (entry.orphan())
            notes << MappingAudit::tr("No mapping uses it");
        if (entry.expired())
            notes << MappingAudit::tr("Expired");
        else if (entry.expiring())
            notes << MappingAudit::tr("Expires in %n day(s)", nullptr, int(*entry.daysLeft));
        if (!entry.certificate.isAvailable() && !entry.certificate.status.isEmpty())
            notes << MappingAudit::tr("Service status: %1").arg(entry.certificate.status);
        certificates.rows << QStringList{entry.certificate.name, QString::number(entry.certificate.id),
                                         entry.certificate.expirationDate.isValid()
                                             ? locale.toString(entry.certificate.expirationDate.toUTC().date(),
                                                               QLocale::ShortFormat)
                                             : MappingAudit::tr("unknown"),
                                         QString::number(entry.mappings), notes.join(QStringLiteral("; "))};
    }
    tables << certificates;
    for (const MappingAudit::ServiceGroup& group : audit.services) {
        Table table{MappingAudit::tr("Service %1").arg(group.serviceName),
                    {MappingAudit::tr("Mapping"), MappingAudit::tr("URL"), MappingAudit::tr("Certificate"),
                     MappingAudit::tr("Status")},
                    {0.2, 0.42, 0.18, 0.2},
                    {}};
        for (int index : group.mappings) {
            const MappingAudit::MappingEntry& entry = audit.mappings.at(index);
            table.rows << QStringList{entry.mapping.name, entry.mapping.url,
                                      entry.certificateMissing
                                          ? MappingAudit::tr("missing (%1)").arg(entry.mapping.certificationId)
                                          : entry.certificateName,
                                      entry.status.text};
        }
        tables << table;
    }
    return tables;
}

QString tablesHtml(const MappingAudit& audit)
{
    QString out;
    for (const Table& table : auditTables(audit)) {
        out += QStringLiteral("<h2>%1</h2>\n<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>")
                   .arg(html(table.title));
        for (const QString& header : table.headers)
            out += QStringLiteral("<th>%1</th>").arg(html(header));
        out += QStringLiteral("</tr>\n");
        for (const QStringList& row : table.rows) {
            out += QStringLiteral("<tr>");
            for (const QString& cell : row)
                out += QStringLiteral("<td>%1</td>").arg(html(cell));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out;
}

// Paints the tables row by row into `body`, starting at `top`, calling `nextPage` whenever a page is full (column
// headers repeat on the new page). Linear in the rows, unlike a QTextDocument table of thousands of rows.
void paintTables(QPainter& painter, const QList<Table>& tables, const QRectF& body, qreal top,
                 const std::function<void()>& nextPage)
{
    const QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(font.pointSizeF() * 1.3);
    const QFontMetricsF metrics(font);
    const qreal rowHeight = metrics.height() * 1.5;
    const qreal pad = metrics.averageCharWidth() * 0.6;
    qreal y = top;

    auto drawRow = [&](const QStringList& cells, const QList<qreal>& widths, bool header) {
        qreal x = body.left();
        painter.setFont(header ? bold : font);
        if (header)
            painter.fillRect(QRectF(body.left(), y, body.width(), rowHeight), QColor(0xee, 0xee, 0xee));
        const QFontMetricsF cellMetrics(painter.font());
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const qreal width = widths.at(column) * body.width();
            const QRectF cell(x + pad, y, width - 2 * pad, rowHeight);
            painter.setPen(Qt::black);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             cellMetrics.elidedText(cells.at(column), Qt::ElideMiddle, cell.width()));
            x += width;
        }
        painter.setPen(QColor(0xbb, 0xbb, 0xbb));
        painter.drawLine(QPointF(body.left(), y + rowHeight), QPointF(body.right(), y + rowHeight));
        y += rowHeight;
    };
    auto ensureRoom = [&](qreal height) {
        if (y + height <= body.bottom())
            return false;
        nextPage();
        y = body.top();
        return true;
    };

    for (const Table& table : tables) {
        ensureRoom(rowHeight * 4); // a title with its header and at least two rows stay together
        y += rowHeight * 0.5;
        painter.setFont(heading);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(body.left(), y, body.width(), rowHeight * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                         table.title);
        y += rowHeight * 1.4;
        drawRow(table.headers, table.widths, true);
        for (const QStringList& row : table.rows) {
            if (ensureRoom(rowHeight))
                drawRow(table.headers, table.widths, true);
            drawRow(row, table.widths, false);
        }
    }
    painter.setFont(font);
}

QString summaryHtml(const MappingAudit& audit)
{
    return QStringLiteral("<p>%1</p>")
        .arg(html(MappingAudit::tr("%1, %2 in %3.", "counts: certificates, mappings, services")
                      .arg(MappingAudit::tr("%n certificate(s)", nullptr, int(audit.certificates.size())),
                           MappingAudit::tr("%n mapping(s)", nullptr, int(audit.mappings.size())),
                           MappingAudit::tr("%n service(s)", "in %n service(s)", int(audit.services.size()))) +
                  QLatin1Char(' ') +
                  MappingAudit::tr("Orphan certificates: %1. Mappings with a missing certificate: %2. Expiring or "
                                   "expired certificates: %3. Mappings with problems: %4.")
                      .arg(audit.orphanCertificates())
                      .arg(audit.mappingsWithMissingCertificate())
                      .arg(audit.expiringCertificates())
                      .arg(audit.problemMappings())));
}

QString titleText(const MappingAudit& audit)
{
    return MappingAudit::tr("mTLS mapping audit — account %1 (%2)").arg(audit.accountId, audit.environmentName);
}

} // namespace

QByteArray MappingAudit::toHtml() const
{
    const AuditDiagram diagram(*this);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>%1</title>"
                                 "<style>body{font-family:sans-serif;margin:2em;color:#222}"
                                 "table{border-collapse:collapse;margin-bottom:1.5em}th{background:#eee;text-align:left}"
                                 "footer{margin-top:2em;font-size:smaller;color:#555;word-break:break-all}"
                                 ".diagram{overflow:auto;border:1px solid #ccc;padding:8px}</style></head><body>\n")
                      .arg(html(titleText(*this)));
    out += QStringLiteral("<h1>%1</h1>\n").arg(html(titleText(*this)));
    out += summaryHtml(*this);
    out += QStringLiteral("<div class='diagram'>%1</div>\n").arg(diagram.svg());
    out += tablesHtml(*this);
    out += QStringLiteral("\n<footer>%1</footer>\n</body></html>\n").arg(html(footerText()));
    return out.toUtf8();
}

bool MappingAudit::writePdf(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(titleText(*this));
        writer.setCreator(QStringLiteral("mTLS Desk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(96);

        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRectF area(0, 0, page.width(), page.height());
        QFont font = painter.font();
        font.setPointSizeF(9);
        painter.setFont(font);
        const qreal footerHeight = painter.fontMetrics().height() * 2.5;
        const QRectF body(0, 0, area.width(), area.height() - footerHeight);
        int pageNumber = 0;
        const QString footerLine = footerText(); // the digest covers every row: computed once, not per page
        auto footer = [&] {
            ++pageNumber;
            painter.save();
            QFont small = font;
            small.setPointSizeF(7);
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, body.bottom() + 4, area.width(), footerHeight - 4),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                             footerLine + QStringLiteral(" · ") + tr("page %1").arg(pageNumber));
            painter.restore();
        };

        // First the title and the diagram, in slices of one page height, scaled down to the page width if wider.
        QTextDocument heading;
        heading.setDefaultFont(font);
        heading.setTextWidth(body.width());
        heading.setHtml(QStringLiteral("<h2>%1</h2>").arg(html(titleText(*this))) + summaryHtml(*this));
        heading.drawContents(&painter);
        const qreal headingHeight = heading.size().height() + 8;

        const AuditDiagram diagram(*this, font);
        const qreal scale = std::min<qreal>(1.0, body.width() / std::max<qreal>(1.0, diagram.size().width()));
        qreal offset = 0; // in diagram coordinates
        qreal top = headingHeight;
        while (offset < diagram.size().height()) {
            const qreal sliceHeight = (body.height() - top) / scale;
            painter.save();
            painter.setClipRect(QRectF(0, top, body.width(), body.height() - top));
            painter.translate(0, top);
            painter.scale(scale, scale);
            painter.translate(0, -offset);
            diagram.paint(painter, QRectF(0, offset, diagram.size().width(), sliceHeight));
            painter.restore();
            footer();
            offset += sliceHeight;
            top = 0;
            writer.newPage();
        }


        // Then the tables, on a new page after the diagram.
        paintTables(painter, auditTables(*this), body, 0, [&] {
            footer();
            writer.newPage();
        });
        footer();
        if (!painter.end()) {
            if (error)
                *error = tr("Could not write the PDF to %1.").arg(path);
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mtlsdesk
