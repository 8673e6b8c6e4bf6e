#pragma once

// Counts of the requests the sandbox answered, per method and path (query cut) and status, so that tests and
// benchmarks can see what a client really sent: how many check-mapping requests a "Check all" took, whether a paced
// client ever hit the throttle. Sandbox-only, like DiagnosticApi:
//   GET /sandbox/stats  -> {"requests":{"POST /api/account/123/checks/serviceUrlMappings":{"total":3,"byStatus":{"200":3}}}}
// No authentication: it holds no secret (paths only, never queries, headers or bodies). At most MaxKeys distinct
// paths are kept; later ones count under "other".

#include "Router.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <mutex>

namespace mtlsdesk::sandbox {

class RequestStats
{
public:
    static constexpr int MaxKeys = 1000;

    void record(const httplib::Request& request, const httplib::Response& response);
    QJsonObject toJson() const;
    void registerRoutes(Router& router);

private:
    mutable std::mutex m_mutex;
    QHash<QString, QHash<int, qint64>> m_counts; // "METHOD path" -> status -> count
};

} // namespace mtlsdesk::sandbox
