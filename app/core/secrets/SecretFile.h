#pragma once

#include <QByteArray>
#include <QString>

namespace mtlsdesk {

// Writes a file that holds a secret (a key, a PKCS#12): whole or not at all (QSaveFile), readable by the owner
// only. On failure returns false and a sentence in *problem.
bool writeOwnerOnlyFile(const QString& path, const QByteArray& data, QString* problem);

} // namespace mtlsdesk
