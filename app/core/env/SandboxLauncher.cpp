#include "env/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/types.h>

Q_LOGGING_CATEGORY(lcSandbox, "mtlsdesk.sandbox")

namespace mtlsdesk {

std::optional<SandboxInfo> SandboxInfo::fromReadyLine(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("event")).toString() != QLatin1String("ready"))
        return std::nullopt;

    SandboxInfo info;
    info.baseUrl = QUrl(object.value(QLatin1String("baseUrl")).toString());
    info.caFile = object.value(QLatin1String("caFile")).toString();
    info.accountId = object.value(QLatin1String("accountId")).toString();
    info.username = object.value(QLatin1String("username")).toString();
    info.password = object.value(QLatin1String("password")).toString();
    info.appKey = OAuth1Credentials::fromJson(object.value(QLatin1String("appKey")).toObject());
    info.targetUrl = QUrl(object.value(QLatin1String("targetUrl")).toString());
    info.demoP12 = object.value(QLatin1String("demoP12")).toString();
    info.demoP12Password = object.value(QLatin1String("demoP12Password")).toString();
    info.partnerCaFile = object.value(QLatin1String("partnerCaFile")).toString();
    info.pid = object.value(QLatin1String("pid")).toInteger();
    info.dataDir = object.value(QLatin1String("dataDir")).toString();

    if (!info.baseUrl.isValid() || info.baseUrl.scheme() != QLatin1String("https") || info.caFile.isEmpty() ||
        info.accountId.isEmpty())
        return std::nullopt;
    return info;
}

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout, QStringLiteral("no ready line after %1 ms").arg(m_startTimeout));
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Failure::StartFailed, m_process.errorString());
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_status == Status::Starting) {
            const QByteArray errors = m_process.readAllStandardError().trimmed();
            fail(Failure::ExitedEarly, QStringLiteral("exit code %1: %2")
                                           .arg(exitCode)
                                           .arg(QString::fromUtf8(errors.right(600))));
        } else if (m_status == Status::Ready) {
            setStatus(Status::Stopped);
        }
    });
    // The sandbox logs requests on stderr; keep the pipe drained so it never blocks.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        if (m_status != Status::Starting)
            m_process.readAllStandardError();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("MTLSDESK_SANDBOX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mtls-sandbox"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("mtls-sandbox"));
}

void SandboxLauncher::start()
{
    if (m_status == Status::Starting || m_status == Status::Ready)
        return;
    m_failure = Failure::None;
    m_failureDetail.clear();
    m_stdout.clear();
    setStatus(Status::Starting);

    if (m_dataDir.isEmpty())
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
    QDir().mkpath(m_dataDir);

    if (m_attach && attachToRunning())
        return;

    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        fail(Failure::ProgramNotFound, program);
        return;
    }
    QStringList arguments{QStringLiteral("--data"), m_dataDir};
    if (!m_extraArguments.contains(QStringLiteral("--port")))
        arguments << QStringLiteral("--port") << QStringLiteral("0");
    arguments += m_extraArguments;
    qCInfo(lcSandbox) << "starting" << program << "with data dir" << m_dataDir;
    m_timeout.start(m_startTimeout);
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier(m_dieWithParent ? std::function<void()>([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); })
                                                      : std::function<void()>());
#endif
    m_process.start(program, arguments);
}

bool SandboxLauncher::attachToRunning()
{
    QFile file(QDir(m_dataDir).filePath(QStringLiteral("ready.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const std::optional<SandboxInfo> info = SandboxInfo::fromReadyLine(file.readAll().trimmed());
    if (!info || info->pid <= 0 || ::kill(static_cast<pid_t>(info->pid), 0) != 0)
        return false;
    qCInfo(lcSandbox) << "attached to the running sandbox, pid" << info->pid;
    m_info = *info;
    setStatus(Status::Ready);
    emit ready(m_info);
    return true;
}

void SandboxLauncher::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline = -1;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline).trimmed();
        m_stdout.remove(0, newline + 1);
        if (m_status != Status::Starting || !line.startsWith('{'))
            continue;
        const std::optional<SandboxInfo> info = SandboxInfo::fromReadyLine(line);
        if (!info) {
            fail(Failure::BadReadyLine, QStringLiteral("the sandbox printed an unreadable ready line"));
            continue;
        }
        m_timeout.stop();
        m_info = *info;
        if (m_info.pid == 0)
            m_info.pid = m_process.processId();
        setStatus(Status::Ready);
        emit ready(m_info);
    }
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    if (m_status == Status::Ready || m_status == Status::Starting)
        setStatus(Status::Stopped);
}

bool SandboxLauncher::waitForReady(int msecs)
{
    if (m_status == Status::Idle || m_status == Status::Stopped)
        start();
    if (m_status == Status::Starting) {
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &SandboxLauncher::statusChanged, &loop, [&loop](Status) { loop.quit(); });
        guard.start(msecs);
        while (m_status == Status::Starting && guard.isActive())
            loop.exec();
    }
    return m_status == Status::Ready;
}

void SandboxLauncher::fail(Failure failure, const QString& detail)
{
    if (m_status != Status::Starting)
        return;
    m_timeout.stop();
    m_failure = failure;
    m_failureDetail = detail;
    qCWarning(lcSandbox) << "sandbox failed:" << failure << detail;
    setStatus(Status::Failed);
    emit failed(failure, detail);
}

void SandboxLauncher::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace mtlsdesk
