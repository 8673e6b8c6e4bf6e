#pragma once

// The Domain API (CSDS), no authentication:
//   GET /api/account/{acc}/service/baseURI.json?version=1.0          -> {"baseURIs":[{service, account, baseURI}]}
//   GET /api/account/{acc}/service/{name}/baseURI.json?version=1.0   -> {service, account, baseURI}
// Every service this sandbox knows is served by the sandbox itself, so each baseURI is its own host:port (no scheme,
// as the real service writes it). Service names are case-sensitive, as documented.

#include "Router.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace mtlsdesk::sandbox {

class Store;

class DomainApi
{
public:
    explicit DomainApi(const Store& store);

    void registerRoutes(Router& router);
    // Set once the port is known, before the server starts serving.
    void setHostPort(const QString& hostPort) { m_hostPort = hostPort; }
    QString hostPort() const { return m_hostPort; }

    static const QStringList& serviceNames();
    QJsonArray baseUris(const QString& accountId) const;

private:
    void allServices(const httplib::Request& request, httplib::Response& response) const;
    void oneService(const httplib::Request& request, httplib::Response& response) const;
    // Writes the error and returns false when `version` is missing or not 1.0, or the account is unknown.
    bool checkRequest(const httplib::Request& request, httplib::Response& response, const QString& accountId) const;

    const Store& m_store;
    QString m_hostPort;
};

} // namespace mtlsdesk::sandbox
