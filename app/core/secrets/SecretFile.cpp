#include "secrets/SecretFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mtlsdesk {

bool writeOwnerOnlyFile(const QString& path, const QByteArray& data, QString* problem)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.commit())
        return true;
    if (problem)
        *problem = QCoreApplication::translate("SecretFile", "%1 cannot be written: %2").arg(path, file.errorString());
    return false;
}

} // namespace mtlsdesk
