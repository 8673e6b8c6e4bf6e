#pragma once

#include <QString>

namespace mtlsdesk {

// Sends qDebug/qInfo/qWarning to stderr and to a log file (AppLocalDataLocation/logs/mtls-desk.log, rotated
// at 1 MiB), with the category. Nothing secret is ever logged: jobs log method, path and status only.
class Logging
{
public:
    static void install(const QString& logFilePath = {});
    static QString logFilePath();
};

} // namespace mtlsdesk
