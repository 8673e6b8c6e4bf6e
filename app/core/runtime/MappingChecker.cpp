#include "runtime/MappingChecker.h"

#include "text/Messages.h"

#include <QLoggingCategory>
#include <QSet>

namespace mtlsdesk {

namespace {

Q_LOGGING_CATEGORY(lcCheck, "mtlsdesk.check")

// The gateway does not know this form of check-mapping: try the next older one.
bool isUnknownEndpoint(const ApiError& error)
{
    return error.httpStatus == 404 || error.httpStatus == 405;
}

std::optional<CheckMappingJob::Form> olderForm(CheckMappingJob::Form form)
{
    switch (form) {
    case CheckMappingJob::Form::Current:
        return CheckMappingJob::Form::V2;
    case CheckMappingJob::Form::V2:
        return CheckMappingJob::Form::V1;
    case CheckMappingJob::Form::V1:
        break;
    }
    return std::nullopt;
}

} // namespace

MappingChecker::MappingChecker(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

MappingChecker::~MappingChecker()
{
    for (const QPointer<CheckMappingJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

QString MappingChecker::keyOf(const MappingTriplet& triplet)
{
    return triplet.serviceName + QLatin1Char('\n') + triplet.url;
}

QString MappingChecker::keyOf(const Mapping& mapping)
{
    return MappingServices::name(mapping.serviceId) + QLatin1Char('\n') + mapping.url;
}

bool MappingChecker::start(const ApiContext& context, const QString& host, const QList<MappingTriplet>& triplets)
{
    if (m_running || triplets.isEmpty())
        return false;
    m_context = context;
    m_host = host;
    m_results.clear();
    m_queue.clear();
    m_requests = 0;
    if (m_fixedForm)
        m_form = *m_fixedForm;

    QSet<QString> seen;
    QList<MappingTriplet> batch;
    for (const MappingTriplet& triplet : triplets) {
        if (seen.contains(keyOf(triplet)))
            continue;
        seen.insert(keyOf(triplet));
        batch << triplet;
        if (batch.size() == m_batchSize)
            m_queue << std::exchange(batch, {});
    }
    if (!batch.isEmpty())
        m_queue << batch;
    m_total = int(seen.size());
    m_running = true;
    qCInfo(lcCheck) << "checking" << m_total << "triplets in" << m_queue.size() << "requests";
    emit progress(0, m_total);
    launchMore();
    return true;
}

void MappingChecker::cancel()
{
    if (!m_running)
        return;
    stop(false);
}

void MappingChecker::launchMore()
{
    m_jobs.removeAll(nullptr);
    while (m_running && !m_queue.isEmpty() && m_jobs.size() < m_maxInFlight)
        launch(m_queue.takeFirst());
    if (m_running && m_queue.isEmpty() && m_jobs.isEmpty())
        stop(true);
}

void MappingChecker::launch(QList<MappingTriplet> batch)
{
    auto* job = new CheckMappingJob(m_network, m_context, m_host, batch, m_form, this);
    m_jobs << job;
    ++m_requests;
    // Every retry of ApiJob (429, 5xx) is one more request.
    connect(job, &ApiJob::retrying, this, [this] { ++m_requests; });
    connect(job, &CheckMappingJob::checked, this, [this, job](const QList<bool>& exists) {
        QHash<QString, bool> answers;
        const QList<MappingTriplet>& triplets = job->triplets();
        for (qsizetype i = 0; i < triplets.size(); ++i)
            answers.insert(keyOf(triplets.at(i)), exists.at(i));
        m_results.insert(answers);
        emit batchChecked(answers);
        emit progress(int(m_results.size()), m_total);
    });
    connect(job, &ApiJob::failed, this, [this, job](const ApiError& error) {
        if (!m_running)
            return;
        if (!m_fixedForm && isUnknownEndpoint(error)) {
            if (job->form() == m_form) {
                if (const auto older = olderForm(m_form)) {
                    qCInfo(lcCheck) << "check-mapping form" << m_form << "unknown here; trying" << *older;
                    m_form = *older;
                }
            }
            if (job->form() != m_form) { // another form is left to try: this batch goes again
                m_queue.prepend(job->triplets());
                return;
            }
        }
        emit failed(Messages::apiError(error, tr("Checking the mappings")), error);
        stop(false);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        m_jobs.removeAll(job);
        job->deleteLater();
        launchMore();
    });
    job->start();
}

void MappingChecker::stop(bool complete)
{
    m_running = false;
    m_queue.clear();
    for (const QPointer<CheckMappingJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    m_jobs.clear();
    emit done(complete);
}

} // namespace mtlsdesk
