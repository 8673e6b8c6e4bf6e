#include "RequestStats.h"

#include "JsonReply.h"
#include "RequestLog.h"

namespace mtlsdesk::sandbox {

void RequestStats::record(const httplib::Request& request, const httplib::Response& response)
{
    QString key = QString::fromStdString(RequestLog::printable(request.method, 16) + ' ' +
                                         RequestLog::printable(request.path, 200));
    const std::lock_guard lock(m_mutex);
    if (!m_counts.contains(key) && m_counts.size() >= MaxKeys)
        key = QStringLiteral("other");
    ++m_counts[key][response.status];
}

QJsonObject RequestStats::toJson() const
{
    QJsonObject requests;
    const std::lock_guard lock(m_mutex);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QJsonObject byStatus;
        qint64 total = 0;
        for (auto status = it.value().cbegin(); status != it.value().cend(); ++status) {
            byStatus.insert(QString::number(status.key()), double(status.value()));
            total += status.value();
        }
        requests.insert(it.key(), QJsonObject{{QStringLiteral("total"), double(total)},
                                              {QStringLiteral("byStatus"), byStatus}});
    }
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

void RequestStats::registerRoutes(Router& router)
{
    router.get(R"(/sandbox/stats)", [this](const httplib::Request&, httplib::Response& response) {
        JsonReply::send(response, 200, toJson());
    });
}

} // namespace mtlsdesk::sandbox
