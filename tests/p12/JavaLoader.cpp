#include "JavaLoader.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mtlsdesk::test {

namespace {

constexpr int TimeoutMs = 60000;

// A client JVM that starts fast; the program runs for a fraction of a second.
const QStringList FastStart = {QStringLiteral("-XX:TieredStopAtLevel=1"), QStringLiteral("-XX:+UseSerialGC"),
                               QStringLiteral("-Xshare:auto")};

QProcessEnvironment javaEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Java decodes the environment with the locale's charset; a non-ASCII password must arrive as typed.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // "Picked up JAVA_TOOL_OPTIONS" would only go to stderr, but options there could change the verdict.
    environment.remove(QStringLiteral("JAVA_TOOL_OPTIONS"));
    environment.remove(QStringLiteral("JDK_JAVA_OPTIONS"));
    return environment;
}

} // namespace

JavaLoader::JavaLoader(QString sourceFile)
    : m_source(std::move(sourceFile))
{
}

JavaLoader::~JavaLoader() = default;

QString JavaLoader::javaProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("java"));
}

bool JavaLoader::prepare()
{
    m_java = javaProgram();
    if (m_java.isEmpty()) {
        m_error = QStringLiteral("java is not on PATH");
        return false;
    }
    if (!QFileInfo::exists(m_source)) {
        m_error = QStringLiteral("%1 is missing").arg(m_source);
        return false;
    }
    QProcess version;
    version.start(m_java, {QStringLiteral("-version")});
    if (version.waitForFinished(TimeoutMs))
        m_version = QString::fromLocal8Bit(version.readAllStandardError()).section(u'\n', 0, 0).trimmed();

    const QString javac = QStandardPaths::findExecutable(QStringLiteral("javac"));
    if (javac.isEmpty())
        return true; // java JavaLoad.java FILE (JDK 11+ source mode) still works with a full JDK
    m_classes = std::make_unique<QTemporaryDir>();
    QProcess compile;
    compile.setProcessEnvironment(javaEnvironment());
    compile.start(javac, {QStringLiteral("-d"), m_classes->path(), m_source});
    if (!compile.waitForFinished(TimeoutMs) || compile.exitStatus() != QProcess::NormalExit ||
        compile.exitCode() != 0) {
        m_error =
            QStringLiteral("javac %1 failed: %2 %3")
                .arg(m_source, compile.errorString(), QString::fromLocal8Bit(compile.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

JavaResult JavaLoader::load(const QString& file, const QByteArray& password) const
{
    JavaResult result;
    QProcessEnvironment environment = javaEnvironment();
    environment.insert(QStringLiteral("P12_PASSWORD"), QString::fromUtf8(password));
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList arguments = FastStart;
    if (m_classes)
        arguments << QStringLiteral("-cp") << m_classes->path() << QStringLiteral("JavaLoad");
    else
        arguments << m_source;
    arguments << file;
    process.start(m_java, arguments);
    if (!process.waitForFinished(TimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.message = QStringLiteral("java did not finish: %1").arg(process.errorString());
        return result;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitCode() == 0 && out == QStringLiteral("loads")) {
        result.ran = true;
        result.loads = true;
    } else if (process.exitCode() == 1 && out.startsWith(QStringLiteral("fails:"))) {
        result.ran = true;
    }
    result.message = result.ran ? out
                                : QStringLiteral("exit %1: %2 %3")
                                      .arg(process.exitCode())
                                      .arg(out, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return result;
}

} // namespace mtlsdesk::test
