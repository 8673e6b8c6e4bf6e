#pragma once

// The client side of the service's throttle (contract §7: 10 requests per second per source IP across the mTLS
// service). Every ApiJob whose context carries a RateLimiters pool asks the limiter of its host before each attempt
// and tells it when the answer came:
//   - a request holds one of N slots from the moment it is let through until one Window after its answer, so the
//     server can never see more than N arrivals in any second, however long the request waited in Qt's connection
//     queue or on the wire (it arrives somewhere between being let through and its answer);
//   - a 429 pauses every caller of that host until its Retry-After has passed.
// Callers wait in FIFO order on the event loop; nothing blocks. One pool per Workspace, shared by every job.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace mtlsdesk {

class RateLimiter : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int requestsPerSecond = 10, QObject* parent = nullptr);

    // Runs `go` (queued on the event loop) once a request may start. `receiver` going away drops the ticket.
    // Returns a ticket for cancel() and done().
    quint64 acquire(QObject* receiver, std::function<void()> go);
    // Gives up a ticket still waiting, or the slot of one let through that will not be sent.
    void cancel(quint64 ticket);
    // The answer of a let-through request came (or it failed): its slot frees one Window later.
    void done(quint64 ticket);
    // The server said 429: nobody starts before `wait` has passed.
    void pause(std::chrono::milliseconds wait);

    int requestsPerSecond() const { return m_limit; }
    // Requests let through so far (tests and benchmarks count them).
    qint64 admitted() const { return m_admitted; }
    int waiting() const { return int(m_queue.size()); }
    int inFlight() const;

    // One second and a margin for the clocks of client and server.
    static constexpr std::chrono::milliseconds Window{1050};

private:
    struct Waiter
    {
        quint64 ticket;
        QPointer<QObject> receiver;
        std::function<void()> go;
    };
    void drain();

    int m_limit;
    qint64 m_admitted = 0;
    quint64 m_nextTicket = 1;
    // Slots in use: ticket -> when the slot frees (time_point::max() while the request is in flight).
    QHash<quint64, Clock::time_point> m_slots;
    std::deque<Waiter> m_queue;
    Clock::time_point m_pausedUntil{};
    QTimer m_timer;
};

// One limiter per host:port, created on first use.
class RateLimiters
{
public:
    explicit RateLimiters(int requestsPerSecond = 10)
        : m_limit(requestsPerSecond)
    {
    }
    RateLimiter& forHost(const QString& hostAndPort);

private:
    int m_limit;
    QHash<QString, std::shared_ptr<RateLimiter>> m_limiters;
};

} // namespace mtlsdesk
