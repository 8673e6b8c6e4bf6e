#include "widgets/StatusPalette.h"

#include <QEvent>
#include <QWidget>

#include <cmath>

namespace mtlsdesk {

namespace {

constexpr char ToneProperty[] = "mtlsdeskStatusTone";

QColor mix(const QColor& from, const QColor& to, qreal t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

void applyTone(QWidget* widget, StatusPalette::Tone tone)
{
    if (tone == StatusPalette::Tone::Neutral) {
        if (widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette()); // back to the inherited colours
        return;
    }
    QPalette palette = widget->palette();
    const QColor color = StatusPalette::text(tone, palette.color(widget->backgroundRole()));
    // Setting the palette sends another PaletteChange: stop when nothing changes.
    if (widget->testAttribute(Qt::WA_SetPalette) && palette.color(QPalette::WindowText) == color &&
        palette.color(QPalette::Text) == color)
        return;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

// Re-applies its widget's tone when the palette changes (the widget's own palette setting included: a no-op then).
class ToneKeeper : public QObject
{
public:
    explicit ToneKeeper(QWidget* widget)
        : QObject(widget)
    {
        setObjectName(QStringLiteral("statusToneKeeper"));
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange && watched == parent()) {
            auto* widget = static_cast<QWidget*>(watched);
            applyTone(widget, StatusPalette::toneOf(widget));
        }
        return false;
    }
};

} // namespace

StatusPalette::Tone StatusPalette::toneOf(RuntimeStatus::Severity severity)
{
    switch (severity) {
    case RuntimeStatus::Severity::Ok:
        return Tone::Ok;
    case RuntimeStatus::Severity::Waiting:
        return Tone::Waiting;
    case RuntimeStatus::Severity::Warning:
        return Tone::Warning;
    case RuntimeStatus::Severity::Error:
        return Tone::Error;
    case RuntimeStatus::Severity::Neutral:
        break;
    }
    return Tone::Neutral;
}

qreal StatusPalette::luminance(const QColor& color)
{
    auto channel = [](float value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

qreal StatusPalette::contrast(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool StatusPalette::isDark(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return contrast(window, Qt::white) > contrast(window, Qt::black);
}

QColor StatusPalette::readable(QColor color, const QColor& background, qreal minimum)
{
    // Towards white on a dark background, towards black on a light one; the end of the way always reaches 4.5:1.
    const QColor target =
        contrast(background, Qt::white) > contrast(background, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    const QColor start = color;
    for (int step = 1; step <= 10 && contrast(color, background) < minimum; ++step)
        color = mix(start, target, step / 10.0);
    return color;
}

QColor StatusPalette::text(Tone tone, const QColor& background)
{
    if (tone == Tone::Neutral)
        return {};
    const bool dark = contrast(background, Qt::white) > contrast(background, Qt::black);
    return readable(Shades::text(tone, dark), background, MinTextContrast);
}

QColor StatusPalette::text(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    return text(tone, palette.color(background));
}

QColor StatusPalette::fill(Tone tone, const QPalette& palette)
{
    return Shades::fill(tone, isDark(palette));
}

QColor StatusPalette::mark(const QPalette& palette)
{
    // White on the light palette's deep shades; on the dark palette's light shades, the window's own dark colour.
    return isDark(palette) ? palette.color(QPalette::Window) : QColor(Qt::white);
}

QString StatusPalette::frameStyle(Tone tone, const QPalette& palette)
{
    return QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(text(tone, palette, QPalette::Base).name());
}

void StatusPalette::setTone(QWidget* widget, Tone tone)
{
    widget->setProperty(ToneProperty, int(tone));
    if (tone != Tone::Neutral &&
        !widget->findChild<QObject*>(QStringLiteral("statusToneKeeper"), Qt::FindDirectChildrenOnly))
        new ToneKeeper(widget);
    applyTone(widget, tone);
}

StatusPalette::Tone StatusPalette::toneOf(const QWidget* widget)
{
    return Tone(widget->property(ToneProperty).toInt());
}

} // namespace mtlsdesk
