#include "Store.h"

#include "Random.h"
#include "SqlStatement.h"

#include <QDateTime>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace mtlsdesk::sandbox {

namespace {

// 1: account, session. 2: certificate, setting. 3: mapping, mapping_revision.
constexpr int SchemaVersion = 3;
constexpr int CertificateIdDigits = 10;
constexpr int MappingIdDigits = 10;
constexpr qint64 FirstMappingRevision = 1;

constexpr const char* MappingColumns = "id, name, certificate_id, service_id, enable, url, deleted";

StoredMapping readMapping(const SqlStatement& statement)
{
    StoredMapping mapping;
    mapping.id = statement.integer(0);
    mapping.name = statement.text(1);
    mapping.certificateId = statement.integer(2);
    mapping.serviceId = statement.text(3);
    mapping.enable = statement.integer(4) != 0;
    mapping.url = statement.text(5);
    mapping.deleted = statement.integer(6) != 0;
    return mapping;
}

StoredCertificate readCertificate(const SqlStatement& statement, bool withP12)
{
    StoredCertificate certificate;
    certificate.id = statement.integer(0);
    certificate.accountId = statement.text(1);
    certificate.name = statement.text(2);
    certificate.displayName = statement.text(3);
    certificate.deleted = statement.integer(4) != 0;
    certificate.expiresMs = statement.integer(5);
    if (withP12) {
        certificate.p12 = statement.bytes(6);
        certificate.password = statement.bytes(7);
    }
    return certificate;
}

std::optional<Session> readSession(SqlStatement& statement)
{
    if (!statement.step())
        return std::nullopt;
    Session session;
    session.accountId = statement.text(0);
    session.loginName = statement.text(1);
    session.csrfDigest = statement.bytes(2);
    session.expiresMs = statement.integer(3);
    return session;
}

} // namespace

Store::Store(const QString& path)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + message);
    }
    // A second sandbox on the same directory is refused elsewhere, but the app may read the file meanwhile.
    sqlite3_busy_timeout(m_db, 2000);
    migrate();
}

Store::~Store()
{
    sqlite3_close(m_db);
}

void Store::execute(const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error("SQLite failed: " + message);
    }
}

