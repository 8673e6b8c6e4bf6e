#include "session/Session.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "mtlsdesk.session")

namespace mtlsdesk {

using namespace std::chrono;

Session::Session(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    m_refreshTimer.setSingleShot(false);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refresh);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << "session expired";
        markUnauthorized();
    });
}

Session::~Session()
{
    m_result.wipe();
}

void Session::begin(LoginResult& result, const QString& agentVepHost, const ApiContext& baseContext)
{
    m_result.wipe();
    m_result = std::move(result);
    result = {};
    m_agentVepHost = agentVepHost;
    m_context = baseContext;
    m_context.bearer = m_result.bearer;
    setExpiry(m_result.sessionTtlMs);
    m_refreshTimer.start(m_refreshInterval);
    setState(State::LoggedIn);
}

void Session::setExpiry(qint64 ttlMs)
{
    if (ttlMs <= 0)
        ttlMs = 8LL * 3600 * 1000; // the documented default when an answer leaves it out
    m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(ttlMs);
    // QTimer takes an int; a session longer than ~24 days is re-armed by the refresh anyway.
    m_expiryTimer.start(milliseconds(std::min<qint64>(ttlMs, std::numeric_limits<int>::max())));
    emit expiresAtChanged(m_expiresAt);
}

void Session::refresh()
{
    if (m_state != State::LoggedIn || m_refreshJob)
        return;
    auto* job = new RefreshJob(m_network, m_context, m_agentVepHost, m_result.csrf, m_result.sessionId, this);
    m_refreshJob = job;
    connect(job, &RefreshJob::refreshed, this, [this](qint64 ttlMs) { setExpiry(ttlMs); });
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        qCInfo(lcSession) << "refresh failed:" << error.kind;
        if (error.kind == ApiError::Kind::Unauthorized)
            markUnauthorized();
        // Network trouble: keep the token until it expires; the next refresh tries again.
    });
    connect(job, &ApiJob::finished, job, &QObject::deleteLater);
    job->start();
}

void Session::markUnauthorized()
{
    if (m_state != State::LoggedIn)
        return;
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    setState(State::Expired);
    emit reloginRequired();
}

void Session::logout()
{
    if (m_state == State::LoggedIn) {
        // Tell the service, so the token dies there too; the answer does not change what we do here.
        auto* job = new LogoutJob(m_network, m_context, m_agentVepHost, m_result.csrf, m_result.sessionId,
                                  &m_network);
        connect(job, &ApiJob::finished, job, &QObject::deleteLater);
        job->start();
    }
    clear();
    setState(State::LoggedOut);
}

void Session::clear()
{
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    if (m_refreshJob)
        m_refreshJob->abort();
    m_result.wipe();
    m_result = {};
    m_context.bearer = QByteArray();
    m_expiresAt = {};
    emit expiresAtChanged(m_expiresAt);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSession) << "state" << state;
    emit stateChanged(state);
}

} // namespace mtlsdesk
