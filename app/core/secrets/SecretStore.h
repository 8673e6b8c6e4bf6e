#pragma once

// The one class that talks to the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential
// Store). No insecure fallback: when no backend is available the caller is told so and keeps secrets in
// memory only. Keys are `mtls-desk/<environment>/<account>/<kind>`.

#include <QObject>

#include <functional>

namespace mtlsdesk {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, NoBackend, AccessDenied, Failed };
    Q_ENUM(Status)
    enum class Backend { Unknown, Available, Unavailable };
    Q_ENUM(Backend)

    using WriteCallback = std::function<void(Status status, const QString& detail)>;
    using ReadCallback = std::function<void(Status status, QByteArray secret, const QString& detail)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    static QString key(const QString& environmentId, const QString& accountId, const QString& kind);
    static inline const QString PasswordKind = QStringLiteral("password");
    static inline const QString AppKeyKind = QStringLiteral("appkey");

    // Callbacks run on the GUI thread once the keychain answered. write() copies the secret, so the caller may
    // wipe its buffer at once; a secret handed to a read callback is the callback's to wipe.
    // With a receiver, the callback is dropped when the receiver is gone by the time the keychain answers (the
    // store usually outlives the widget that asked).
    void write(const QString& key, const QByteArray& secret, const QObject* receiver, WriteCallback done);
    void read(const QString& key, const QObject* receiver, ReadCallback done);
    void remove(const QString& key, const QObject* receiver, WriteCallback done);
    void write(const QString& key, const QByteArray& secret, WriteCallback done) { write(key, secret, nullptr, std::move(done)); }
    void read(const QString& key, ReadCallback done) { read(key, nullptr, std::move(done)); }
    void remove(const QString& key, WriteCallback done) { remove(key, nullptr, std::move(done)); }

    Backend backend() const { return m_backend; }
    QString serviceName() const { return m_serviceName; }
    // Tests use their own service name so they never touch a user's entries.
    void setServiceName(const QString& name) { m_serviceName = name; }

signals:
    void backendChanged(mtlsdesk::SecretStore::Backend backend, const QString& detail);

private:
    void noteResult(Status status, const QString& detail);

    QString m_serviceName = QStringLiteral("mTLS Desk");
    Backend m_backend = Backend::Unknown;
};

} // namespace mtlsdesk
