#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

namespace mtlsdesk {

// The account's service domains from CSDS (the Domain API), with per-service overrides an admin may set
// (e.g. to pin a gateway during an incident). Service names are case sensitive.
class Domains
{
public:
    static inline const QString AgentVep = QStringLiteral("agentVep");
    static inline const QString MtlsGateway = QStringLiteral("mtlsGateway");
    static inline const QString AccountConfigReadWrite = QStringLiteral("accountConfigReadWrite");
    static inline const QString AccountConfigReadOnly = QStringLiteral("accountConfigReadOnly");
    static inline const QString Sentinel = QStringLiteral("sentinel");
    // The services mTLS Desk uses, in the order it shows them.
    static QStringList requiredServices() { return {AgentVep, MtlsGateway, AccountConfigReadWrite, Sentinel}; }

    void setDiscovered(const QMap<QString, QString>& discovered) { m_discovered = discovered; }
    const QMap<QString, QString>& discovered() const { return m_discovered; }
    void setOverride(const QString& service, const QString& host);
    QString overrideFor(const QString& service) const { return m_overrides.value(service); }
    const QMap<QString, QString>& overrides() const { return m_overrides; }
    void setOverrides(const QMap<QString, QString>& overrides) { m_overrides = overrides; }

    // The host[:port] to use: the override when set, else the discovered one; empty when unknown.
    QString host(const QString& service) const;
    bool has(const QString& service) const { return !host(service).isEmpty(); }
    QStringList missing() const;
    // https://{host}{path}, with query; invalid when the service is unknown.
    QUrl url(const QString& service, const QString& path, const QString& query = {}) const;

    // "va.example.com", "127.0.0.1:8443", "host:port"; no scheme, path or spaces.
    static bool isValidHost(const QString& host);

private:
    QMap<QString, QString> m_discovered;
    QMap<QString, QString> m_overrides;
};

} // namespace mtlsdesk
