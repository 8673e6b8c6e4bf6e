#pragma once

// The app's status colours, written once: the shade of each tone designed for a light background and the lighter
// one of the same hue for a dark background. The table models' cells (text/CellTones) and the widgets' labels and
// icons (ui/widgets/StatusPalette, which also nudges a shade until it reads on the actual background) both take
// them from here, so one meaning never has two reds. The audit's printed colours are for paper and are its own.

#include <QColor>

namespace mtlsdesk {

namespace Shades {

enum class Tone
{
    Neutral, // the palette's own text colour: no shade (an invalid QColor)
    Muted,   // secondary text (notes): grey, still readable
    Ok,
    Waiting,
    Warning,
    Error
};

// Text. Light set against white: ok 5.1:1, waiting 6.3:1, warning 4.7:1, error 6.1:1, muted 6.6:1; dark set
// against #1e1e1e: 10.1, 8.9, 8.4, 6.6 and 7.7:1.
QColor text(Tone tone, bool darkBackground);
// A status icon's disc: a large area next to text, which needs 3:1 against the window.
QColor fill(Tone tone, bool darkBackground);

} // namespace Shades

} // namespace mtlsdesk
