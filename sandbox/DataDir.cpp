#include "DataDir.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mtlsdesk::sandbox {

DataDir::DataDir(QString path, int lockFd)
    : m_path(std::move(path))
    , m_lockFd(lockFd)
{
}

DataDir::~DataDir()
{
    ::close(m_lockFd);
}

std::unique_ptr<DataDir> DataDir::open(const QString& path, QString* error)
{
    const QString absolute = QDir(path).absolutePath();
    if (!QDir().mkpath(absolute)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(absolute);
        return nullptr;
    }
    const QByteArray native = QFile::encodeName(absolute);
    // mkpath honours the umask only for directories it creates; an existing directory is tightened too.
    if (::chmod(native.constData(), 0700) != 0) {
        *error =
            QStringLiteral("cannot set the mode of %1: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    const QByteArray lockFile = QFile::encodeName(QDir(absolute).filePath(QStringLiteral("sandbox.lock")));
    const int fd = ::open(lockFile.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(QString::fromLocal8Bit(lockFile), QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        *error = QStringLiteral("another mtls-sandbox already serves %1").arg(absolute);
        return nullptr;
    }
    return std::unique_ptr<DataDir>(new DataDir(QDir(absolute).canonicalPath(), fd));
}

QString DataDir::filePath(const QString& name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace mtlsdesk::sandbox
