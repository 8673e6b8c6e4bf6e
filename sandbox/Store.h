#pragma once

// The sandbox's state in SQLite (DIR/sandbox.db): the demo account with its AppKey, login sessions, certificates
// (with their P12 files and passwords: the sandbox's "Vault"), ac-common mappings with their collection revision,
// and a few settings, so a restart keeps the account, every bearer issued before it, every certificate and every
// mapping.
//
// cpp-httplib runs handlers on worker threads, so every public method takes m_mutex; the connection is opened
// with SQLITE_OPEN_NOMUTEX because that mutex already serialises it. Bearer tokens, Session_id cookies and csrf
// values are stored as SHA-256 digests: the database never holds a usable token. The demo password is stored in
// clear on purpose, because the sandbox prints it on every start (it is a local demo account). Certificate P12
// files and their passwords are stored in clear too: the real service keeps them in a Vault, which the sandbox, a
// local demo inside a 0700 directory, does not imitate.
//
// Failures throw std::runtime_error; cpp-httplib's exception handler turns them into a 500 JSON answer.

#include "AppKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;

namespace mtlsdesk::sandbox {

struct Account
{
    QString accountId;
    QString username;
    QString password;
    QString userId;
    AppKey appKey;
};

struct Session
{
    QString accountId;
    QString loginName;
    QByteArray csrfDigest; // SHA-256 of the csrf value, compared in constant time
    qint64 expiresMs = 0;  // milliseconds since the epoch
};

// One certificate row (contract section 3); deleted rows are kept, as the real service's `deleted` flag suggests.
struct StoredCertificate
{
    qint64 id = 0;
    QString accountId;
    QString name;
    QString displayName;
    bool deleted = false;
    QByteArray p12;
    QByteArray password;  // UTF-8, as the client sent it
    qint64 expiresMs = 0; // the leaf's notAfter, read from the P12 when it was saved
};

// What a create or update writes; `id` is 0 for a create.
struct CertificateWrite
{
    qint64 id = 0;
    QString name;
    QByteArray p12;
    QByteArray password;
    qint64 expiresMs = 0;
};

// One ac-common mapping row (contract sections 3 and 5); deleted rows are kept and listed with include_deleted.
struct StoredMapping
{
    qint64 id = 0; // 0 before a create
    QString name;
    qint64 certificateId = 0; // `certificationId`, a numeric string in JSON
    QString serviceId;
    bool enable = false;
    QString url; // exactly as the client wrote it: runtime compares the whole URL
    bool deleted = false;
};

// What a mapping write did. Every refusal leaves the table and the revision unchanged.
struct MappingWriteResult
{
    enum class Outcome
    {
        Saved,
        StaleRevision,      // If-Match named another revision than `revision`
        UnknownId,          // no live mapping with that id (replace, delete)
        DuplicateName,      // mapping `index` has the name of live mapping `clashId`
        DuplicateKey,       // mapping `index` has the serviceId and url of live mapping `clashId`
        UnknownCertificate, // mapping `index` names no live certificate of the account
    };
    Outcome outcome = Outcome::Saved;
    qsizetype index = 0;
    qint64 clashId = 0;
    // The collection revision after the call: the new one when saved, the unchanged current one otherwise.
    qint64 revision = 0;
};

class Store
{
public:
    // Opens (creating when needed) the database at `path` and brings its schema up to date.
    explicit Store(const QString& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // The demo account, created with random credentials the first time.
    Account ensureDemoAccount();
    std::optional<Account> account(const QString& accountId) const;
    // The account whose AppKey has `consumerKey`, for endpoints without an account in their path.
    std::optional<QString> accountIdByConsumerKey(const QString& consumerKey) const;

    void createSession(const QByteArray& bearer, const QByteArray& sessionId, const QByteArray& csrf,
                       const Session& session);
    std::optional<Session> sessionByBearer(const QByteArray& bearer) const;
    std::optional<Session> sessionByCookie(const QByteArray& sessionId) const;
    void extendSession(const QByteArray& sessionId, qint64 expiresMs);
    void deleteSession(const QByteArray& sessionId);
    // Ends the session of `bearer` as a revocation would (its bearer, cookie and csrf stop working); false when no
    // session has it. For the 401 fault (Faults).
    bool revokeBearer(const QByteArray& bearer);
    // Removes sessions that expired before `beforeMs`; an expired session is kept a while first so that its
    // bearer is answered with "expired" rather than "unknown".
    int purgeSessionsExpiredBefore(qint64 beforeMs);

    // Certificates. A write covers several certificates in one transaction: either all are saved or none.
    enum class WriteOutcome
    {
        Saved,
        DuplicateName, // `problem` names the clashing name
        UnknownId,     // `problem` names the id (update only)
    };
    // Fills the new ids into `certificates`.
    WriteOutcome createCertificates(const QString& accountId, QList<CertificateWrite>& certificates, QString* problem);
    WriteOutcome updateCertificates(const QString& accountId, const QList<CertificateWrite>& certificates,
                                    QString* problem);
    // Live (not deleted) certificates only, oldest first; `withP12` false leaves p12 and password empty.
    QList<StoredCertificate> certificates(const QString& accountId, bool withP12 = false) const;
    std::optional<StoredCertificate> certificate(const QString& accountId, qint64 id) const;
    // Marks a live certificate deleted; false when there is none with that id.
    bool deleteCertificate(const QString& accountId, qint64 id);

    // ac-common mappings. Each account has one collection revision: 1 before the first write, incremented by every
    // saved write. A write runs in one transaction that first checks `ifMatch` (when set) against the revision,
    // then the live certificate and the uniqueness of name and (serviceId, url) among the account's other live
    // mappings, so that a refused write changes nothing. Uniqueness inside one request is the caller's check.
    qint64 mappingRevision(const QString& accountId) const;
    // Adds 1 to the revision without changing a mapping, as another admin's save would look to a client; returns
    // the new revision. For the 409 fault (Faults).
    qint64 moveMappingRevision(const QString& accountId);
    // Oldest first; deleted ones only with `includeDeleted`.
    QList<StoredMapping> mappings(const QString& accountId, bool includeDeleted) const;
    // A live mapping.
    std::optional<StoredMapping> mapping(const QString& accountId, qint64 id) const;
    // Fills the new ids into `mappings`; all are saved or none.
    MappingWriteResult createMappings(const QString& accountId, std::optional<qint64> ifMatch,
                                      QList<StoredMapping>& mappings);
    // Replaces every field of the live mapping `mapping.id`.
    MappingWriteResult replaceMapping(const QString& accountId, std::optional<qint64> ifMatch,
                                      const StoredMapping& mapping);
    // Marks a live mapping deleted.
    MappingWriteResult deleteMapping(const QString& accountId, std::optional<qint64> ifMatch, qint64 id);

    // Small named values the sandbox keeps across restarts (e.g. the demo P12 password).
    std::optional<QByteArray> setting(const QString& key) const;
    void setSetting(const QString& key, const QByteArray& value);

    static QByteArray digest(const QByteArray& value);

private:
    void migrate();
    void execute(const char* sql);
    // Callers hold m_mutex.
    std::optional<Account> accountLocked(const QString& accountId) const;
    std::optional<Session> sessionWhere(const char* sql, const QByteArray& digest) const;
    std::optional<qint64> liveCertificateNamed(const QString& accountId, const QString& name) const;
    qint64 mappingRevisionLocked(const QString& accountId) const;
    bool isLiveMapping(const QString& accountId, qint64 id) const;
    // Checks mapping `index` against the other live mappings (ignoring its own row) and the certificates; fills
    // `result` and returns false on a clash.
    bool checkMapping(const QString& accountId, const StoredMapping& mapping, qsizetype index,
                      MappingWriteResult& result) const;
    // Increments the revision; returns the new one.
    qint64 bumpMappingRevision(const QString& accountId);
    template <typename Work> void inTransaction(Work&& work);

    mutable std::mutex m_mutex;
    sqlite3* m_db = nullptr;
};

} // namespace mtlsdesk::sandbox
