#include "text/CellTones.h"

#include "text/Shades.h"

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
    return QBrush(Shades::text(Shades::Tone::Error, darkBase()));
}

QBrush warning()
{
    return QBrush(Shades::text(Shades::Tone::Warning, darkBase()));
}

QBrush errorBackground()
{
    return QBrush(QColor(0xe0, 0x1b, 0x24, 40));
}

} // namespace mtlsdesk::CellTones