void Store::migrate()
{
    const std::lock_guard lock(m_mutex);
    execute("PRAGMA journal_mode=WAL");
    execute("PRAGMA foreign_keys=ON");
    qint64 current = 0;
    {
        // Finalized before the schema changes below.
        SqlStatement version(m_db, "PRAGMA user_version");
        current = version.step() ? version.integer(0) : 0;
    }
    if (current >= SchemaVersion)
        return;
    execute("BEGIN");
    execute("CREATE TABLE IF NOT EXISTS account ("
            " account_id TEXT PRIMARY KEY,"
            " username TEXT NOT NULL,"
            " password TEXT NOT NULL,"
            " user_id TEXT NOT NULL,"
            " consumer_key TEXT NOT NULL UNIQUE,"
            " consumer_secret TEXT NOT NULL,"
            " access_token TEXT NOT NULL,"
            " access_token_secret TEXT NOT NULL,"
            " created_ms INTEGER NOT NULL)");
    execute("CREATE TABLE IF NOT EXISTS session ("
            " bearer_digest TEXT PRIMARY KEY,"
            " session_digest TEXT NOT NULL UNIQUE,"
            " csrf_digest TEXT NOT NULL,"
            " account_id TEXT NOT NULL REFERENCES account(account_id),"
            " login_name TEXT NOT NULL,"
            " created_ms INTEGER NOT NULL,"
            " expires_ms INTEGER NOT NULL)");
    // A certificate name is unique per account among live certificates; a deleted one frees its name.
    execute("CREATE TABLE IF NOT EXISTS certificate ("
            " id INTEGER PRIMARY KEY,"
            " account_id TEXT NOT NULL REFERENCES account(account_id),"
            " name TEXT NOT NULL,"
            " display_name TEXT NOT NULL,"
            " deleted INTEGER NOT NULL DEFAULT 0,"
            " expires_ms INTEGER NOT NULL,"
            " p12 BLOB NOT NULL,"
            " p12_password BLOB NOT NULL,"
            " created_ms INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL)");
    execute("CREATE UNIQUE INDEX IF NOT EXISTS certificate_live_name ON certificate (account_id, name)"
            " WHERE deleted = 0");
    execute("CREATE TABLE IF NOT EXISTS setting ("
            " key TEXT PRIMARY KEY,"
            " value BLOB NOT NULL)");
    // Version 3. certificate_id is not a foreign key on purpose: deleting a certificate leaves its mappings
    // pointing at it, as the contract does not forbid it. Name and (service_id, url) are unique among live
    // mappings; the indexes back up the checks in checkMapping(), which name the clash. SQLite compares TEXT
    // byte for byte, so URLs that differ in case, a trailing slash or query order are different keys.
    execute("CREATE TABLE IF NOT EXISTS mapping ("
            " id INTEGER PRIMARY KEY,"
            " account_id TEXT NOT NULL REFERENCES account(account_id),"
            " name TEXT NOT NULL,"
            " certificate_id INTEGER NOT NULL,"
            " service_id TEXT NOT NULL,"
            " enable INTEGER NOT NULL,"
            " url TEXT NOT NULL,"
            " deleted INTEGER NOT NULL DEFAULT 0,"
            " created_ms INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL)");
    execute("CREATE UNIQUE INDEX IF NOT EXISTS mapping_live_name ON mapping (account_id, name) WHERE deleted = 0");
    execute("CREATE UNIQUE INDEX IF NOT EXISTS mapping_live_key ON mapping (account_id, service_id, url)"
            " WHERE deleted = 0");
    // One row per account once its mappings were first written; no row means revision 1.
    execute("CREATE TABLE IF NOT EXISTS mapping_revision ("
            " account_id TEXT PRIMARY KEY REFERENCES account(account_id),"
            " revision INTEGER NOT NULL)");
    execute(("PRAGMA user_version=" + std::to_string(SchemaVersion)).c_str());
    execute("COMMIT");
}

