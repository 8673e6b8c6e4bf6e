#include "widgets/StatusPalette.h"

#include <QEvent>
#include <QWidget>

#include <cmath>

namespace mtlsdesk {

namespace {

constexpr char ToneProperty[] = "mtlsdeskStatusTone";

struct Shades
{
    QColor ok, waiting, warning, error, neutral, muted;
};

// Light windows: the GNOME-like shades the app always used. Dark windows: the lighter shades of the same hues.
const Shades& textShades(bool dark)
{
    static const Shades light{QColor(0x1b, 0x7f, 0x3b),
                              QColor(0x1a, 0x5f, 0xb4),
                              QColor(0xb3, 0x5c, 0x00),
                              QColor(0xc0, 0x1c, 0x28),
                              QColor(),
                              QColor(0x5e, 0x5c, 0x64)};
    static const Shades night{QColor(0x57, 0xe3, 0x89),
                              QColor(0x99, 0xc1, 0xf1),
                              QColor(0xff, 0xa3, 0x48),
                              QColor(0xff, 0x7b, 0x63),
                              QColor(),
                              QColor(0xb0, 0xaf, 0xb4)};
    return dark ? night : light;
}

const Shades& fillShades(bool dark)
{
    static const Shades light{QColor(0x26, 0xa2, 0x69), QColor(0x1c, 0x71, 0xd8), QColor(0xc6, 0x6a, 0x00),
                              QColor(0xc0, 0x1c, 0x28), QColor(0x77, 0x76, 0x7b), QColor(0x77, 0x76, 0x7b)};
    static const Shades night{QColor(0x33, 0xd1, 0x7a), QColor(0x62, 0xa0, 0xea), QColor(0xff, 0xa3, 0x48),
                              QColor(0xf6, 0x61, 0x51), QColor(0x9a, 0x99, 0x96), QColor(0x9a, 0x99, 0x96)};
    return dark ? night : light;
}

QColor pick(const Shades& shades, StatusPalette::Tone tone)
{
    switch (tone) {
    case StatusPalette::Tone::Ok:
        return shades.ok;
    case StatusPalette::Tone::Waiting:
        return shades.waiting;
    case StatusPalette::Tone::Warning:
        return shades.warning;
    case StatusPalette::Tone::Error:
        return shades.error;
    case StatusPalette::Tone::Muted:
        return shades.muted;
    case StatusPalette::Tone::Neutral:
        break;
    }
    return shades.neutral;
}

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
    return readable(pick(textShades(dark), tone), background, MinTextContrast);
}

QColor StatusPalette::text(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    return text(tone, palette.color(background));
}

QColor StatusPalette::fill(Tone tone, const QPalette& palette)
{
    return pick(fillShades(isDark(palette)), tone);
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
