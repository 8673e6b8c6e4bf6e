#include "audit/AuditDiagram.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mtlsdesk {

namespace {

constexpr qreal Margin = 16;
constexpr qreal CertificateWidth = 300;
constexpr qreal Gap = 180; // between the columns, where the links run
constexpr qreal MappingWidth = 420;
constexpr qreal Padding = 6;
constexpr qreal Spacing = 8;
constexpr qreal LongLink = 900; // vertical distance beyond which a link becomes a labelled stub

struct Palette
{
    QColor border;
    QColor fill;
    QColor text;
};

Palette paletteFor(int tone)
{
    switch (tone) {
    case 1: // Warning
        return {QColor(0xb2, 0x6a, 0x00), QColor(0xff, 0xf4, 0xe0), QColor(0x5d, 0x37, 0x00)};
    case 2: // Error
        return {QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea), QColor(0x7f, 0x00, 0x00)};
    case 3: // Muted
        return {QColor(0x9e, 0x9e, 0x9e), QColor(0xf5, 0xf5, 0xf5), QColor(0x61, 0x61, 0x61)};
    case 4: // Header
        return {QColor(0x45, 0x5a, 0x64), QColor(0xe3, 0xe8, 0xef), QColor(0x26, 0x32, 0x38)};
    default:
        return {QColor(0x5b, 0x6b, 0x7b), QColor(0xf4, 0xf7, 0xfa), QColor(0x21, 0x21, 0x21)};
    }
}

QString xml(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDateTime& date)
{
    return date.isValid() ? QLocale().toString(date.toUTC().date(), QLocale::ShortFormat)
                          : AuditDiagram::tr("unknown");
}

// Fonts need a QGuiApplication; a console export (the CLI's HTML) estimates instead.
bool haveFonts()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

} // namespace

AuditDiagram::AuditDiagram(const MappingAudit& audit, const QFont& font)
    : m_audit(audit)
    , m_font(font)
{
    if (haveFonts())
        m_lineHeight = QFontMetricsF(m_font).height();
    layout();
}

