#pragma once

// The audit's picture: certificates in a column on the left, mappings grouped under their service on the right,
// a curve from each mapping to its certificate. Orphan certificates get a dashed red border and "no mapping";
// mappings whose certificate is missing are drawn red and point at a "missing certificate" box; expiring and
// expired certificates are amber and red. Every mark is also written (never colour alone).
// One layout, two outputs: paint() on any QPainter (the audit view, PDF pages) and svg() for the HTML export.
// A mapping far below its certificate (large accounts) gets a short arrow labelled with the certificate's name.

#include "audit/MappingAudit.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace mtlsdesk {

class AuditDiagram
{
    Q_DECLARE_TR_FUNCTIONS(AuditDiagram)
public:
    explicit AuditDiagram(const MappingAudit& audit, const QFont& font = QFont());

    QSizeF size() const { return m_size; }
    // Paints the part of the diagram inside `exposed` (diagram coordinates; the painter's transform maps them).
    void paint(QPainter& painter, const QRectF& exposed) const;
    // A standalone <svg> element.
    QString svg() const;
    // The tooltip sentence for what is at `point`, or empty.
    QString toolTipAt(const QPointF& point) const;

private:
    struct Box
    {
        QRectF rect;
        QString title;
        QString subtitle;
        QString toolTip;
        enum class Tone { Normal, Warning, Error, Muted, Header } tone = Tone::Normal;
        bool dashed = false;
    };
    struct Link
    {
        int from; // mapping box
        int to;   // certificate box
        bool problem;
        // Farther than a screen or page apart: drawn as a labelled stub at the mapping instead of a curve across
        // hundreds of boxes (unreadable, and slow to draw on every PDF page it crosses).
        bool stub;
    };
    void layout();
    QRectF stubRect(const QRectF& mapping) const;
    QString stubText(const Link& link) const;

    const MappingAudit& m_audit;
    QFont m_font;
    qreal m_lineHeight = 14;
    QList<Box> m_boxes;
    QList<Link> m_links;
    QSizeF m_size;
};

} // namespace mtlsdesk