Account Store::ensureDemoAccount()
{
    const std::lock_guard lock(m_mutex);
    {
        SqlStatement first(m_db, "SELECT account_id FROM account ORDER BY created_ms LIMIT 1");
        if (first.step())
            return *accountLocked(first.text(0));
    }
    Account account;
    account.accountId = Random::digits(8);
    account.username = QStringLiteral("admin");
    account.password = Random::password(20);
    account.userId = Random::digits(10);
    account.appKey.consumerKey = QString::fromLatin1(Random::hex(16));
    account.appKey.consumerSecret = QString::fromLatin1(Random::hex(16));
    account.appKey.accessToken = QString::fromLatin1(Random::hex(16));
    account.appKey.accessTokenSecret = QString::fromLatin1(Random::hex(16));
    SqlStatement insert(m_db, "INSERT INTO account (account_id, username, password, user_id, consumer_key,"
                              " consumer_secret, access_token, access_token_secret, created_ms)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, account.accountId)
        .bind(2, account.username)
        .bind(3, account.password)
        .bind(4, account.userId)
        .bind(5, account.appKey.consumerKey)
        .bind(6, account.appKey.consumerSecret)
        .bind(7, account.appKey.accessToken)
        .bind(8, account.appKey.accessTokenSecret)
        .bind(9, QDateTime::currentMSecsSinceEpoch())
        .run();
    return account;
}

std::optional<Account> Store::account(const QString& accountId) const
{
    const std::lock_guard lock(m_mutex);
    return accountLocked(accountId);
}

std::optional<QString> Store::accountIdByConsumerKey(const QString& consumerKey) const
{
    const std::lock_guard lock(m_mutex);
    SqlStatement select(m_db, "SELECT account_id FROM account WHERE consumer_key = ?1");
    select.bind(1, consumerKey);
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

std::optional<Account> Store::accountLocked(const QString& accountId) const
{
    SqlStatement select(m_db, "SELECT account_id, username, password, user_id, consumer_key, consumer_secret,"
                              " access_token, access_token_secret FROM account WHERE account_id = ?1");
    select.bind(1, accountId);
    if (!select.step())
        return std::nullopt;
    Account account;
    account.accountId = select.text(0);
    account.username = select.text(1);
    account.password = select.text(2);
    account.userId = select.text(3);
    account.appKey.consumerKey = select.text(4);
    account.appKey.consumerSecret = select.text(5);
    account.appKey.accessToken = select.text(6);
    account.appKey.accessTokenSecret = select.text(7);
    return account;
}

void Store::createSession(const QByteArray& bearer, const QByteArray& sessionId, const QByteArray& csrf,
                          const Session& session)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement insert(m_db, "INSERT INTO session (bearer_digest, session_digest, csrf_digest, account_id,"
                              " login_name, created_ms, expires_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, digest(bearer))
        .bind(2, digest(sessionId))
        .bind(3, digest(csrf))
        .bind(4, session.accountId)
        .bind(5, session.loginName)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, session.expiresMs)
        .run();
}

std::optional<Session> Store::sessionWhere(const char* sql, const QByteArray& digest) const
{
    SqlStatement select(m_db, sql);
    select.bind(1, digest);
    return readSession(select);
}

std::optional<Session> Store::sessionByBearer(const QByteArray& bearer) const
{
    const std::lock_guard lock(m_mutex);
    return sessionWhere("SELECT account_id, login_name, csrf_digest, expires_ms FROM session"
                        " WHERE bearer_digest = ?1",
                        digest(bearer));
}

std::optional<Session> Store::sessionByCookie(const QByteArray& sessionId) const
{
    const std::lock_guard lock(m_mutex);
    return sessionWhere("SELECT account_id, login_name, csrf_digest, expires_ms FROM session"
                        " WHERE session_digest = ?1",
                        digest(sessionId));
}

void Store::extendSession(const QByteArray& sessionId, qint64 expiresMs)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement update(m_db, "UPDATE session SET expires_ms = ?1 WHERE session_digest = ?2");
    update.bind(1, expiresMs).bind(2, digest(sessionId)).run();
}

void Store::deleteSession(const QByteArray& sessionId)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement remove(m_db, "DELETE FROM session WHERE session_digest = ?1");
    remove.bind(1, digest(sessionId)).run();
}

bool Store::revokeBearer(const QByteArray& bearer)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement remove(m_db, "DELETE FROM session WHERE bearer_digest = ?1");
    remove.bind(1, digest(bearer)).run();
    return sqlite3_changes(m_db) > 0;
}

int Store::purgeSessionsExpiredBefore(qint64 beforeMs)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement remove(m_db, "DELETE FROM session WHERE expires_ms < ?1");
    remove.bind(1, beforeMs).run();
    return sqlite3_changes(m_db);
}

