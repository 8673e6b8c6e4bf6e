#include "RuntimeCache.h"

#include <openssl/crypto.h>

namespace mtlsdesk::sandbox {

RuntimeSnapshot::~RuntimeSnapshot()
{
    for (StoredCertificate& certificate : certificates)
        OPENSSL_cleanse(certificate.password.data(), static_cast<size_t>(certificate.password.size()));
}

const StoredMapping* RuntimeSnapshot::find(const std::optional<QString>& serviceId, const QString& url,
                                           UrlMatch match) const
{
    const QHash<QString, QList<int>>& index = match == UrlMatch::Exact ? byUrl : byDecodedUrl;
    for (int row : index.value(url)) {
        const StoredMapping& mapping = mappings.at(row);
        if (mapping.enable && (!serviceId || mapping.serviceId == *serviceId) &&
            certificates.contains(mapping.certificateId))
            return &mapping;
    }
    return nullptr;
}

const StoredCertificate* RuntimeSnapshot::certificate(qint64 id) const
{
    const auto found = certificates.constFind(id);
    return found == certificates.cend() ? nullptr : &found.value();
}

RuntimeCache::RuntimeCache(const Store& store, int cacheSeconds)
    : m_store(store)
    , m_maxAge(cacheSeconds)
{
}

std::shared_ptr<const RuntimeSnapshot> RuntimeCache::snapshot(const QString& accountId)
{
    if (m_maxAge.count() == 0)
        return take(accountId);
    const std::lock_guard lock(m_mutex);
    std::shared_ptr<const RuntimeSnapshot>& current = m_snapshots[accountId];
    if (!current || std::chrono::steady_clock::now() - current->takenAt >= m_maxAge)
        current = take(accountId);
    return current;
}

std::shared_ptr<const RuntimeSnapshot> RuntimeCache::take(const QString& accountId) const
{
    auto snapshot = std::make_shared<RuntimeSnapshot>();
    snapshot->takenAt = std::chrono::steady_clock::now();
    // Mappings first. Store saves a mapping only while its certificate is live, so every mapping read here has a
    // certificate that the second read finds, unless it was deleted in between (and then it is rightly missing).
    // The other order could pair a new mapping with a certificate list from before that certificate was created.
    snapshot->mappings = m_store.mappings(accountId, false);
    for (int row = 0; row < snapshot->mappings.size(); ++row) {
        const QString& url = snapshot->mappings.at(row).url;
        snapshot->byUrl[url] << row;
        snapshot->byDecodedUrl[QString::fromUtf8(QByteArray::fromPercentEncoding(url.toUtf8()))] << row;
    }
    for (StoredCertificate& certificate : m_store.certificates(accountId, true))
        snapshot->certificates.insert(certificate.id, std::move(certificate));
    return snapshot;
}

} // namespace mtlsdesk::sandbox
