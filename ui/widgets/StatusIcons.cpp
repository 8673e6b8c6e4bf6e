#include "widgets/StatusIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

namespace mtlsdesk {

namespace {

// Paints on demand: every size a view asks for is drawn afresh, in the colours of the palette it is painted for,
// so no pixmap cache (and no global) is needed, and a palette change shows at the next repaint.
class StatusIconEngine : public QIconEngine
{
public:
    StatusIconEngine(StatusIcons::Shape shape, StatusPalette::Tone tone)
        : m_shape(shape)
        , m_tone(tone)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        // A view paints on its viewport (a widget); a pixmap for a button has only the application's palette.
        const QPaintDevice* device = painter->device();
        const QPalette palette = device && device->devType() == QInternal::Widget
                                     ? static_cast<const QWidget*>(device)->palette()
                                     : QGuiApplication::palette();
        QColor color = StatusPalette::fill(m_tone, palette);
        if (mode == QIcon::Disabled) {
            const int grey = qGray(color.rgb());
            color = QColor(grey, grey, grey, 140);
        }
        StatusIcons::paint(*painter, rect, m_shape, color, StatusPalette::mark(palette));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // `size` is already in device pixels here.
        QPixmap result = pixmap(size, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_shape, m_tone); }
    QString key() const override { return QStringLiteral("mtlsdesk-status"); }

private:
    StatusIcons::Shape m_shape;
    StatusPalette::Tone m_tone;
};

} // namespace

StatusIcons::Shape StatusIcons::shapeOf(RuntimeStatus::Severity severity)
{
    switch (severity) {
    case RuntimeStatus::Severity::Ok:
        return Shape::Check;
    case RuntimeStatus::Severity::Waiting:
        return Shape::Clock;
    case RuntimeStatus::Severity::Warning:
        return Shape::Triangle;
    case RuntimeStatus::Severity::Error:
        return Shape::Cross;
    case RuntimeStatus::Severity::Neutral:
        break;
    }
    return Shape::Dash;
}

StatusIcons::Shape StatusIcons::shapeOf(RuntimeStatus::Kind kind)
{
    // "Not checked" is not "disabled": an empty ring says that nothing is known yet.
    if (kind == RuntimeStatus::Kind::Unchecked)
        return Shape::Circle;
    return shapeOf(RuntimeStatus::severityOf(kind));
}

QIcon StatusIcons::icon(Shape shape, StatusPalette::Tone tone)
{
    return QIcon(new StatusIconEngine(shape, tone));
}

QIcon StatusIcons::icon(RuntimeStatus::Severity severity)
{
    return icon(shapeOf(severity), StatusPalette::toneOf(severity));
}

QIcon StatusIcons::icon(RuntimeStatus::Kind kind)
{
    return icon(shapeOf(kind), StatusPalette::toneOf(RuntimeStatus::severityOf(kind)));
}

namespace {

QPixmap paintedPixmap(StatusIcons::Shape shape, StatusPalette::Tone tone, const QWidget& widget, int extent)
{
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(QSize(extent, extent) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    StatusIcons::paint(painter, QRectF(0, 0, extent, extent), shape, StatusPalette::fill(tone, widget.palette()),
                       StatusPalette::mark(widget.palette()));
    return pixmap;
}

} // namespace

QPixmap StatusIcons::pixmap(RuntimeStatus::Kind kind, const QWidget& widget, int extent)
{
    return paintedPixmap(shapeOf(kind), StatusPalette::toneOf(RuntimeStatus::severityOf(kind)), widget, extent);
}

QPixmap StatusIcons::pixmap(RuntimeStatus::Severity severity, const QWidget& widget, int extent)
{
    return paintedPixmap(shapeOf(severity), StatusPalette::toneOf(severity), widget, extent);
}

void StatusIcons::paint(QPainter& painter, const QRectF& rect, Shape shape, const QColor& color,
                        const QColor& markColor)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    // A one-pixel inset at 16 px keeps the disc off the cell's edge.
    const QRectF box(rect.center().x() - side / 2 + side * 0.06, rect.center().y() - side / 2 + side * 0.06,
                     side * 0.88, side * 0.88);
    const qreal stroke = qMax<qreal>(1.2, side * 0.11);
    const QPen mark(markColor, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Point on the box in units of its side (0..1), so that every mark scales with the icon.
    auto at = [&box](qreal x, qreal y) { return QPointF(box.left() + x * box.width(), box.top() + y * box.height()); };

    if (shape == Shape::Triangle) {
        QPainterPath triangle;
        triangle.moveTo(at(0.5, 0.02));
        triangle.lineTo(at(0.99, 0.93));
        triangle.lineTo(at(0.01, 0.93));
        triangle.closeSubpath();
        painter.setPen(QPen(color, stroke * 0.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(color);
        painter.drawPath(triangle);
        painter.setPen(mark);
        painter.drawLine(at(0.5, 0.34), at(0.5, 0.62));
        painter.setPen(Qt::NoPen);
        painter.setBrush(markColor);
        painter.drawEllipse(at(0.5, 0.79), stroke * 0.62, stroke * 0.62);
        painter.restore();
        return;
    }
    if (shape == Shape::Circle) {
        painter.setPen(QPen(color, stroke, Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        painter.restore();
        return;
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    switch (shape) {
    case Shape::Check: {
        const QPointF points[] = {at(0.27, 0.52), at(0.43, 0.68), at(0.73, 0.34)};
        painter.drawPolyline(points, 3);
        break;
    }
    case Shape::Clock:
        painter.drawLine(at(0.5, 0.5), at(0.5, 0.24));
        painter.drawLine(at(0.5, 0.5), at(0.7, 0.6));
        break;
    case Shape::Cross:
        painter.drawLine(at(0.32, 0.32), at(0.68, 0.68));
        painter.drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    case Shape::Dash:
        painter.drawLine(at(0.28, 0.5), at(0.72, 0.5));
        break;
    case Shape::Triangle:
    case Shape::Circle:
        break;
    }
    painter.restore();
}

} // namespace mtlsdesk