template <typename Work> void Store::inTransaction(Work&& work)
{
    // `work` returns false to roll back (a refused write), true to commit; an exception rolls back too.
    execute("BEGIN IMMEDIATE");
    bool commit = false;
    try {
        commit = work();
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    execute(commit ? "COMMIT" : "ROLLBACK");
}

std::optional<qint64> Store::liveCertificateNamed(const QString& accountId, const QString& name) const
{
    SqlStatement select(m_db, "SELECT id FROM certificate WHERE account_id = ?1 AND name = ?2 AND deleted = 0");
    select.bind(1, accountId).bind(2, name);
    if (!select.step())
        return std::nullopt;
    return select.integer(0);
}

Store::WriteOutcome Store::createCertificates(const QString& accountId, QList<CertificateWrite>& certificates,
                                              QString* problem)
{
    const std::lock_guard lock(m_mutex);
    WriteOutcome outcome = WriteOutcome::Saved;
    inTransaction([&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (CertificateWrite& certificate : certificates) {
            if (liveCertificateNamed(accountId, certificate.name)) {
                *problem = certificate.name;
                outcome = WriteOutcome::DuplicateName;
                return false; // the certificates written before this one go too
            }
            // Ten random digits, like the real ids (e.g. 3515906310); a clash is retried.
            qint64 id = 0;
            do {
                id = Random::digits(CertificateIdDigits).toLongLong();
                SqlStatement taken(m_db, "SELECT 1 FROM certificate WHERE id = ?1");
                taken.bind(1, id);
                if (!taken.step())
                    break;
            } while (true);
            SqlStatement insert(m_db, "INSERT INTO certificate (id, account_id, name, display_name, deleted,"
                                      " expires_ms, p12, p12_password, created_ms, updated_ms)"
                                      " VALUES (?1, ?2, ?3, ?3, 0, ?4, ?5, ?6, ?7, ?7)");
            insert.bind(1, id)
                .bind(2, accountId)
                .bind(3, certificate.name)
                .bind(4, certificate.expiresMs)
                .bindBlob(5, certificate.p12)
                .bindBlob(6, certificate.password)
                .bind(7, now)
                .run();
            certificate.id = id;
        }
        return true;
    });
    return outcome;
}

Store::WriteOutcome Store::updateCertificates(const QString& accountId, const QList<CertificateWrite>& certificates,
                                              QString* problem)
{
    const std::lock_guard lock(m_mutex);
    WriteOutcome outcome = WriteOutcome::Saved;
    inTransaction([&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const CertificateWrite& certificate : certificates) {
            SqlStatement live(m_db, "SELECT 1 FROM certificate WHERE id = ?1 AND account_id = ?2 AND deleted = 0");
            live.bind(1, certificate.id).bind(2, accountId);
            if (!live.step()) {
                *problem = QString::number(certificate.id);
                outcome = WriteOutcome::UnknownId;
                return false;
            }
            const std::optional<qint64> holder = liveCertificateNamed(accountId, certificate.name);
            if (holder && *holder != certificate.id) {
                *problem = certificate.name;
                outcome = WriteOutcome::DuplicateName;
                return false;
            }
            SqlStatement update(m_db, "UPDATE certificate SET name = ?1, display_name = ?1, expires_ms = ?2,"
                                      " p12 = ?3, p12_password = ?4, updated_ms = ?5 WHERE id = ?6");
            update.bind(1, certificate.name)
                .bind(2, certificate.expiresMs)
                .bindBlob(3, certificate.p12)
                .bindBlob(4, certificate.password)
                .bind(5, now)
                .bind(6, certificate.id)
                .run();
        }
        return true;
    });
    return outcome;
}

QList<StoredCertificate> Store::certificates(const QString& accountId, bool withP12) const
{
    const std::lock_guard lock(m_mutex);
    SqlStatement select(m_db, "SELECT id, account_id, name, display_name, deleted, expires_ms, p12, p12_password"
                              " FROM certificate WHERE account_id = ?1 AND deleted = 0 ORDER BY created_ms, id");
    select.bind(1, accountId);
    QList<StoredCertificate> result;
    while (select.step())
        result.append(readCertificate(select, withP12));
    return result;
}

std::optional<StoredCertificate> Store::certificate(const QString& accountId, qint64 id) const
{
    const std::lock_guard lock(m_mutex);
    SqlStatement select(m_db, "SELECT id, account_id, name, display_name, deleted, expires_ms, p12, p12_password"
                              " FROM certificate WHERE account_id = ?1 AND id = ?2 AND deleted = 0");
    select.bind(1, accountId).bind(2, id);
    if (!select.step())
        return std::nullopt;
    return readCertificate(select, true);
}

bool Store::deleteCertificate(const QString& accountId, qint64 id)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement update(m_db, "UPDATE certificate SET deleted = 1, updated_ms = ?1"
                              " WHERE account_id = ?2 AND id = ?3 AND deleted = 0");
    update.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, accountId).bind(3, id).run();
    return sqlite3_changes(m_db) > 0;
}

qint64 Store::mappingRevision(const QString& accountId) const
{
    const std::lock_guard lock(m_mutex);
    return mappingRevisionLocked(accountId);
}

qint64 Store::moveMappingRevision(const QString& accountId)
{
    const std::lock_guard lock(m_mutex);
    return bumpMappingRevision(accountId);
}

