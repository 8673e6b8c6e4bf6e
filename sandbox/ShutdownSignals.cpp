#include "ShutdownSignals.h"

#include <pthread.h>

namespace mtlsdesk::sandbox {

ShutdownSignals::ShutdownSignals()
{
    sigemptyset(&m_signals);
    sigaddset(&m_signals, SIGINT);
    sigaddset(&m_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &m_signals, nullptr);
}

ShutdownSignals::~ShutdownSignals()
{
    finished();
    if (m_thread.joinable()) {
        // Wakes sigwait() if no signal came; the waiting thread sees m_finished and returns.
        pthread_kill(m_thread.native_handle(), SIGTERM);
        m_thread.join();
    }
}

void ShutdownSignals::start(std::function<void(int)> onSignal, std::function<void()> onTimeout,
                            std::chrono::milliseconds grace)
{
    m_onSignal = std::move(onSignal);
    m_onTimeout = std::move(onTimeout);
    m_grace = grace;
    m_thread = std::thread([this] { wait(); });
}

void ShutdownSignals::finished()
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_condition.notify_all();
}

void ShutdownSignals::wait()
{
    int signal = 0;
    if (sigwait(&m_signals, &signal) != 0)
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_finished)
            return;
    }
    m_onSignal(signal);
    std::unique_lock lock(m_mutex);
    if (!m_condition.wait_for(lock, m_grace, [this] { return m_finished; }))
        m_onTimeout();
}

} // namespace mtlsdesk::sandbox
