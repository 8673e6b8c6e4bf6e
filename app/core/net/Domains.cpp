#include "net/Domains.h"

#include <QRegularExpression>

namespace mtlsdesk {

void Domains::setOverride(const QString& service, const QString& host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        m_overrides.remove(service);
    else
        m_overrides.insert(service, trimmed);
}

QString Domains::host(const QString& service) const
{
    const QString overridden = m_overrides.value(service);
    return overridden.isEmpty() ? m_discovered.value(service) : overridden;
}

QStringList Domains::missing() const
{
    QStringList result;
    for (const QString& service : requiredServices()) {
        if (!has(service))
            result << service;
    }
    return result;
}

QUrl Domains::url(const QString& service, const QString& path, const QString& query) const
{
    const QString h = host(service);
    if (h.isEmpty())
        return {};
    QUrl url(QStringLiteral("https://") + h);
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool Domains::isValidHost(const QString& host)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(:\d{1,5})?$)"));
    return pattern.match(host).hasMatch();
}

} // namespace mtlsdesk
