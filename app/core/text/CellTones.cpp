#include "text/CellTones.h"

#include <QGuiApplication>
#include <QPalette>

namespace mtlsdesk::CellTones {

namespace {

bool darkBase()
{
    // Without a GUI application (the CLI) there is no palette: the light shades, as in a printed table.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

QBrush error()
{
    // The same shades as ui/widgets/StatusPalette's error text. #c01c28 is 6.1:1 on white; #ff7b63 6.6:1 on
    // #1e1e1e.
    return darkBase() ? QBrush(QColor(0xff, 0x7b, 0x63)) : QBrush(QColor(0xc0, 0x1c, 0x28));
}

QBrush warning()
{
    // StatusPalette's warning text. #b35c00 is 4.7:1 on white; #ffa348 8.4:1 on #1e1e1e.
    return darkBase() ? QBrush(QColor(0xff, 0xa3, 0x48)) : QBrush(QColor(0xb3, 0x5c, 0x00));
}

QBrush errorBackground()
{
    return QBrush(QColor(0xe0, 0x1b, 0x24, 40));
}

} // namespace mtlsdesk::CellTones
