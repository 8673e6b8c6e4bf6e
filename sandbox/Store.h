#pragma once

// The sandbox's state in SQLite (DIR/sandbox.db): the demo account with its AppKey, and login sessions, so a
// restart keeps the account and every bearer issued before it.
//
// cpp-httplib runs handlers on worker threads, so every public method takes m_mutex; the connection is opened
// with SQLITE_OPEN_NOMUTEX because that mutex already serialises it. Bearer tokens, Session_id cookies and csrf
// values are stored as SHA-256 digests: the database never holds a usable token. The demo password is stored in
// clear on purpose, because the sandbox prints it on every start (it is a local demo account).
//
// Failures throw std::runtime_error; cpp-httplib's exception handler turns them into a 500 JSON answer.

#include "AppKey.h"

#include <QByteArray>
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

    void createSession(const QByteArray& bearer, const QByteArray& sessionId, const QByteArray& csrf,
                       const Session& session);
    std::optional<Session> sessionByBearer(const QByteArray& bearer) const;
    std::optional<Session> sessionByCookie(const QByteArray& sessionId) const;
    void extendSession(const QByteArray& sessionId, qint64 expiresMs);
    void deleteSession(const QByteArray& sessionId);
    // Removes sessions that expired before `beforeMs`; an expired session is kept a while first so that its
    // bearer is answered with "expired" rather than "unknown".
    int purgeSessionsExpiredBefore(qint64 beforeMs);

    static QByteArray digest(const QByteArray& value);

private:
    void migrate();
    void execute(const char* sql);
    // Callers hold m_mutex.
    std::optional<Account> accountLocked(const QString& accountId) const;
    std::optional<Session> sessionWhere(const char* sql, const QByteArray& digest) const;

    mutable std::mutex m_mutex;
    sqlite3* m_db = nullptr;
};

} // namespace mtlsdesk::sandbox