void AuditDiagram::layout()
{
    using Tone = Box::Tone;
    const qreal boxHeight = 2 * m_lineHeight + 2 * Padding;
    const qreal headerHeight = m_lineHeight + 2 * Padding;

    // Column titles.
    qreal top = Margin;
    m_boxes << Box{QRectF(Margin, top, CertificateWidth, headerHeight), tr("Certificates"), {}, {}, Tone::Header, false};
    m_boxes << Box{QRectF(Margin + CertificateWidth + Gap, top, MappingWidth, headerHeight),
                   tr("Mappings by service"), {}, {}, Tone::Header, false};
    top += headerHeight + Spacing * 2;

    // Left: the certificates.
    QHash<qint64, int> certificateBox;
    qreal left = top;
    for (const MappingAudit::CertificateEntry& entry : m_audit.certificates) {
        Box box;
        box.rect = QRectF(Margin, left, CertificateWidth, boxHeight);
        box.title = entry.certificate.name;
        QStringList notes;
        if (entry.expired())
            notes << tr("expired %1").arg(dateText(entry.certificate.expirationDate));
        else if (entry.expiring())
            notes << tr("expires in %n day(s)", nullptr, int(*entry.daysLeft));
        else
            notes << tr("expires %1").arg(dateText(entry.certificate.expirationDate));
        notes << (entry.orphan() ? tr("no mapping") : tr("%n mapping(s)", nullptr, entry.mappings));
        box.subtitle = notes.join(QStringLiteral(" · "));
        box.tone = entry.expired() ? Tone::Error : (entry.expiring() || entry.orphan()) ? Tone::Warning : Tone::Normal;
        box.dashed = entry.orphan();
        box.toolTip = tr("Certificate \"%1\" (id %2): %3.").arg(entry.certificate.name).arg(entry.certificate.id).arg(
            box.subtitle);
        certificateBox.insert(entry.certificate.id, int(m_boxes.size()));
        m_boxes << box;
        left += boxHeight + Spacing;
    }
    int missingBox = -1;
    if (m_audit.mappingsWithMissingCertificate() > 0) {
        left += Spacing;
        Box box;
        box.rect = QRectF(Margin, left, CertificateWidth, boxHeight);
        box.title = tr("Missing certificate");
        box.subtitle = tr("%n mapping(s) point at no certificate", nullptr, m_audit.mappingsWithMissingCertificate());
        box.tone = Tone::Error;
        box.dashed = true;
        box.toolTip = tr("These mappings name a certificate id that is not in the account: the runtime cannot use them.");
        missingBox = int(m_boxes.size());
        m_boxes << box;
        left += boxHeight + Spacing;
    }
    if (m_audit.certificates.isEmpty() && missingBox < 0) {
        m_boxes << Box{QRectF(Margin, left, CertificateWidth, boxHeight), tr("No certificates"), {}, {}, Tone::Muted,
                       true};
        left += boxHeight + Spacing;
    }

    // Right: the mappings under their service.
    qreal right = top;
    const qreal x = Margin + CertificateWidth + Gap;
    for (const MappingAudit::ServiceGroup& group : m_audit.services) {
        m_boxes << Box{QRectF(x, right, MappingWidth, headerHeight),
                       tr("Service %1 · %n mapping(s)", nullptr, int(group.mappings.size())).arg(group.serviceName), {}, {},
                       Tone::Header, false};
        right += headerHeight + Spacing;
        for (int index : group.mappings) {
            const MappingAudit::MappingEntry& entry = m_audit.mappings.at(index);
            Box box;
            box.rect = QRectF(x + 12, right, MappingWidth - 12, boxHeight);
            box.title = entry.mapping.name + QStringLiteral(" — ") + entry.status.text;
            box.subtitle = entry.mapping.url;
            switch (entry.status.severity()) {
            case RuntimeStatus::Severity::Error:
                box.tone = Tone::Error;
                break;
            case RuntimeStatus::Severity::Warning:
                box.tone = Tone::Warning;
                break;
            case RuntimeStatus::Severity::Neutral:
                box.tone = entry.mapping.enable ? Tone::Normal : Tone::Muted;
                break;
            default:
                box.tone = Tone::Normal;
                break;
            }
            box.toolTip = tr("Mapping \"%1\" (%2) → %3. %4")
                              .arg(entry.mapping.name, entry.mapping.url,
                                   entry.certificateMissing ? tr("missing certificate %1").arg(entry.mapping.certificationId)
                                                            : tr("certificate \"%1\"").arg(entry.certificateName),
                                   entry.status.detail);
            const int target = entry.certificateMissing
                                   ? missingBox
                                   : certificateBox.value(entry.mapping.certificationId.toLongLong(), -1);
            if (target >= 0) {
                const bool stub = std::abs(box.rect.center().y() - m_boxes.at(target).rect.center().y()) > LongLink;
                m_links << Link{int(m_boxes.size()), target, entry.certificateMissing || entry.status.isProblem(), stub};
            }
            m_boxes << box;
            right += boxHeight + Spacing;
        }
        right += Spacing;
    }
    if (m_audit.services.isEmpty()) {
        m_boxes << Box{QRectF(x, right, MappingWidth, boxHeight), tr("No mappings"), {}, {}, Tone::Muted, true};
        right += boxHeight + Spacing;
    }
    m_size = QSizeF(x + MappingWidth + Margin, std::max(left, right) + Margin);
}

