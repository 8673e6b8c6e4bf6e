#pragma once

#include <QSslConfiguration>
#include <QString>

namespace mtlsdesk {

// Where the app talks to. Sandbox: the bundled mtls-sandbox, whose CA is trusted for it alone. Production:
// LivePerson's public Domain API host, system trust. Custom: another Domain API host, system trust.
struct Environment
{
    Q_GADGET
public:
    enum class Kind { Sandbox, Production, Custom };
    Q_ENUM(Kind)

    static inline const QString ProductionDiscoveryHost = QStringLiteral("adminlogin.liveperson.net");

    Kind kind = Kind::Sandbox;
    QString discoveryHost; // host[:port] of the Domain API
    QString caFile;        // Sandbox only

    static Environment sandbox(const QString& discoveryHost, const QString& caFile);
    static Environment production();
    static Environment custom(const QString& discoveryHost);

    // A stable identifier for keychain keys and settings: "sandbox", "production", "custom-<host>".
    QString id() const;
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key, Kind fallback = Kind::Sandbox);
    bool isValid() const { return !discoveryHost.isEmpty() && (kind != Kind::Sandbox || !caFile.isEmpty()); }

    // Sandbox: exactly the sandbox CA (not the system store); others: the system's trust store.
    // Returns false (and a reason) when the sandbox CA file cannot be read.
    bool sslConfiguration(QSslConfiguration& configuration, QString* problem = nullptr) const;
};

} // namespace mtlsdesk
