#pragma once

// The red and amber of a table cell with a problem (the models' Qt::ForegroundRole), for the application palette
// the table is painted in: the light-window shades are unreadable on a dark theme's base, so a dark base gets
// lighter ones (text/Shades, the same shades as the labels'). Both keep at least 4.5:1 (WCAG AA) against a typical
// base of their kind. Asked for at every data() call, so a palette switched at run time is followed at the next
// repaint. (ui/widgets/StatusPalette also adjusts a shade to the actual background of a label.)

#include <QBrush>

namespace mtlsdesk::CellTones {

QBrush error();
QBrush warning();
// A faint red wash behind a cell with an error; reads on light and dark bases alike.
QBrush errorBackground();

} // namespace mtlsdesk::CellTones
