#include "app/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace mtlsdesk {

namespace {

QMutex s_mutex;
QFile* s_file = nullptr;
QString s_path;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levels[type] + ' ' + (context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    QMutexLocker lock(&s_mutex);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    if (s_file) {
        s_file->write(line);
        s_file->flush();
    }
}

} // namespace

QString Logging::logFilePath()
{
    return s_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                  QStringLiteral("/logs/mtls-desk.log")
                            : s_path;
}

void Logging::install(const QString& logFilePath)
{
    QMutexLocker lock(&s_mutex);
    s_path = logFilePath.isEmpty() ? Logging::logFilePath() : logFilePath;
    QDir().mkpath(QFileInfo(s_path).absolutePath());
    if (QFileInfo(s_path).size() > 1024 * 1024) {
        QFile::remove(s_path + QStringLiteral(".1"));
        QFile::rename(s_path, s_path + QStringLiteral(".1"));
    }
    delete s_file;
    s_file = new QFile(s_path);
    if (!s_file->open(QIODevice::Append | QIODevice::Text)) {
        delete s_file;
        s_file = nullptr;
    } else {
        s_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qInstallMessageHandler(handler);
}

} // namespace mtlsdesk
