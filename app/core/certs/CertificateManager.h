#pragma once

// The account's certificates for the whole app: the list (a CertificatesModel shared by the Certificates page,
// the wizard's Upload step and, later, the mapping editor) and every call that changes it. Each call is an
// async job; the manager keeps the model in step with what the service answered and says in one sentence
// what went wrong. Calls need a session and the mtlsGateway domain; without them they fail at once with a
// sentence and send nothing.

#include "certs/CertificateJobs.h"
#include "models/CertificatesModel.h"

#include <QObject>
#include <QPointer>

namespace mtlsdesk {

class Workspace;

class CertificateManager : public QObject
{
    Q_OBJECT
public:
    explicit CertificateManager(Workspace& workspace, QObject* parent = nullptr);

    CertificatesModel& model() { return m_model; }
    bool isLoaded() const { return m_loaded; }
    bool isRefreshing() const { return !m_listJob.isNull(); }
    int runningJobs() const { return m_running; }
    // Why calls cannot be made now ("log in first"), or empty when they can.
    QString unavailableReason() const;

    // Every function returns the started job (parented to the manager, deleted after finished()) so that the
    // caller can show its progress and abort it, or nullptr after emitting failed() when it cannot start.
    CertificateListJob* refresh();
    CertificateUploadJob* upload(CertificateUploadJob::Upload upload);
    CertificateDeleteJob* remove(qint64 id);
    CertificateGenerateJob* generate(const QString& name, const QByteArray& password);
    P12TestJob* test(const QByteArray& p12, const QByteArray& password,
                     const std::optional<P12TestJob::Forward>& forward = std::nullopt);

    // The local file an uploaded certificate came from (settings, per environment and account).
    void rememberFile(qint64 id, const QString& path);
    QString fileFor(qint64 id) const;

signals:
    void runningChanged(int jobs);
    void refreshed();
    void saved(const mtlsdesk::Certificate& certificate, bool created);
    void removed(qint64 id);
    // One sentence for the user (what failed and why) and the typed error.
    void failed(const QString& sentence, const mtlsdesk::ApiError& error);

private:
    template <typename Job> Job* launch(Job* job, const QString& what);
    QString gatewayHost() const;
    bool ready(const QString& what);
    void clear();

    Workspace& m_workspace;
    CertificatesModel m_model;
    QPointer<CertificateListJob> m_listJob;
    int m_running = 0;
    bool m_loaded = false;
};

} // namespace mtlsdesk
