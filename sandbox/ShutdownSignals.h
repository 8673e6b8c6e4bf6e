#pragma once

// SIGTERM and SIGINT stop the sandbox cleanly. Rather than doing work in an async signal handler, both signals are
// blocked in every thread and one thread waits for them with sigwait(), where calling into the server is safe.
// If the server has not finished `grace` after the signal (a client stuck mid-request holds a worker for up to the
// 10 s read timeout), `onTimeout` runs on that thread; it is expected to end the process.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include <signal.h>

namespace mtlsdesk::sandbox {

class ShutdownSignals
{
public:
    // Blocks the signals in the calling thread; threads started afterwards inherit the mask, so construct this
    // first in main(), before anything starts a thread.
    ShutdownSignals();
    ~ShutdownSignals();
    ShutdownSignals(const ShutdownSignals&) = delete;
    ShutdownSignals& operator=(const ShutdownSignals&) = delete;

    void start(std::function<void(int signal)> onSignal, std::function<void()> onTimeout,
               std::chrono::milliseconds grace);
    // The server has stopped; the waiting thread may end without calling onTimeout.
    void finished();

private:
    void wait();

    sigset_t m_signals{};
    std::thread m_thread;
    std::function<void(int)> m_onSignal;
    std::function<void()> m_onTimeout;
    std::chrono::milliseconds m_grace{};
    std::mutex m_mutex;
    std::condition_variable m_condition;
    bool m_finished = false;
};

} // namespace mtlsdesk::sandbox
