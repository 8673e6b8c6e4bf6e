#pragma once

// The sandbox's state in SQLite (DIR/sandbox.db): the demo account with its AppKey, login sessions, certificates
// (with their P12 files and passwords: the sandbox's "Vault") and a few settings, so a restart keeps the account,
// every bearer issued before it and every certificate.
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
    template <typename Work> void inTransaction(Work&& work);

    mutable std::mutex m_mutex;
    sqlite3* m_db = nullptr;
};

} // namespace mtlsdesk::sandbox
