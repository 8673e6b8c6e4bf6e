#include "net/RateLimiter.h"

#include <QMetaObject>

#include <algorithm>

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
    if (m_slots.remove(ticket))
        drain();
}

void RateLimiter::done(quint64 ticket)
{
    const auto slot = m_slots.find(ticket);
    if (slot == m_slots.end())
        return;
    *slot = Clock::now() + Window;
    drain();
}

int RateLimiter::inFlight() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [](const Clock::time_point& end) { return end == Clock::time_point::max(); }));
}

void RateLimiter::pause(milliseconds wait)
{
    m_pausedUntil = std::max(m_pausedUntil, Clock::now() + wait);
    drain();
}

void RateLimiter::drain()
{
    const Clock::time_point now = Clock::now();
    Clock::time_point nextFree = Clock::time_point::max();
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it.value() <= now) {
            it = m_slots.erase(it);
        } else {
            nextFree = std::min(nextFree, it.value());
            ++it;
        }
    }
    while (!m_queue.empty() && m_queue.front().receiver.isNull())
        m_queue.pop_front();
    if (m_queue.empty())
        return;

    if (now < m_pausedUntil) {
        m_timer.start(duration_cast<milliseconds>(m_pausedUntil - now) + milliseconds(1));
        return;
    }
    while (!m_queue.empty() && m_slots.size() < m_limit) {
        Waiter waiter = std::move(m_queue.front());
        m_queue.pop_front();
        if (waiter.receiver.isNull())
            continue;
        m_slots.insert(waiter.ticket, Clock::time_point::max());
        ++m_admitted;
        // Queued, so that a caller never re-enters its own acquire() and the order stays FIFO.
        QMetaObject::invokeMethod(waiter.receiver, std::move(waiter.go), Qt::QueuedConnection);
    }
    // Full: done() or the first slot's end wakes the queue; a slot in flight has no end yet.
    if (!m_queue.empty() && nextFree != Clock::time_point::max())
        m_timer.start(duration_cast<milliseconds>(nextFree - now) + milliseconds(1));
}

RateLimiter& RateLimiters::forHost(const QString& hostAndPort)
{
    std::shared_ptr<RateLimiter>& limiter = m_limiters[hostAndPort.toLower()];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_limit);
    return *limiter;
}

} // namespace mtlsdesk
