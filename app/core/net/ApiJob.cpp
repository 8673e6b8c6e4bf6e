#include "net/ApiJob.h"

#include "net/RateLimiter.h"

#include <QDateTime>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>

#include <algorithm>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcNet, "mtlsdesk.net")

namespace mtlsdesk {

using namespace std::chrono;

ApiJob::ApiJob(QNetworkAccessManager& network, ApiContext context, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_context(std::move(context))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::beginAttempt);
}

ApiJob::~ApiJob()
{
    // A request that went out may have reached the server: its slot frees a window later, as any other.
    releasePacing(m_reply != nullptr);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_aborted = false;
    m_error = {};
    m_rateLimitRetries = 0;
    m_serverRetries = 0;
    beginAttempt();
}

void ApiJob::abort()
{
    if (!m_running)
        return;
    m_aborted = true;
    if (m_outcomeCheck) {
        ApiJob* check = m_outcomeCheck;
        m_outcomeCheck = nullptr;
        check->disconnect(this);
        check->abort();
        fail({ApiError::Kind::Canceled, 0, {}, {}});
    } else if (m_retryTimer.isActive() || (m_pacingTicket != 0 && !m_reply)) {
        m_retryTimer.stop();
        releasePacing(false);
        fail({ApiError::Kind::Canceled, 0, {}, {}});
    } else if (m_reply) {
        m_reply->abort(); // onReplyFinished reports Canceled
    }
}

