#pragma once

// One stderr line per answered request: method, path without query, status, milliseconds. Never headers, query
// strings or bodies: they carry Authorization values, passwords and tokens.
//
// cpp-httplib serves one connection on one worker thread from the first byte to the log call, so the start time
// lives in a thread_local set by the pre-routing handler (requests that fail to parse never reach it and log 0 ms).

#include <httplib.h>

namespace mtlsdesk::sandbox {

class RequestLog
{
public:
    static void markStart();
    // `listener` prefixes the line when set (the mTLS target logs "target GET / 200 1ms").
    static void write(const httplib::Request& request, const httplib::Response& response,
                      const char* listener = nullptr);
    // Control characters and overlong paths are cut so that a client cannot forge or flood log lines.
    static std::string printable(const std::string& text, size_t maxLength);
};

} // namespace mtlsdesk::sandbox
