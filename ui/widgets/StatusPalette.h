#pragma once

// The status colours (ok green, waiting blue, warning amber, error red) for the palette they are shown on. The app's
// shades (app/core/text/Shades, shared with the table cells) come in two sets, for light and for dark windows,
// chosen by the background's luminance; a colour that still falls short of the WCAG AA contrast for text (4.5:1) against the
// actual background is darkened or lightened until it reaches it. Colours are computed, never stored: a widget
// that shows one asks again on QEvent::PaletteChange (setTone() does that for a label by itself).
// The audit's printed colours (app/core/audit) are for paper and are not taken from here.

#include "runtime/RuntimeStatus.h"
#include "text/Shades.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace mtlsdesk {

class StatusPalette
{
public:
    // Neutral (the palette's own text colour), Muted (secondary text), Ok, Waiting, Warning, Error.
    using Tone = Shades::Tone;
    static constexpr qreal MinTextContrast = 4.5;

    static Tone toneOf(RuntimeStatus::Severity severity);

    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static qreal luminance(const QColor& color);
    static qreal contrast(const QColor& a, const QColor& b);
    // A dark palette: its window is darker than mid grey.
    static bool isDark(const QPalette& palette);

    // Text in `tone` that reads on `background` (at least MinTextContrast). Neutral: invalid (use the palette's).
    static QColor text(Tone tone, const QColor& background);
    static QColor text(Tone tone, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);
    // A status icon's disc (a large area next to text: 3:1 against the window) and the mark painted on it.
    static QColor fill(Tone tone, const QPalette& palette);
    static QColor mark(const QPalette& palette);
    // "QLineEdit { border: 2px solid … }" in `tone` for `palette`, for a field with a problem.
    static QString frameStyle(Tone tone, const QPalette& palette);

    // Colours the widget's text (WindowText and Text) in `tone`, and again whenever its palette changes (a dark
    // theme switched on while it is shown). Neutral gives the widget its inherited colours back.
    static void setTone(QWidget* widget, Tone tone);
    static Tone toneOf(const QWidget* widget);

private:
    static QColor readable(QColor color, const QColor& background, qreal minimum);
};

} // namespace mtlsdesk