qint64 Store::mappingRevisionLocked(const QString& accountId) const
{
    SqlStatement select(m_db, "SELECT revision FROM mapping_revision WHERE account_id = ?1");
    select.bind(1, accountId);
    return select.step() ? select.integer(0) : FirstMappingRevision;
}

qint64 Store::bumpMappingRevision(const QString& accountId)
{
    SqlStatement upsert(m_db, "INSERT INTO mapping_revision (account_id, revision) VALUES (?1, ?2)"
                              " ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1");
    upsert.bind(1, accountId).bind(2, FirstMappingRevision + 1).run();
    return mappingRevisionLocked(accountId);
}

QList<StoredMapping> Store::mappings(const QString& accountId, bool includeDeleted) const
{
    const std::lock_guard lock(m_mutex);
    const std::string sql = std::string("SELECT ") + MappingColumns +
                            " FROM mapping WHERE account_id = ?1 AND (deleted = 0 OR ?2) ORDER BY created_ms, id";
    SqlStatement select(m_db, sql.c_str());
    select.bind(1, accountId).bind(2, qint64(includeDeleted ? 1 : 0));
    QList<StoredMapping> result;
    while (select.step())
        result.append(readMapping(select));
    return result;
}

std::optional<StoredMapping> Store::mapping(const QString& accountId, qint64 id) const
{
    const std::lock_guard lock(m_mutex);
    const std::string sql =
        std::string("SELECT ") + MappingColumns + " FROM mapping WHERE account_id = ?1 AND id = ?2 AND deleted = 0";
    SqlStatement select(m_db, sql.c_str());
    select.bind(1, accountId).bind(2, id);
    if (!select.step())
        return std::nullopt;
    return readMapping(select);
}

bool Store::isLiveMapping(const QString& accountId, qint64 id) const
{
    SqlStatement live(m_db, "SELECT 1 FROM mapping WHERE id = ?1 AND account_id = ?2 AND deleted = 0");
    live.bind(1, id).bind(2, accountId);
    return live.step();
}

bool Store::checkMapping(const QString& accountId, const StoredMapping& mapping, qsizetype index,
                         MappingWriteResult& result) const
{
    result.index = index;
    SqlStatement certificate(m_db, "SELECT 1 FROM certificate WHERE id = ?1 AND account_id = ?2 AND deleted = 0");
    certificate.bind(1, mapping.certificateId).bind(2, accountId);
    if (!certificate.step()) {
        result.outcome = MappingWriteResult::Outcome::UnknownCertificate;
        return false;
    }
    SqlStatement name(m_db, "SELECT id FROM mapping WHERE account_id = ?1 AND name = ?2 AND deleted = 0 AND id != ?3");
    name.bind(1, accountId).bind(2, mapping.name).bind(3, mapping.id);
    if (name.step()) {
        result.outcome = MappingWriteResult::Outcome::DuplicateName;
        result.clashId = name.integer(0);
        return false;
    }
    SqlStatement key(m_db, "SELECT id FROM mapping WHERE account_id = ?1 AND service_id = ?2 AND url = ?3"
                           " AND deleted = 0 AND id != ?4");
    key.bind(1, accountId).bind(2, mapping.serviceId).bind(3, mapping.url).bind(4, mapping.id);
    if (key.step()) {
        result.outcome = MappingWriteResult::Outcome::DuplicateKey;
        result.clashId = key.integer(0);
        return false;
    }
    return true;
}

