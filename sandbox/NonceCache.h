#pragma once

// Nonces seen recently, so that an OAuth1 request cannot be replayed. A nonce only has to be remembered while its
// timestamp could still pass the freshness check; after that the timestamp check alone rejects a replay.
// In memory on purpose: a restart forgets them, and requests signed before it are at most minutes old.

#include <QByteArray>
#include <QHash>

#include <mutex>

namespace mtlsdesk::sandbox {

class NonceCache
{
public:
    explicit NonceCache(qint64 lifetimeSeconds);
    // true the first time `key` is offered within its lifetime; false for a replay.
    bool remember(const QByteArray& key, qint64 nowSeconds);

private:
    void purge(qint64 nowSeconds);

    std::mutex m_mutex;
    QHash<QByteArray, qint64> m_expiry; // key -> second at which it may be forgotten
    qint64 m_lifetime;
    qint64 m_nextPurge = 0;
};

} // namespace mtlsdesk::sandbox