QByteArray ApiJob::responseHeader(const QByteArray& name) const
{
    for (const auto& [key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiJob::beginAttempt()
{
    if (!m_context.pacing) {
        sendAttempt();
        return;
    }
    m_pacingHost = request().url.authority();
    m_pacingTicket = m_context.pacing->forHost(m_pacingHost).acquire(this, [this] {
        if (m_running && !m_aborted)
            sendAttempt();
        else
            releasePacing(false);
    });
}

void ApiJob::releasePacing(bool sent)
{
    if (m_pacingTicket == 0)
        return;
    RateLimiter& limiter = m_context.pacing->forHost(m_pacingHost);
    const quint64 ticket = std::exchange(m_pacingTicket, 0);
    if (sent)
        limiter.done(ticket);
    else
        limiter.cancel(ticket);
}

void ApiJob::sendAttempt()
{
    const Request spec = request();
    QNetworkRequest request(spec.url);
    request.setSslConfiguration(m_context.sslConfiguration);
    request.setTransferTimeout(static_cast<int>(m_context.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    switch (spec.auth) {
    case Auth::None:
        break;
    case Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_context.bearer);
        break;
    case Auth::OAuth1:
        // Signed per attempt: a retried request needs a fresh nonce and timestamp.
        request.setRawHeader("Authorization",
                             OAuth1Signer::authorizationHeader(spec.verb, spec.url, m_context.appKey));
        break;
    }
    for (const auto& [name, value] : spec.headers)
        request.setRawHeader(name, value);

    m_sslErrors.clear();
    m_clock.start();
    if (spec.multipart) {
        QHttpMultiPart* multipart = spec.multipart();
        m_reply = m_network.sendCustomRequest(request, spec.verb, multipart);
        multipart->setParent(m_reply);
    } else {
        m_reply = m_network.sendCustomRequest(request, spec.verb, spec.body);
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiJob::uploadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    releasePacing(true);
    reply->deleteLater();
    m_reply = nullptr;

    const QByteArray body = reply->readAll();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    qCInfo(lcNet).noquote() << reply->operation() << reply->url().path() << "->" << m_httpStatus
                            << reply->error() << QStringLiteral("(%1 ms)").arg(m_clock.elapsed());

    if (m_aborted) {
        fail({ApiError::Kind::Canceled, m_httpStatus, {}, {}});
        return;
    }

    if (m_httpStatus == 429 && m_rateLimitRetries < m_context.maxRateLimitRetries) {
        milliseconds wait = parseRetryAfter(reply->rawHeader("Retry-After"), seconds(1));
        if (wait <= m_context.maxRetryAfter) {
            // Jobs throttled together would all come back in the same instant and be throttled together
            // again; a little jitter spreads them over the next window.
            wait += milliseconds(QRandomGenerator::global()->bounded(500));
            if (m_context.pacing) // every call to this host waits, not just this one
                m_context.pacing->forHost(request().url.authority()).pause(wait);
            ++m_rateLimitRetries;
            scheduleRetry(wait, true);
            return;
        }
    }

    ApiError error = m_httpStatus >= 300 && isResultStatus(m_httpStatus) ? ApiError{} : classify(*reply, body);
    if (!error) {
        m_payloadDetail.clear();
        if (parse(body)) {
            finish();
            return;
        }
        // A 2xx whose JSON ends half-way was cut short on the way: an incomplete answer, not a wrong one.
        error = {looksCutOff(body) ? ApiError::Kind::Incomplete : ApiError::Kind::BadPayload, m_httpStatus, {},
                 m_payloadDetail};
    }
    const bool transient = error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Network ||
                           error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::ConnectionLost ||
                           error.kind == ApiError::Kind::Incomplete;
    if (transient && isIdempotent() && m_serverRetries < m_context.serverRetryDelays.size()) {
        scheduleRetry(m_context.serverRetryDelays.at(m_serverRetries++), false);
        return;
    }
    // A write whose answer was lost is never sent again here; the subclass may find out whether it was served.
    if (!isIdempotent() && error.mayHaveBeenServed() && checkOutcome(error))
        return;
    fail(std::move(error));
}

void ApiJob::setOutcomeCheck(ApiJob* check)
{
    m_outcomeCheck = check;
    emit outcomeCheckStarted(check);
}

void ApiJob::settleSucceeded()
{
    m_outcomeCheck = nullptr;
    if (m_running)
        finish();
}

void ApiJob::settleFailed(ApiError error)
{
    m_outcomeCheck = nullptr;
    if (m_running)
        fail(std::move(error));
}

bool ApiJob::looksCutOff(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed, &error);
    switch (error.error) {
    case QJsonParseError::NoError:
        return false;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    default:
        // The parser ran out of input in the middle of a value (e.g. `{"id":12` or `{"name`).
        return error.offset >= trimmed.size() - 1;
    }
}

bool ApiJob::scheduleRetry(milliseconds wait, bool rateLimited)
{
    const int attempt = m_rateLimitRetries + m_serverRetries + 1;
    qCInfo(lcNet) << "retrying in" << wait.count() << "ms, attempt" << attempt << (rateLimited ? "(429)" : "");
    emit retrying(wait, attempt, rateLimited);
    m_retryTimer.start(wait);
    return true;
}

ApiError ApiJob::classify(QNetworkReply& reply, const QByteArray& body) const
{
    ApiError error;
    error.httpStatus = m_httpStatus;
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        // The status line came, but the body did not arrive whole: the connection closed (or timed out) mid-body.
        switch (reply.error()) {
        case QNetworkReply::NoError:
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.detail = reply.errorString();
            break;
        default:
            error.kind = ApiError::Kind::Incomplete;
            error.detail = reply.errorString();
            break;
        }
        return error;
    }

    if (m_httpStatus == 0) {
        error.detail = reply.errorString();
        switch (reply.error()) {
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                error.detail = m_sslErrors.join(QStringLiteral("; "));
            break;
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply this way
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::RemoteHostClosedError:
            // Reached, but it hung up before answering (Qt's HTTP layer has already re-sent the request on a
            // fresh connection where it could).
            error.kind = ApiError::Kind::ConnectionLost;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        return error;
    }

    error.serviceMessage = serviceMessageFromBody(body);
    error.detail = reply.errorString();
    if (m_httpStatus == 401)
        error.kind = ApiError::Kind::Unauthorized;
    else if (m_httpStatus == 403)
        error.kind = ApiError::Kind::Forbidden;
    else if (m_httpStatus == 404)
        error.kind = ApiError::Kind::NotFound;
    else if (m_httpStatus == 409)
        error.kind = ApiError::Kind::Conflict;
    else if (m_httpStatus == 429)
        error.kind = ApiError::Kind::RateLimited;
    else if (m_httpStatus >= 500)
        error.kind = ApiError::Kind::Server;
    else
        error.kind = ApiError::Kind::BadRequest;
    return error;
}

QString ApiJob::serviceMessageFromBody(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue nested = object.value(QLatin1String("error"));
        if (nested.isObject()) {
            const QString message = nested.toObject().value(QLatin1String("message")).toString();
            if (!message.isEmpty())
                return message;
        }
        if (nested.isString())
            return nested.toString();
        for (const auto* key : {"message", "errorMessage", "reason"}) {
            const QString message = object.value(QLatin1String(key)).toString();
            if (!message.isEmpty())
                return message;
        }
        return {};
    }
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return {}; // an HTML error page says nothing a user can act on
    return text.left(300);
}

milliseconds ApiJob::parseRetryAfter(const QByteArray& value, milliseconds fallback)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 secondsValue = trimmed.toLongLong(&ok);
    if (ok) {
        if (secondsValue < 0)
            return fallback;
        // Cap before converting: seconds * 1000 overflows qint64 past ~292 million years (found by fuzz_replies).
        constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
        return milliseconds(std::min(secondsValue, maxSeconds) * 1000);
    }
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return fallback;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return milliseconds(std::max<qint64>(0, delta));
}

void ApiJob::fail(ApiError error)
{
    m_error = std::move(error);
    qCInfo(lcNet) << "failed:" << m_error.kind << m_error.httpStatus;
    emit failed(m_error);
    finish();
}

void ApiJob::finish()
{
    m_running = false;
    emit finished();
}

} // namespace mtlsdesk
