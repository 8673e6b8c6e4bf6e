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
    // #c01c28 is 5.9:1 on white; #ff8a8a is 7.6:1 on #1e1e1e.
    return darkBase() ? QBrush(QColor(0xff, 0x8a, 0x8a)) : QBrush(QColor(0xc0, 0x1c, 0x28));
}

QBrush warning()
{
    // #a35300 is 5.4:1 on white; #f5b14c is 9.6:1 on #1e1e1e.
    return darkBase() ? QBrush(QColor(0xf5, 0xb1, 0x4c)) : QBrush(QColor(0xa3, 0x53, 0x00));
}

QBrush errorBackground()
{
    return QBrush(QColor(0xe0, 0x1b, 0x24, 40));
}

} // namespace mtlsdesk::CellTones