void AuditDiagram::paint(QPainter& painter, const QRectF& exposed) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    painter.fillRect(exposed, Qt::white);

    for (const Link& link : m_links) {
        const QRectF from = m_boxes.at(link.from).rect;
        const QRectF to = m_boxes.at(link.to).rect;
        const QPointF start(from.left(), from.center().y());
        const QPointF end(to.right(), to.center().y());
        const QRectF bounds = link.stub ? stubRect(from) : QRectF(start, end).normalized().adjusted(-2, -2, 2, 2);
        if (!exposed.intersects(bounds))
            continue;
        QPen pen(link.problem ? paletteFor(2).border : QColor(0x78, 0x90, 0x9c), link.problem ? 1.6 : 1.0);
        if (link.problem)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        if (link.stub) {
            painter.drawLine(start, QPointF(bounds.left(), start.y()));
            painter.setPen(link.problem ? paletteFor(2).text : QColor(0x45, 0x5a, 0x64));
            painter.drawText(bounds.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(m_font).elidedText(stubText(link), Qt::ElideRight, bounds.width() - 6));
            continue;
        }
        QPainterPath path(start);
        path.cubicTo(start - QPointF(Gap / 2, 0), end + QPointF(Gap / 2, 0), end);
        painter.drawPath(path);
    }

    const QFontMetricsF metrics(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    for (const Box& box : m_boxes) {
        if (!exposed.intersects(box.rect))
            continue;
        const Palette palette = paletteFor(int(box.tone));
        QPen pen(palette.border, box.tone == Box::Tone::Normal ? 1.0 : 1.5);
        if (box.dashed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(palette.fill);
        painter.drawRoundedRect(box.rect, 4, 4);
        const QRectF text = box.rect.adjusted(Padding, Padding, -Padding, -Padding);
        painter.setPen(palette.text);
        painter.setFont(bold);
        painter.drawText(QRectF(text.left(), text.top(), text.width(), m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(box.title, Qt::ElideRight, text.width()));
        if (!box.subtitle.isEmpty()) {
            painter.setFont(m_font);
            painter.drawText(QRectF(text.left(), text.top() + m_lineHeight, text.width(), m_lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(box.subtitle, Qt::ElideMiddle, text.width()));
        }
    }
    painter.restore();
}

QString AuditDiagram::svg() const
{
    // Text is cut by character count (no font metrics in a browser's future): about 0.55 em per character.
    const qreal fontPx = m_lineHeight * 0.8;
    auto cut = [fontPx](const QString& text, qreal width) {
        const int chars = int(width / (fontPx * 0.55));
        return text.size() <= chars ? text : text.left(std::max(1, chars - 1)) + QChar(0x2026);
    };
    QString out = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='%1' height='%2' viewBox='0 0 %1 %2' "
                                 "font-family='sans-serif' font-size='%3' role='img'>")
                      .arg(m_size.width())
                      .arg(m_size.height())
                      .arg(fontPx);
    out += QStringLiteral("<rect width='100%' height='100%' fill='white'/>");
    for (const Link& link : m_links) {
        const QRectF from = m_boxes.at(link.from).rect;
        const QRectF to = m_boxes.at(link.to).rect;
        const QPointF s(from.left(), from.center().y());
        const QPointF e(to.right(), to.center().y());
        const QString stroke = link.problem ? paletteFor(2).border.name() : QStringLiteral("#78909c");
        if (link.stub) {
            const QRectF bounds = stubRect(from);
            out += QStringLiteral("<line x1='%1' y1='%2' x2='%3' y2='%2' stroke='%4'/><text x='%5' y='%6' fill='%4'>%7</text>")
                       .arg(s.x())
                       .arg(s.y())
                       .arg(bounds.left())
                       .arg(stroke)
                       .arg(bounds.left() + 6)
                       .arg(s.y() + fontPx * 0.35)
                       .arg(xml(cut(stubText(link), bounds.width() - 6)));
            continue;
        }
        out += QStringLiteral("<path d='M%1 %2 C%3 %2 %4 %5 %6 %5' fill='none' stroke='%7' stroke-width='%8'%9/>")
                   .arg(s.x())
                   .arg(s.y())
                   .arg(s.x() - Gap / 2)
                   .arg(e.x() + Gap / 2)
                   .arg(e.y())
                   .arg(e.x())
                   .arg(link.problem ? paletteFor(2).border.name() : QStringLiteral("#78909c"))
                   .arg(link.problem ? 1.6 : 1.0)
                   .arg(link.problem ? QStringLiteral(" stroke-dasharray='6 3'") : QString());
    }
    for (const Box& box : m_boxes) {
        const Palette palette = paletteFor(int(box.tone));
        const QRectF& r = box.rect;
        out += QStringLiteral("<g><title>%1</title>").arg(xml(box.toolTip.isEmpty() ? box.title : box.toolTip));
        out += QStringLiteral("<rect x='%1' y='%2' width='%3' height='%4' rx='4' fill='%5' stroke='%6'%7/>")
                   .arg(r.x())
                   .arg(r.y())
                   .arg(r.width())
                   .arg(r.height())
                   .arg(palette.fill.name(), palette.border.name(),
                        box.dashed ? QStringLiteral(" stroke-dasharray='5 3'") : QString());
        out += QStringLiteral("<text x='%1' y='%2' fill='%3' font-weight='bold'>%4</text>")
                   .arg(r.x() + Padding)
                   .arg(r.y() + Padding + m_lineHeight * 0.75)
                   .arg(palette.text.name(), xml(cut(box.title, r.width() - 2 * Padding)));
        if (!box.subtitle.isEmpty()) {
            out += QStringLiteral("<text x='%1' y='%2' fill='%3'>%4</text>")
                       .arg(r.x() + Padding)
                       .arg(r.y() + Padding + m_lineHeight * 1.75)
                       .arg(palette.text.name(), xml(cut(box.subtitle, r.width() - 2 * Padding)));
        }
        out += QStringLiteral("</g>");
    }
    out += QStringLiteral("</svg>");
    return out;
}

QRectF AuditDiagram::stubRect(const QRectF& mapping) const
{
    // The gap to the left of the mapping, less a margin on the certificate side.
    return QRectF(mapping.left() - Gap + 24, mapping.center().y() - m_lineHeight / 2, Gap - 36, m_lineHeight);
}

QString AuditDiagram::stubText(const Link& link) const
{
    return QStringLiteral("\u25C0 ") + m_boxes.at(link.to).title;
}

QString AuditDiagram::toolTipAt(const QPointF& point) const
{
    for (const Box& box : m_boxes) {
        if (box.rect.contains(point))
            return box.toolTip;
    }
    return {};
}

} // namespace mtlsdesk
