#pragma once

// Base of every endpoint job: one subclass per endpoint builds the request and parses the answer; this base
// owns what all calls share: TLS configuration, transfer timeout, authentication (Bearer or OAuth1
// signature), the error mapping to ApiError, waiting out 429 Retry-After, and bounded retries of idempotent
// calls on 5xx or dropped connections.
//
//   start() -> Sending -> (429: Waiting Retry-After -> Sending)*
//           -> (5xx/network/lost or cut-off answer, idempotent: Waiting -> Sending)*
//           -> (lost answer of a write: CheckingOutcome, when the subclass can find out whether it was served)
//           -> succeeded (subclass signal) + finished()  |  failed(ApiError) + finished()
//
// A write is never sent twice by this class: a non-idempotent call whose answer was lost is either checked by
// its subclass (checkOutcome()) or reported as failed, and the sentence says whether trying again is safe.
//
// The QNetworkAccessManager is passed in (one per application, never a global).

#include "net/ApiContext.h"
#include "net/ApiError.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QHttpMultiPart;

namespace mtlsdesk {

class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Auth { None, Bearer, OAuth1 };
    Q_ENUM(Auth)

    ~ApiJob() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // Headers of the final answer (e.g. ac-revision, Set-Cookie), for subclasses and tests.
    QByteArray responseHeader(const QByteArray& name) const;
    const QList<QNetworkReply::RawHeaderPair>& responseHeaders() const { return m_responseHeaders; }

    // The service's error text out of a JSON error body ({"error":{"message"}}, {"message"}, ...), or a short
    // plain-text body; empty when there is none. Public so that tests and other clients share one reading.
    static QString serviceMessageFromBody(const QByteArray& body);
    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
    static std::chrono::milliseconds parseRetryAfter(const QByteArray& value, std::chrono::milliseconds fallback);
    // A body that starts as JSON and ends before the document does (an answer cut short on the way).
    static bool looksCutOff(const QByteArray& body);

signals:
    // Waiting before the next attempt: after a 429 (rateLimited = true) or a failure of an idempotent call.
    void retrying(std::chrono::milliseconds wait, int attempt, bool rateLimited);
    void failed(const mtlsdesk::ApiError& error);
    // Emitted once after the subclass's result signal or failed(), whatever happened.
    void finished();
    // Bytes of the request body sent so far (uploads).
    void uploadProgress(qint64 sent, qint64 total);
    // This job started another with the same credentials to learn whether its lost write landed (checkOutcome()).
    // Whoever watches this job's answers for a rejected session watches that one's too.
    void outcomeCheckStarted(mtlsdesk::ApiJob* check);

protected:
    struct Request
    {
        QByteArray verb = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        Auth auth = Auth::None;
        QList<std::pair<QByteArray, QByteArray>> headers;
        // Multipart bodies are built per attempt (a QHttpMultiPart is consumed by the send).
        std::function<QHttpMultiPart*()> multipart;
    };

    ApiJob(QNetworkAccessManager& network, ApiContext context, QObject* parent = nullptr);

    virtual Request request() const = 0;
    // Parse a 2xx answer and emit the subclass's result signal. Return false when the body does not
    // match the contract (then the job fails with BadPayload and payloadDetail()).
    virtual bool parse(const QByteArray& body) = 0;
    virtual bool isIdempotent() const { return false; }
    // A non-2xx status that is an answer rather than an error for this endpoint (e.g. the P12 tester's 500
    // verdict, or a forwarded remote status): its body goes to parse() like a 2xx body.
    virtual bool isResultStatus(int httpStatus) const
    {
        Q_UNUSED(httpStatus);
        return false;
    }

    // A non-idempotent call whose answer was lost (ApiError::mayHaveBeenServed()) may have been carried out. A
    // subclass that can find out (a create of a uniquely named item reads the list back) starts that check here and
    // returns true; it then ends the job with settleSucceeded() (after emitting its result signal) or settleFailed().
    virtual bool checkOutcome(const ApiError& error)
    {
        Q_UNUSED(error);
        return false;
    }
    // The job that checks the outcome, so that abort() stops it too; announced by outcomeCheckStarted().
    void setOutcomeCheck(ApiJob* check);
    void settleSucceeded();
    void settleFailed(ApiError error);

    const ApiContext& context() const { return m_context; }
    QNetworkAccessManager& network() const { return m_network; }
    void setPayloadDetail(const QString& detail) { m_payloadDetail = detail; }
    // Milliseconds from sending the current attempt to now (in parse(): the round trip).
    qint64 attemptElapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

private:
    // Asks the host's rate limiter (when the context has pacing), then sends.
    void beginAttempt();
    void sendAttempt();
    // Hands the rate limiter's ticket back: `sent` frees its slot a window after now, otherwise at once.
    void releasePacing(bool sent);
    void onReplyFinished();
    void fail(ApiError error);
    void finish();
    bool scheduleRetry(std::chrono::milliseconds wait, bool rateLimited);
    ApiError classify(QNetworkReply& reply, const QByteArray& body) const;

    QNetworkAccessManager& m_network;
    const ApiContext m_context;
    QPointer<QNetworkReply> m_reply;
    QPointer<ApiJob> m_outcomeCheck;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QList<QNetworkReply::RawHeaderPair> m_responseHeaders;
    QStringList m_sslErrors;
    ApiError m_error;
    QString m_payloadDetail;
    quint64 m_pacingTicket = 0; // waiting for the rate limiter, or its slot while the attempt is out
    QString m_pacingHost;
    int m_httpStatus = 0;
    int m_rateLimitRetries = 0;
    int m_serverRetries = 0;
    bool m_running = false;
    bool m_aborted = false;
};

} // namespace mtlsdesk
