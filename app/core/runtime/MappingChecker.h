#pragma once

// "Check all": asks check-mapping about many triplets in batches (many triplets per request, never one request per
// mapping), with a few batches in flight; the workspace's RateLimiters pace every request (<= 10/s, 429 honoured).
// It starts with the current endpoint and falls back to the older /mtls/mapping v2 and then v1 when the gateway
// does not know the newer one (404/405), remembering the form that worked.
//
//   Idle --start()--> Running --every batch answered--> Idle, done(true)
//                        \--a batch failed (after ApiJob's own retries) / cancel()--> Idle, done(false)

#include "runtime/RuntimeJobs.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mtlsdesk {

class MappingChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultBatchSize = 200;
    static constexpr int DefaultMaxInFlight = 2;

    explicit MappingChecker(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~MappingChecker() override;

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    int batchSize() const { return m_batchSize; }
    void setMaxInFlight(int jobs) { m_maxInFlight = qMax(1, jobs); }
    // nullopt (the default): the current endpoint first, then the older forms.
    void setForm(std::optional<CheckMappingJob::Form> form) { m_fixedForm = form; }
    CheckMappingJob::Form form() const { return m_form; }

    // Duplicates are asked once. Returns false (and emits nothing) when already running or `triplets` is empty.
    bool start(const ApiContext& context, const QString& host, const QList<MappingTriplet>& triplets);
    void cancel();
    bool isRunning() const { return m_running; }

    // Requests sent by the last (or current) run, attempts and fallbacks included.
    int requestsSent() const { return m_requests; }
    const QHash<QString, bool>& results() const { return m_results; }
    // The results' key: the triplet's service name and URL (one account per run).
    static QString keyOf(const MappingTriplet& triplet);
    static QString keyOf(const Mapping& mapping);

signals:
    void progress(int checked, int total);
    // The answers of one batch (key -> exists), as they arrive.
    void batchChecked(const QHash<QString, bool>& answers);
    void failed(const QString& sentence, const mtlsdesk::ApiError& error);
    // Last signal of a run; `complete` is false after a failure or cancel().
    void done(bool complete);

private:
    void launchMore();
    void launch(QList<MappingTriplet> batch);
    void stop(bool complete);

    QNetworkAccessManager& m_network;
    ApiContext m_context;
    QString m_host;
    int m_batchSize = DefaultBatchSize;
    int m_maxInFlight = DefaultMaxInFlight;
    std::optional<CheckMappingJob::Form> m_fixedForm;
    CheckMappingJob::Form m_form = CheckMappingJob::Form::Current;
    QList<QList<MappingTriplet>> m_queue;
    QList<QPointer<CheckMappingJob>> m_jobs;
    QHash<QString, bool> m_results;
    int m_total = 0;
    int m_requests = 0;
    bool m_running = false;
};

} // namespace mtlsdesk
