#pragma once

// The icons and colours of the runtime statuses (RuntimeStatus): simple vector marks painted with QPainter at
// whatever size and device pixel ratio a view asks for, so they stay crisp without the SVG module. The shape
// follows the severity (check mark, clock, cross, warning triangle, dash) and always comes with the status text:
// a status never rests on colour alone. The colours come from StatusPalette at paint time, for the palette of the
// widget painted on (or the application's), so that a dark theme gets its lighter shades. Shared by the Dashboard,
// the forward tester, the audit view and the wizard's Check step.

#include "runtime/RuntimeStatus.h"
#include "widgets/StatusPalette.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QWidget;

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
    // Icons that pick their colours when painted (every size, any device pixel ratio).
    static QIcon icon(Shape shape, StatusPalette::Tone tone);
    static QIcon icon(RuntimeStatus::Severity severity);
    static QIcon icon(RuntimeStatus::Kind kind);
    // A pixmap for a QLabel on `widget`: logical size `extent`, at the widget's device pixel ratio and in the
    // colours of its palette. Made again on QEvent::PaletteChange by the widgets that show one.
    static QPixmap pixmap(RuntimeStatus::Kind kind, const QWidget& widget, int extent);
    static QPixmap pixmap(RuntimeStatus::Severity severity, const QWidget& widget, int extent);

    // Paints `shape` inside `rect`: a filled disc or triangle in `color` with a mark in `markColor`.
    static void paint(QPainter& painter, const QRectF& rect, Shape shape, const QColor& color,
                      const QColor& markColor = Qt::white);
};

} // namespace mtlsdesk
