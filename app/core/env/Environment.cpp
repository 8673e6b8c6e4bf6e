#include "env/Environment.h"

#include <QSslCertificate>

namespace mtlsdesk {

Environment Environment::sandbox(const QString& discoveryHost, const QString& caFile)
{
    return {Kind::Sandbox, discoveryHost, caFile};
}

Environment Environment::production()
{
    return {Kind::Production, ProductionDiscoveryHost, {}};
}

Environment Environment::custom(const QString& discoveryHost)
{
    return {Kind::Custom, discoveryHost.trimmed(), {}};
}

QString Environment::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

Environment::Kind Environment::kindFromKey(const QString& key, Kind fallback)
{
    for (Kind kind : {Kind::Sandbox, Kind::Production, Kind::Custom}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return fallback;
}

QString Environment::id() const
{
    if (kind == Kind::Custom)
        return kindKey(kind) + QLatin1Char('-') + discoveryHost.toLower();
    return kindKey(kind);
}

bool Environment::sslConfiguration(QSslConfiguration& configuration, QString* problem) const
{
    configuration = QSslConfiguration::defaultConfiguration();
    if (kind != Kind::Sandbox)
        return true;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (problem)
            *problem = caFile;
        return false;
    }
    // Replacing the CA list also turns off on-demand loading of system roots: the sandbox CA and nothing else.
    configuration.setCaCertificates(certificates);
    return true;
}

} // namespace mtlsdesk
