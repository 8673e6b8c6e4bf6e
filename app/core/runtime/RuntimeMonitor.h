#pragma once

// The runtime side of the workspace, shared by the Dashboard, the wizard's Check step and the CLI:
//   - the DashboardModel over the saved mappings (MappingEditor's base), the certificates (CertificateManager) and
//     the "live at" times of the last saves;
//   - "Check all" / "check these": MappingChecker over the AppKey, with progress, cancel and failures in sentences;
//   - the forward tester's calls;
//   - the audit of what the dashboard shows.
// It never blocks: loading the mappings or certificates first when they are not loaded yet, then checking.

#include "audit/MappingAudit.h"
#include "models/DashboardModel.h"
#include "runtime/MappingChecker.h"
#include "runtime/RuntimeJobs.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mtlsdesk {

class Workspace;

class RuntimeMonitor : public QObject
{
    Q_OBJECT
public:
    explicit RuntimeMonitor(Workspace& workspace, QObject* parent = nullptr);
    ~RuntimeMonitor() override;

    DashboardModel& model() { return m_model; }
    MappingChecker& checker() { return m_checker; }
    bool isChecking() const { return m_checker.isRunning() || m_waitingForData; }
    QDateTime lastChecked() const { return m_lastChecked; }

    // Why check and forward cannot run now (not logged in, no AppKey, no mTLS domain), or empty.
    QString unavailableReason() const;

    // Checks every saved, enabled mapping. Loads mappings and certificates first when needed. False (and
    // failed() with the reason) when it cannot start.
    bool checkAll();
    // Checks just these (the wizard's Check step): the dashboard's rows are updated too.
    bool checkMappings(const QList<Mapping>& mappings);
    void cancel();

    // Sends one forward; nullptr (and failed()) when it cannot. The job deletes itself after finished().
    ForwardJob* forward(const ForwardRequest& request);

    // The audit of what the dashboard shows now.
    MappingAudit audit() const;

signals:
    // The check requests are going out (after the lists loaded, when they had to); isChecking() is true.
    void checkStarted(int mappings);
    void progress(int checked, int total);
    // `complete` false after a failure or cancel.
    void checkFinished(bool complete);
    void failed(const QString& sentence, const mtlsdesk::ApiError& error);

private:
    void syncFromWorkspace();
    bool startCheck(const QList<Mapping>& mappings);
    QString gatewayHost() const;

    Workspace& m_workspace;
    DashboardModel m_model;
    MappingChecker m_checker;
    QTimer m_clock;
    QDateTime m_lastChecked;
    QList<Mapping> m_pendingCheck; // waiting for the mapping list or certificates to load
    bool m_waitingForData = false;
    bool m_checkEverything = false;
};

} // namespace mtlsdesk
