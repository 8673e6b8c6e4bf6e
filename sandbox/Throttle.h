#pragma once

// The service's documented limit: N requests per second per source IP across the whole service. A sliding
// one-second window per client: a request is admitted while fewer than N were admitted in the last second.
// Refused requests do not count, so a client that backs off for Retry-After seconds is served again.

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace mtlsdesk::sandbox {

class Throttle
{
public:
    using Clock = std::chrono::steady_clock;

    // 0 requests per second switches the throttle off.
    explicit Throttle(int requestsPerSecond);

    // 0 when admitted, otherwise the whole seconds (at least 1) the client should wait: the Retry-After value.
    int admit(const std::string& clientAddress, Clock::time_point now = Clock::now());

private:
    void forgetIdleClients(Clock::time_point now);

    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_admitted;
    Clock::time_point m_nextCleanup{};
    size_t m_limit;
};

} // namespace mtlsdesk::sandbox
