#include "app/BuildInfo.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace mtlsdesk {

QString BuildInfo::appVersion()
{
    return QStringLiteral(MTLSDESK_VERSION);
}

QString BuildInfo::qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : QStringLiteral("%1 (built with %2)").arg(running, built);
}

QString BuildInfo::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString BuildInfo::qtKeychainVersion()
{
    return QStringLiteral(MTLSDESK_QTKEYCHAIN_VERSION);
}

QString BuildInfo::librariesLine()
{
    return QStringLiteral("Qt %1 · %2 · QtKeychain %3").arg(qtVersion(), openSslVersion(), qtKeychainVersion());
}

} // namespace mtlsdesk
