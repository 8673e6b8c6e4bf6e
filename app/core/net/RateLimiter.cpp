#include "net/RateLimiter.h"

#include <QMetaObject>

namespace mtlsdesk {

using namespace std::chrono;

RateLimiter::RateLimiter(int requestsPerSecond, QObject* parent)
    : QObject(parent)
    , m_limit(qMax(1, requestsPerSecond))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::drain);
}

quint64 RateLimiter::acquire(QObject* receiver, std::function<void()> go)
{
    const quint64 ticket = m_nextTicket++;
    m_queue.push_back({ticket, receiver, std::move(go)});
    drain();
    return ticket;
}

void RateLimiter::cancel(quint64 ticket)
{
    std::erase_if(m_queue, [ticket](const Waiter& waiter) { return waiter.ticket == ticket; });
}

void RateLimiter::pause(milliseconds wait)
{
    m_pausedUntil = std::max(m_pausedUntil, Clock::now() + wait);
    // Requests in that second will not have counted at the server either way; start afresh after the pause.
    m_recent.clear();
    drain();
}

void RateLimiter::drain()
{
    const Clock::time_point now = Clock::now();
    while (!m_recent.empty() && now - m_recent.front() >= Window)
        m_recent.pop_front();
    while (!m_queue.empty() && m_queue.front().receiver.isNull())
        m_queue.pop_front();
    if (m_queue.empty())
        return;

    Clock::time_point next = now;
    if (now < m_pausedUntil)
        next = m_pausedUntil;
    else if (m_recent.size() >= size_t(m_limit))
        next = m_recent.front() + Window;
    if (next > now) {
        m_timer.start(duration_cast<milliseconds>(next - now) + milliseconds(1));
        return;
    }
    while (!m_queue.empty() && m_recent.size() < size_t(m_limit)) {
        Waiter waiter = std::move(m_queue.front());
        m_queue.pop_front();
        if (waiter.receiver.isNull())
            continue;
        m_recent.push_back(now);
        ++m_admitted;
        // Queued, so that a caller never re-enters its own acquire() and the order stays FIFO.
        QMetaObject::invokeMethod(waiter.receiver, std::move(waiter.go), Qt::QueuedConnection);
    }
    if (!m_queue.empty())
        m_timer.start(duration_cast<milliseconds>(m_recent.front() + Window - now) + milliseconds(1));
}

RateLimiter& RateLimiters::forHost(const QString& hostAndPort)
{
    std::shared_ptr<RateLimiter>& limiter = m_limiters[hostAndPort.toLower()];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_limit);
    return *limiter;
}

} // namespace mtlsdesk
