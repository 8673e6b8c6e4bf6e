#include "Throttle.h"

#include <algorithm>

namespace mtlsdesk::sandbox {

namespace {

constexpr std::chrono::seconds Window{1};

} // namespace

Throttle::Throttle(int requestsPerSecond)
    : m_limit(static_cast<size_t>(std::max(requestsPerSecond, 0)))
{
}

int Throttle::admit(const std::string& clientAddress, Clock::time_point now)
{
    if (m_limit == 0)
        return 0;
    const std::lock_guard lock(m_mutex);
    if (now >= m_nextCleanup)
        forgetIdleClients(now);

    std::deque<Clock::time_point>& admitted = m_admitted[clientAddress];
    while (!admitted.empty() && now - admitted.front() >= Window)
        admitted.pop_front();
    if (admitted.size() < m_limit) {
        admitted.push_back(now);
        return 0;
    }
    // The oldest admitted request leaves the window first; Retry-After is in whole seconds, rounded up.
    const auto wait = admitted.front() + Window - now;
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
    return static_cast<int>(std::max<decltype(seconds)>(seconds, 1));
}

void Throttle::forgetIdleClients(Clock::time_point now)
{
    // Without this the map would keep one entry for every address ever seen.
    std::erase_if(m_admitted,
                  [now](const auto& entry) { return entry.second.empty() || now - entry.second.back() >= Window; });
    m_nextCleanup = now + std::chrono::seconds(10);
}

} // namespace mtlsdesk::sandbox
