#include "RequestStats.h"

#include "JsonReply.h"
#include "RequestLog.h"

#include <QJsonArray>

namespace mtlsdesk::sandbox {

QString RequestStats::keyOf(const httplib::Request& request) const
{
    const QString key = QString::fromStdString(RequestLog::printable(request.method, 16) + ' ' +
                                               RequestLog::printable(request.path, 200));
    if (!m_counts.contains(key) && m_counts.size() >= MaxKeys)
        return QStringLiteral("other");
    return key;
}

void RequestStats::record(const httplib::Request& request, const httplib::Response& response)
{
    const std::lock_guard lock(m_mutex);
    ++m_counts[keyOf(request)][response.status];
}

void RequestStats::recordFault(const httplib::Request& request, const QString& kind)
{
    const std::lock_guard lock(m_mutex);
    const QString key = keyOf(request);
    ++m_faults[key][kind];
    m_recentFaults.append({++m_faultSeq, {key, kind}});
    if (m_recentFaults.size() > MaxRecentFaults)
        m_recentFaults.removeFirst();
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
    QJsonObject result{{QStringLiteral("requests"), requests}};
    if (m_faultSeq == 0)
        return result;
    QJsonObject byKind;
    QJsonObject byRequest;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it) {
        QJsonObject kinds;
        for (auto kind = it.value().cbegin(); kind != it.value().cend(); ++kind) {
            kinds.insert(kind.key(), double(kind.value()));
            byKind.insert(kind.key(), byKind.value(kind.key()).toDouble() + double(kind.value()));
        }
        byRequest.insert(it.key(), kinds);
    }
    QJsonArray recent;
    for (const auto& [seq, what] : m_recentFaults)
        recent.append(QJsonObject{{QStringLiteral("seq"), double(seq)},
                                  {QStringLiteral("request"), what.first},
                                  {QStringLiteral("fault"), what.second}});
    result.insert(QStringLiteral("faults"), QJsonObject{{QStringLiteral("total"), double(m_faultSeq)},
                                                       {QStringLiteral("byKind"), byKind},
                                                       {QStringLiteral("byRequest"), byRequest},
                                                       {QStringLiteral("recent"), recent}});
    return result;
}

void RequestStats::registerRoutes(Router& router)
{
    router.get(R"(/sandbox/stats)", [this](const httplib::Request&, httplib::Response& response) {
        JsonReply::send(response, 200, toJson());
    });
}

} // namespace mtlsdesk::sandbox
