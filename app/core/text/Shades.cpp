#include "text/Shades.h"

namespace mtlsdesk::Shades {

namespace {

struct Set
{
    QColor ok, waiting, warning, error, neutral, muted;

    QColor pick(Tone tone) const
    {
        switch (tone) {
        case Tone::Ok:
            return ok;
        case Tone::Waiting:
            return waiting;
        case Tone::Warning:
            return warning;
        case Tone::Error:
            return error;
        case Tone::Muted:
            return muted;
        case Tone::Neutral:
            break;
        }
        return neutral;
    }
};

// Light windows: the GNOME-like shades the app always used. Dark windows: the lighter shades of the same hues.
const Set LightText{QColor(0x1b, 0x7f, 0x3b), QColor(0x1a, 0x5f, 0xb4), QColor(0xb3, 0x5c, 0x00),
                    QColor(0xc0, 0x1c, 0x28), QColor(),                 QColor(0x5e, 0x5c, 0x64)};
const Set DarkText{QColor(0x57, 0xe3, 0x89), QColor(0x99, 0xc1, 0xf1), QColor(0xff, 0xa3, 0x48),
                   QColor(0xff, 0x7b, 0x63), QColor(),                 QColor(0xb0, 0xaf, 0xb4)};
const Set LightFill{QColor(0x26, 0xa2, 0x69), QColor(0x1c, 0x71, 0xd8), QColor(0xc6, 0x6a, 0x00),
                    QColor(0xc0, 0x1c, 0x28), QColor(0x77, 0x76, 0x7b), QColor(0x77, 0x76, 0x7b)};
const Set DarkFill{QColor(0x33, 0xd1, 0x7a), QColor(0x62, 0xa0, 0xea), QColor(0xff, 0xa3, 0x48),
                   QColor(0xf6, 0x61, 0x51), QColor(0x9a, 0x99, 0x96), QColor(0x9a, 0x99, 0x96)};

} // namespace

QColor text(Tone tone, bool darkBackground)
{
    return (darkBackground ? DarkText : LightText).pick(tone);
}

QColor fill(Tone tone, bool darkBackground)
{
    return (darkBackground ? DarkFill : LightFill).pick(tone);
}

} // namespace mtlsdesk::Shades
