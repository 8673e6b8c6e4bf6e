#pragma once

// Starts the bundled mtls-sandbox (or attaches to one already serving the same data directory) and reads
// its ready line.
//
//   Idle --start()--> Starting --ready line--> Ready --stop()/exit--> Stopped
//                        |  \--existing ready.json with a live pid--> Ready (attached, not owned)
//                        \--exit before ready / timeout / no binary--> Failed
//
// The ready line is one JSON object on the sandbox's stdout (see sandbox/README.md); it holds the demo
// account's password and AppKey secrets, so it is parsed here and never logged.

#include "net/OAuth1.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace mtlsdesk {

struct SandboxInfo
{
    QUrl baseUrl;
    QString caFile;
    QString accountId;
    QString username;
    QString password;
    OAuth1Credentials appKey;
    QUrl targetUrl;  // the sandbox's mTLS target, once it has one
    QString demoP12; // path of the demo client P12, once it has one
    QString demoP12Password; // a secret like `password`: never logged
    QString partnerCaFile;   // the CA that signs the demo client certificate and that the target trusts
    qint64 pid = 0;
    QString dataDir;

    static std::optional<SandboxInfo> fromReadyLine(const QByteArray& line);
};

class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Starting, Ready, Failed, Stopped };
    Q_ENUM(Status)
    enum class Failure { None, ProgramNotFound, StartFailed, ExitedEarly, Timeout, BadReadyLine };
    Q_ENUM(Failure)

    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    // $MTLSDESK_SANDBOX, then mtls-sandbox beside the running executable, then on PATH.
    static QString findProgram();

    void setProgram(const QString& program) { m_program = program; }
    void setDataDir(const QString& dir) { m_dataDir = dir; }
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    void setStartTimeout(int msecs) { m_startTimeout = msecs; }
    // Attach to a sandbox already serving the data dir instead of starting a second one (default on).
    void setAttachToRunning(bool attach) { m_attach = attach; }
    // Linux: the sandbox gets SIGTERM when this process dies, even by a crash. Off for the app (a sandbox may
    // outlive it and be attached to next time), on for tests (a crashed test must not leave servers behind).
    void setDieWithParent(bool die) { m_dieWithParent = die; }

    void start();
    void stop();
    // Blocks in a local event loop; for tests and the command line only, never the GUI thread.
    bool waitForReady(int msecs = 30000);

    Status status() const { return m_status; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    bool ownsProcess() const { return m_process.state() != QProcess::NotRunning; }
    const SandboxInfo& info() const { return m_info; }

signals:
    void statusChanged(mtlsdesk::SandboxLauncher::Status status);
    void ready(const mtlsdesk::SandboxInfo& info);
    void failed(mtlsdesk::SandboxLauncher::Failure failure, const QString& detail);

private:
    bool attachToRunning();
    void readOutput();
    void fail(Failure failure, const QString& detail);
    void setStatus(Status status);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_stdout;
    QString m_program;
    QString m_dataDir;
    QStringList m_extraArguments;
    int m_startTimeout = 30000;
    bool m_attach = true;
    bool m_dieWithParent = false;
    Status m_status = Status::Idle;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    SandboxInfo m_info;
};

} // namespace mtlsdesk
