#include "RequestLog.h"

#include <chrono>
#include <cstdio>
#include <optional>

namespace mtlsdesk::sandbox {

namespace {

using Clock = std::chrono::steady_clock;
thread_local std::optional<Clock::time_point> t_start;

} // namespace

void RequestLog::markStart()
{
    t_start = Clock::now();
}

void RequestLog::write(const httplib::Request& request, const httplib::Response& response, const char* listener)
{
    long long milliseconds = 0;
    if (t_start) {
        milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - *t_start).count();
        t_start.reset();
    }
    const std::string method = printable(request.method, 16);
    const std::string path = printable(request.path.empty() ? std::string("-") : request.path, 200);
    // One fprintf per line: stdio locks the stream, so lines from worker threads never interleave.
    std::fprintf(stderr, "%s%s%s %s %d %lldms\n", listener ? listener : "", listener ? " " : "", method.c_str(),
                 path.c_str(), response.status, milliseconds);
}

std::string RequestLog::printable(const std::string& text, size_t maxLength)
{
    std::string result;
    result.reserve(std::min(text.size(), maxLength));
    for (const char c : text) {
        if (result.size() >= maxLength) {
            result += "...";
            break;
        }
        const auto byte = static_cast<unsigned char>(c);
        result += (byte < 0x20 || byte == 0x7f) ? '?' : c;
    }
    return result;
}

} // namespace mtlsdesk::sandbox
