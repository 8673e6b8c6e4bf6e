#include "runtime/RuntimeMonitor.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "text/Messages.h"

namespace mtlsdesk {

namespace {

QString environmentName(const Environment& environment)
{
    switch (environment.kind) {
    case Environment::Kind::Sandbox:
        return RuntimeMonitor::tr("Sandbox");
    case Environment::Kind::Production:
        return RuntimeMonitor::tr("Production");
    case Environment::Kind::Custom:
        return RuntimeMonitor::tr("Custom (%1)").arg(environment.discoveryHost);
    }
    return {};
}

} // namespace

RuntimeMonitor::RuntimeMonitor(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_checker(workspace.network())
{
    MappingEditor& mappings = workspace.mappings();
    CertificateManager& certificates = workspace.certificates();
    connect(&mappings, &MappingEditor::loaded, this, &RuntimeMonitor::syncFromWorkspace);
    connect(&mappings, &MappingEditor::saved, this, &RuntimeMonitor::syncFromWorkspace);
    connect(&mappings, &MappingEditor::rebased, this, &RuntimeMonitor::syncFromWorkspace);
    connect(&certificates, &CertificateManager::refreshed, this, &RuntimeMonitor::syncFromWorkspace);
    connect(&certificates, &CertificateManager::removed, this, &RuntimeMonitor::syncFromWorkspace);
    connect(&certificates, &CertificateManager::saved, this, &RuntimeMonitor::syncFromWorkspace);
    auto clear = [this] {
        cancel();
        m_model.setMappings({});
        m_model.setCertificates({});
        m_model.clearResults();
        m_lastChecked = {};
    };
    // Loading what a check needs failed: the check cannot start.
    auto dataFailed = [this](const QString& sentence, const ApiError& error) {
        if (!m_waitingForData)
            return;
        m_waitingForData = false;
        m_pendingCheck.clear();
        emit failed(sentence, error);
        emit checkFinished(false);
    };
    connect(&mappings, &MappingEditor::failed, this, dataFailed);
    connect(&certificates, &CertificateManager::failed, this, dataFailed);
    connect(&workspace, &Workspace::accountChanged, this, clear);
    connect(&workspace, &Workspace::environmentChanged, this, clear);

    connect(&m_checker, &MappingChecker::progress, this, &RuntimeMonitor::progress);
    connect(&m_checker, &MappingChecker::batchChecked, &m_model, &DashboardModel::addResults);
    connect(&m_checker, &MappingChecker::failed, this, &RuntimeMonitor::failed);
    connect(&m_checker, &MappingChecker::done, this, [this](bool complete) {
        if (!complete) {
            // What was asked but not answered shows as "check failed", not as an old answer.
            QList<QString> unanswered;
            for (const Mapping& mapping : m_pendingCheck) {
                const QString key = MappingChecker::keyOf(mapping);
                if (!m_checker.results().contains(key))
                    unanswered << key;
            }
            m_model.markCheckFailed(unanswered);
        }
        m_pendingCheck.clear();
        m_lastChecked = QDateTime::currentDateTimeUtc();
        emit checkFinished(complete);
    });

    // "Live at 14:05" turns into a status once 14:05 has passed.
    m_clock.setInterval(std::chrono::seconds(15));
    connect(&m_clock, &QTimer::timeout, &m_model, &DashboardModel::refreshClock);
    m_clock.start();
}

RuntimeMonitor::~RuntimeMonitor() = default;

QString RuntimeMonitor::gatewayHost() const
{
    return m_workspace.domains().host(Domains::MtlsGateway);
}

QString RuntimeMonitor::unavailableReason() const
{
    if (m_workspace.accountId().isEmpty())
        return tr("Log in first: checking mappings needs the account and its AppKey.");
    if (!m_workspace.apiContext().appKey.isComplete())
        return tr("Checking mappings and forwarding take the account's AppKey (OAuth1), which this session does not "
                  "have. Log in again with the App key, secret, access token and access token secret.");
    if (gatewayHost().isEmpty())
        return tr("The account has no mtlsGateway domain. Check the Domains step.");
    return {};
}

void RuntimeMonitor::syncFromWorkspace()
{
    // The dashboard shows what the service has: the editor's base, not unsaved edits.
    MappingEditor& mappings = m_workspace.mappings();
    CertificateManager& certificates = m_workspace.certificates();
    m_model.setCertificates(certificates.model().certificates());
    m_model.setLiveAt(mappings.liveAt());
    if (mappings.isLoaded())
        m_model.setMappings(mappings.base());

    if (m_waitingForData && mappings.isLoaded() && certificates.isLoaded()) {
        m_waitingForData = false;
        const QList<Mapping> toCheck = m_checkEverything ? mappings.base() : m_pendingCheck;
        startCheck(toCheck);
    }
}

bool RuntimeMonitor::checkAll()
{
    m_checkEverything = true;
    return checkMappings({});
}

bool RuntimeMonitor::checkMappings(const QList<Mapping>& mappings)
{
    if (isChecking())
        return false;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        emit failed(reason, error);
        return false;
    }
    if (!mappings.isEmpty())
        m_checkEverything = false;
    m_pendingCheck = mappings;
    MappingEditor& editor = m_workspace.mappings();
    CertificateManager& certificates = m_workspace.certificates();
    if (!editor.isLoaded() || !certificates.isLoaded()) {
        m_waitingForData = true; // isChecking() from here; checkStarted() once the lists are in
        if (!editor.isLoaded() && editor.state() != MappingEditor::State::Loading)
            editor.load();
        if (!certificates.isLoaded() && !certificates.isRefreshing())
            certificates.refresh();
        return true;
    }
    syncFromWorkspace();
    return startCheck(m_checkEverything ? editor.base() : mappings);
}

bool RuntimeMonitor::startCheck(const QList<Mapping>& mappings)
{
    const QString accountId = m_workspace.accountId();
    QList<MappingTriplet> triplets;
    m_pendingCheck.clear();
    for (const Mapping& mapping : mappings) {
        // The runtime ignores disabled and deleted mappings: asking about them costs requests and says nothing.
        if (!mapping.enable || mapping.deleted)
            continue;
        m_pendingCheck << mapping;
        triplets << MappingTriplet::of(mapping, accountId);
    }
    if (triplets.isEmpty()) {
        emit checkStarted(0);
        m_lastChecked = QDateTime::currentDateTimeUtc();
        emit checkFinished(true);
        return true;
    }
    if (!m_checker.start(m_workspace.apiContext(), gatewayHost(), triplets))
        return false;
    emit checkStarted(int(m_pendingCheck.size()));
    return true;
}

void RuntimeMonitor::cancel()
{
    if (m_waitingForData) {
        m_waitingForData = false;
        m_pendingCheck.clear();
        emit checkFinished(false);
    }
    m_checker.cancel();
}

ForwardJob* RuntimeMonitor::forward(const ForwardRequest& request)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        emit failed(reason, error);
        return nullptr;
    }
    auto* job = new ForwardJob(m_workspace.network(), m_workspace.apiContext(), gatewayHost(), request, this);
    m_workspace.track(job);
    connect(job, &ApiJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

MappingAudit RuntimeMonitor::audit() const
{
    QHash<qint64, RuntimeStatus> statuses;
    for (int row = 0; row < m_model.rowCount(); ++row)
        statuses.insert(m_model.mappings().at(row).id, m_model.statusAt(row));
    return MappingAudit::build(m_workspace.accountId(), environmentName(m_workspace.environment()),
                               m_model.certificates(), m_model.mappings(), statuses);
}

} // namespace mtlsdesk
