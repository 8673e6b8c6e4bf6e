#include "NonceCache.h"

namespace mtlsdesk::sandbox {

NonceCache::NonceCache(qint64 lifetimeSeconds)
    : m_lifetime(lifetimeSeconds)
{
}

bool NonceCache::remember(const QByteArray& key, qint64 nowSeconds)
{
    const std::lock_guard lock(m_mutex);
    if (nowSeconds >= m_nextPurge)
        purge(nowSeconds);
    const auto found = m_expiry.constFind(key);
    if (found != m_expiry.constEnd() && found.value() > nowSeconds)
        return false;
    m_expiry.insert(key, nowSeconds + m_lifetime);
    return true;
}

void NonceCache::purge(qint64 nowSeconds)
{
    // Once a second at most: the throttle bounds how many nonces arrive in between.
    m_expiry.removeIf(
        [nowSeconds](const QHash<QByteArray, qint64>::iterator& entry) { return entry.value() <= nowSeconds; });
    m_nextPurge = nowSeconds + 1;
}

} // namespace mtlsdesk::sandbox
