#pragma once

// The icons and colours of the runtime statuses (RuntimeStatus): simple vector marks painted with QPainter at
// whatever size and device pixel ratio a view asks for, so they stay crisp without the SVG module. The shape
// follows the severity (check mark, clock, cross, warning triangle, dash) and always comes with the status text:
// a status never rests on colour alone. Shared by the Dashboard, the forward tester, the audit view and the
// wizard's Check step.

#include "runtime/RuntimeStatus.h"

#include <QColor>
#include <QIcon>

class QPainter;

namespace mtlsdesk {

class StatusIcons
{
public:
    enum class Shape
    {
        Check,
        Clock,
        Cross,
        Triangle,
        Dash,
        Circle
    };

    static Shape shapeOf(RuntimeStatus::Severity severity);
    static Shape shapeOf(RuntimeStatus::Kind kind);
    static QColor colorOf(RuntimeStatus::Severity severity);

    static QIcon icon(Shape shape, const QColor& color);
    static QIcon icon(RuntimeStatus::Severity severity);
    static QIcon icon(RuntimeStatus::Kind kind);
    // A pixmap for a QLabel (logical size `extent`, sharp on high-DPI screens).
    static QPixmap pixmap(RuntimeStatus::Kind kind, int extent, qreal devicePixelRatio = 1.0);
    static QPixmap pixmap(RuntimeStatus::Severity severity, int extent, qreal devicePixelRatio = 1.0);

    // Paints `shape` inside `rect`: a filled disc or triangle in `color` with a white mark, readable on light and
    // dark backgrounds.
    static void paint(QPainter& painter, const QRectF& rect, Shape shape, const QColor& color);
};

} // namespace mtlsdesk
