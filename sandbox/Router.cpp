#include "Router.h"

#include <algorithm>

namespace mtlsdesk::sandbox {

Router::Router(httplib::Server& server)
    : m_server(server)
{
}

void Router::remember(const std::string& method, const std::string& pattern)
{
    m_routes.push_back(Route{method, std::regex(pattern)});
}

void Router::get(const std::string& pattern, httplib::Server::Handler handler)
{
    remember("GET", pattern);
    m_server.Get(pattern, guarded(std::move(handler)));
}

void Router::post(const std::string& pattern, httplib::Server::Handler handler)
{
    remember("POST", pattern);
    m_server.Post(pattern, guarded(std::move(handler)));
}

void Router::put(const std::string& pattern, httplib::Server::Handler handler)
{
    remember("PUT", pattern);
    m_server.Put(pattern, guarded(std::move(handler)));
}

void Router::del(const std::string& pattern, httplib::Server::Handler handler)
{
    remember("DELETE", pattern);
    m_server.Delete(pattern, guarded(std::move(handler)));
}

httplib::Server::Handler Router::guarded(httplib::Server::Handler handler) const
{
    // The guard and finisher are read when a request arrives, so they may be set after the routes are registered.
    return [this, handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        if (m_guard && !m_guard(request, response))
            return;
        handler(request, response);
        if (m_finisher)
            m_finisher(request, response);
    };
}

std::string Router::allowedMethods(const std::string& path) const
{
    std::vector<std::string> methods;
    for (const Route& route : m_routes) {
        if (!std::regex_match(path, route.pattern))
            continue;
        methods.push_back(route.method);
        if (route.method == "GET")
            methods.push_back("HEAD"); // cpp-httplib serves HEAD with the GET handler
    }
    std::sort(methods.begin(), methods.end());
    methods.erase(std::unique(methods.begin(), methods.end()), methods.end());
    std::string allowed;
    for (const std::string& method : methods)
        allowed += (allowed.empty() ? "" : ", ") + method;
    return allowed;
}

} // namespace mtlsdesk::sandbox
