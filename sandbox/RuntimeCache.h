#pragma once

// What runtime (check mapping and forward, contract section 6) sees of an account: a snapshot of its live
// certificates (with their P12 files and passwords) and live mappings, taken from Store when none exists or the
// existing one is older than --cache-seconds. So a configuration change reaches runtime at most that many seconds
// after it was made, like the real service's ~5 minute cache (section 7); 0 reads the store on every call.
// Configuration endpoints read Store directly and are never cached.
//
// A snapshot is immutable and shared: a handler keeps its shared_ptr for the whole call, while another thread may
// replace the account's snapshot meanwhile. The cache's mutex is held while a snapshot is taken, so one account's
// expired snapshot is read from the store once, not by every waiting worker.

#include "Store.h"

#include <QHash>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace mtlsdesk::sandbox {

struct RuntimeSnapshot
{
    // How a URL is compared with the mappings' URLs.
    enum class UrlMatch
    {
        Exact,          // byte for byte (check mapping: the URL comes from a JSON body)
        PercentDecoded, // with each mapping URL percent-decoded first (forward: cpp-httplib 0.11 hands header
                        // values over decoded, so LP-forward-url arrives that way)
    };

    RuntimeSnapshot() = default;
    RuntimeSnapshot(const RuntimeSnapshot&) = delete;
    RuntimeSnapshot& operator=(const RuntimeSnapshot&) = delete;
    // Wipes the certificate passwords.
    ~RuntimeSnapshot();

    // The first (oldest) live mapping that is enabled, points at a live certificate, has `url` and has the service
    // `serviceId` (any service when nullopt); null when there is none.
    const StoredMapping* find(const std::optional<QString>& serviceId, const QString& url,
                              UrlMatch match = UrlMatch::Exact) const;
    // A live certificate with its P12 and password; null when the snapshot has none with that id.
    const StoredCertificate* certificate(qint64 id) const;

    std::chrono::steady_clock::time_point takenAt;
    QList<StoredMapping> mappings;                 // live ones, oldest first
    QHash<qint64, StoredCertificate> certificates; // live ones, by id
    // Indexes into `mappings` by URL as written and percent-decoded, in order, so that a batch of checks against
    // many mappings costs one lookup per triplet.
    QHash<QString, QList<int>> byUrl;
    QHash<QString, QList<int>> byDecodedUrl;
};

class RuntimeCache
{
public:
    // `cacheSeconds` 0 takes a new snapshot for every call.
    RuntimeCache(const Store& store, int cacheSeconds);

    int cacheSeconds() const { return static_cast<int>(m_maxAge.count()); }
    // The account's current snapshot, taken now when there is none or it is older than the cache time.
    std::shared_ptr<const RuntimeSnapshot> snapshot(const QString& accountId);

private:
    std::shared_ptr<const RuntimeSnapshot> take(const QString& accountId) const;

    const Store& m_store;
    const std::chrono::seconds m_maxAge;
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<const RuntimeSnapshot>> m_snapshots;
};

} // namespace mtlsdesk::sandbox
