#pragma once

// Registers handlers with cpp-httplib and remembers every (method, pattern) pair, because cpp-httplib answers a
// known path with the wrong method as 404; with the table the error handler can answer 405 and an Allow header.
// A guard runs before every handler and may answer instead of it (the throttle uses it for requests whose body
// had to be read before they could be refused; Faults for the faults that act before processing). A finisher runs
// after every handler that ran (Faults: drop-after and truncate act on the handler's answer).

#include <httplib.h>

#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace mtlsdesk::sandbox {

class Router
{
public:
    // Returns true to let the handler run; false after answering the request itself.
    using Guard = std::function<bool(const httplib::Request&, httplib::Response&)>;
    using Finisher = std::function<void(const httplib::Request&, httplib::Response&)>;

    explicit Router(httplib::Server& server);

    void setGuard(Guard guard) { m_guard = std::move(guard); }
    void setFinisher(Finisher finisher) { m_finisher = std::move(finisher); }

    void get(const std::string& pattern, httplib::Server::Handler handler);
    void post(const std::string& pattern, httplib::Server::Handler handler);
    void put(const std::string& pattern, httplib::Server::Handler handler);
    void del(const std::string& pattern, httplib::Server::Handler handler);

    // The methods registered for `path` ("GET, HEAD, POST"); empty when no route knows the path.
    std::string allowedMethods(const std::string& path) const;

private:
    struct Route
    {
        std::string method;
        std::regex pattern;
    };
    void remember(const std::string& method, const std::string& pattern);
    httplib::Server::Handler guarded(httplib::Server::Handler handler) const;

    httplib::Server& m_server;
    std::vector<Route> m_routes;
    Guard m_guard;
    Finisher m_finisher;
};

} // namespace mtlsdesk::sandbox
