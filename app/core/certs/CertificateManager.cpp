#include "certs/CertificateManager.h"

#include "app/Workspace.h"
#include "settings/AppSettings.h"
#include "text/Messages.h"

namespace mtlsdesk {

CertificateManager::CertificateManager(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // The list belongs to one account in one environment.
    connect(&workspace, &Workspace::accountChanged, this, &CertificateManager::clear);
    connect(&workspace, &Workspace::environmentChanged, this, &CertificateManager::clear);
}

void CertificateManager::clear()
{
    if (m_listJob)
        m_listJob->abort();
    m_model.setCertificates({});
    m_model.clearUsage();
    m_loaded = false;
}

void CertificateManager::rememberFile(qint64 id, const QString& path)
{
    AppSettings().setCertificateFile(m_workspace.environment().id(), m_workspace.accountId(), id, path);
}

QString CertificateManager::fileFor(qint64 id) const
{
    return AppSettings().certificateFile(m_workspace.environment().id(), m_workspace.accountId(), id);
}

QString CertificateManager::gatewayHost() const
{
    return m_workspace.domains().host(Domains::MtlsGateway);
}

QString CertificateManager::unavailableReason() const
{
    // Reads and JSON writes also take the AppKey; the by-file upload and the tester need the session's Bearer
    // and say so in their answer.
    if (!m_workspace.session().isLoggedIn() && !m_workspace.hasAppKeySession())
        return tr("Log in first: certificate calls need a session with the Login Service.");
    if (gatewayHost().isEmpty())
        return tr("The account has no mtlsGateway domain. Check the Domains step.");
    return {};
}

bool CertificateManager::ready(const QString& what)
{
    const QString reason = unavailableReason();
    if (reason.isEmpty())
        return true;
    ApiError error;
    error.kind = ApiError::Kind::Unauthorized;
    emit failed(tr("%1 failed: %2").arg(what, reason), error);
    return false;
}

template <typename Job> Job* CertificateManager::launch(Job* job, const QString& what)
{
    m_workspace.track(job);
    connect(job, &ApiJob::failed, this, [this, what](const ApiError& error) {
        if (error.kind != ApiError::Kind::Canceled)
            emit failed(Messages::apiError(error, what), error);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        emit runningChanged(--m_running);
    });
    emit runningChanged(++m_running);
    job->start();
    return job;
}

CertificateListJob* CertificateManager::refresh()
{
    const QString what = tr("Loading the certificates");
    if (!ready(what))
        return nullptr;
    if (m_listJob)
        return m_listJob;
    auto* job = new CertificateListJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(), this);
    connect(job, &CertificateListJob::listed, this, [this](const QList<Certificate>& certificates) {
        m_model.setCertificates(certificates);
        m_loaded = true;
        emit refreshed();
    });
    m_listJob = job;
    // Before launch()'s own handler, so that runningChanged() already sees the list as not refreshing.
    connect(job, &ApiJob::finished, this, [this] { m_listJob = nullptr; });
    return launch(job, what);
}

CertificateUploadJob* CertificateManager::upload(CertificateUploadJob::Upload upload)
{
    const bool update = upload.id > 0;
    const QString what = update ? tr("Updating certificate \"%1\"").arg(upload.name)
                                : tr("Uploading certificate \"%1\"").arg(upload.name);
    if (!ready(what))
        return nullptr;
    auto* job = new CertificateUploadJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(),
                                         std::move(upload), this);
    connect(job, &CertificateUploadJob::saved, this, [this, update](const Certificate& certificate) {
        m_model.upsert(certificate);
        emit saved(certificate, !update);
    });
    return launch(job, what);
}

CertificateDeleteJob* CertificateManager::remove(qint64 id)
{
    const std::optional<Certificate> known = m_model.byId(id);
    const QString what = tr("Deleting certificate \"%1\"").arg(known ? known->name : QString::number(id));
    if (!ready(what))
        return nullptr;
    auto* job = new CertificateDeleteJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(), id, this);
    auto done = [this, id] {
        m_model.remove(id);
        emit removed(id);
    };
    connect(job, &CertificateDeleteJob::deleted, this, done);
    // Gone already (deleted elsewhere, or a retried DELETE whose first answer was lost): the goal is reached.
    connect(job, &ApiJob::failed, this, [done](const ApiError& error) {
        if (error.kind == ApiError::Kind::NotFound)
            done();
    });
    return launch(job, what);
}

CertificateGenerateJob* CertificateManager::generate(const QString& name, const QByteArray& password)
{
    const QString what = tr("Generating certificate \"%1\"").arg(name);
    if (!ready(what))
        return nullptr;
    auto* job = new CertificateGenerateJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(), name,
                                           password, this);
    connect(job, &CertificateGenerateJob::saved, this, [this](const Certificate& certificate) {
        m_model.upsert(certificate);
        emit saved(certificate, true);
    });
    return launch(job, what);
}

P12TestJob* CertificateManager::test(const QByteArray& p12, const QByteArray& password,
                                     const std::optional<P12TestJob::Forward>& forward)
{
    const QString what = tr("Testing the P12 file with the service");
    if (!ready(what))
        return nullptr;
    auto* job = new P12TestJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(), p12, password, this);
    if (forward)
        job->setForward(*forward);
    return launch(job, what);
}

} // namespace mtlsdesk
