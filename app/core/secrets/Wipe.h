#pragma once

#include <QByteArray>
#include <QString>

namespace mtlsdesk {

// Overwrites a secret's buffer in place (every implicitly shared handle sees zeros), then empties the handle.
// Used for passwords and tokens once they are no longer needed, so they do not linger in freed heap memory.
void wipe(QByteArray& secret);
void wipe(QString& secret);

} // namespace mtlsdesk
