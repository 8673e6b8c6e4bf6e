#pragma once

// The data directory: created with mode 0700 (it holds the CA key and the demo password), and locked with flock()
// on DIR/sandbox.lock for the life of the process, so a second sandbox on the same directory fails at once instead
// of overwriting ready.json. The kernel drops the lock when the process dies, so a crash never leaves it stale.

#include <QString>

#include <memory>

namespace mtlsdesk::sandbox {

class DataDir
{
public:
    // nullptr and a reason when the directory cannot be created or is in use.
    static std::unique_ptr<DataDir> open(const QString& path, QString* error);
    ~DataDir();
    DataDir(const DataDir&) = delete;
    DataDir& operator=(const DataDir&) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString& name) const;

private:
    DataDir(QString path, int lockFd);

    QString m_path;
    int m_lockFd;
};

} // namespace mtlsdesk::sandbox