MappingWriteResult Store::createMappings(const QString& accountId, std::optional<qint64> ifMatch,
                                         QList<StoredMapping>& mappings)
{
    const std::lock_guard lock(m_mutex);
    MappingWriteResult result;
    inTransaction([&] {
        result.revision = mappingRevisionLocked(accountId);
        if (ifMatch && *ifMatch != result.revision) {
            result.outcome = MappingWriteResult::Outcome::StaleRevision;
            return false;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            StoredMapping& mapping = mappings[i];
            mapping.id = 0;
            if (!checkMapping(accountId, mapping, i, result))
                return false; // the mappings inserted before this one go too
            // Ten random digits, like the real ids (e.g. 4569253110); a clash is retried.
            qint64 id = 0;
            do {
                id = Random::digits(MappingIdDigits).toLongLong();
                SqlStatement taken(m_db, "SELECT 1 FROM mapping WHERE id = ?1");
                taken.bind(1, id);
                if (!taken.step())
                    break;
            } while (true);
            SqlStatement insert(m_db, "INSERT INTO mapping (id, account_id, name, certificate_id, service_id, enable,"
                                      " url, deleted, created_ms, updated_ms)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?8)");
            insert.bind(1, id)
                .bind(2, accountId)
                .bind(3, mapping.name)
                .bind(4, mapping.certificateId)
                .bind(5, mapping.serviceId)
                .bind(6, qint64(mapping.enable ? 1 : 0))
                .bind(7, mapping.url)
                .bind(8, now)
                .run();
            mapping.id = id;
            mapping.deleted = false;
        }
        result.revision = bumpMappingRevision(accountId);
        return true;
    });
    return result;
}

MappingWriteResult Store::replaceMapping(const QString& accountId, std::optional<qint64> ifMatch,
                                         const StoredMapping& mapping)
{
    const std::lock_guard lock(m_mutex);
    MappingWriteResult result;
    inTransaction([&] {
        result.revision = mappingRevisionLocked(accountId);
        if (!isLiveMapping(accountId, mapping.id)) {
            result.outcome = MappingWriteResult::Outcome::UnknownId;
            return false;
        }
        if (ifMatch && *ifMatch != result.revision) {
            result.outcome = MappingWriteResult::Outcome::StaleRevision;
            return false;
        }
        if (!checkMapping(accountId, mapping, 0, result))
            return false;
        SqlStatement update(m_db, "UPDATE mapping SET name = ?1, certificate_id = ?2, service_id = ?3, enable = ?4,"
                                  " url = ?5, updated_ms = ?6 WHERE id = ?7");
        update.bind(1, mapping.name)
            .bind(2, mapping.certificateId)
            .bind(3, mapping.serviceId)
            .bind(4, qint64(mapping.enable ? 1 : 0))
            .bind(5, mapping.url)
            .bind(6, QDateTime::currentMSecsSinceEpoch())
            .bind(7, mapping.id)
            .run();
        result.revision = bumpMappingRevision(accountId);
        return true;
    });
    return result;
}

MappingWriteResult Store::deleteMapping(const QString& accountId, std::optional<qint64> ifMatch, qint64 id)
{
    const std::lock_guard lock(m_mutex);
    MappingWriteResult result;
    inTransaction([&] {
        result.revision = mappingRevisionLocked(accountId);
        if (!isLiveMapping(accountId, id)) {
            result.outcome = MappingWriteResult::Outcome::UnknownId;
            return false;
        }
        if (ifMatch && *ifMatch != result.revision) {
            result.outcome = MappingWriteResult::Outcome::StaleRevision;
            return false;
        }
        SqlStatement update(m_db, "UPDATE mapping SET deleted = 1, updated_ms = ?1 WHERE id = ?2");
        update.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, id).run();
        result.revision = bumpMappingRevision(accountId);
        return true;
    });
    return result;
}

std::optional<QByteArray> Store::setting(const QString& key) const
{
    const std::lock_guard lock(m_mutex);
    SqlStatement select(m_db, "SELECT value FROM setting WHERE key = ?1");
    select.bind(1, key);
    if (!select.step())
        return std::nullopt;
    return select.bytes(0);
}

void Store::setSetting(const QString& key, const QByteArray& value)
{
    const std::lock_guard lock(m_mutex);
    SqlStatement upsert(m_db, "INSERT INTO setting (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bindBlob(2, value).run();
}

QByteArray Store::digest(const QByteArray& value)
{
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(value.constData(), static_cast<size_t>(value.size()), hash, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return QByteArray(reinterpret_cast<const char*>(hash), static_cast<qsizetype>(length)).toHex();
}

} // namespace mtlsdesk::sandbox
