#pragma once

// Runs tests/p12/JavaLoad.java on a real JDK: compiled once with javac into a temporary directory, or in
// single-file source mode when only a runtime with a compiler module is there. One JVM per file.

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace mtlsdesk::test {

struct JavaResult
{
    bool ran = false;   // false: java could not be started or printed nothing useful
    bool loads = false; // KeyStore.load() and getKey() for every key entry succeeded
    QString message;    // "loads" or "fails: <exception>: <message>", or why it did not run
};

class JavaLoader
{
public:
    explicit JavaLoader(QString sourceFile);
    ~JavaLoader();
    JavaLoader(const JavaLoader&) = delete;
    JavaLoader& operator=(const JavaLoader&) = delete;

    static QString javaProgram(); // empty when java is not on PATH

    bool prepare(); // false (see errorString()) when java is missing or javac fails
    QString errorString() const { return m_error; }
    QString javaVersion() const { return m_version; }

    JavaResult load(const QString& file, const QByteArray& password) const;

private:
    QString m_source;
    QString m_java;
    QString m_version;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_classes; // null: source mode
};

} // namespace mtlsdesk::test
