#pragma once

// Counts of the requests the sandbox answered, per method and path (query cut) and status, so that tests and
// benchmarks can see what a client really sent: how many check-mapping requests a "Check all" took, whether a paced
// client ever hit the throttle. Sandbox-only, like DiagnosticApi:
//   GET /sandbox/stats  -> {"requests":{"POST /api/account/123/checks/serviceUrlMappings":{"total":3,"byStatus":{"200":3}}}}
// No authentication: it holds no secret (paths only, never queries, headers or bodies). At most MaxKeys distinct
// paths are kept; later ones count under "other". Status 0 counts requests that got no answer at all (a drop-before
// fault closed the connection). With --faults, "faults" counts the injected faults (see Faults.h):
//   "faults":{"total":5,"byKind":{"500":2,"drop-after":3},"byRequest":{"POST /x":{"drop-after":1}},
//             "recent":[{"seq":5,"request":"POST /x","fault":"drop-after"}]}
// "recent" keeps the last MaxRecentFaults in order, so that a test can tell which fault a call met last.

#include "Router.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <mutex>

namespace mtlsdesk::sandbox {

class RequestStats
{
public:
    static constexpr int MaxKeys = 1000;
    static constexpr int MaxRecentFaults = 500;

    void record(const httplib::Request& request, const httplib::Response& response);
    void recordFault(const httplib::Request& request, const QString& kind);
    QJsonObject toJson() const;
    void registerRoutes(Router& router);

private:
    mutable std::mutex m_mutex;
    QString keyOf(const httplib::Request& request) const; // callers hold m_mutex

    QHash<QString, QHash<int, qint64>> m_counts; // "METHOD path" -> status -> count
    QHash<QString, QHash<QString, qint64>> m_faults; // "METHOD path" -> fault kind -> count
    QList<std::pair<qint64, std::pair<QString, QString>>> m_recentFaults; // seq -> (request, kind)
    qint64 m_faultSeq = 0;
};

} // namespace mtlsdesk::sandbox
