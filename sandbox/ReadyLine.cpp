#include "ReadyLine.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace mtlsdesk::sandbox {

ReadyLine::ReadyLine(const QString& baseUrl, const QString& caFile, const Account& account, const QString& dataDir,
                     const ReadyTarget& target, int cacheSeconds)
    : m_file(QDir(dataDir).filePath(QStringLiteral("ready.json")))
{
    const QJsonObject appKey{{QStringLiteral("consumerKey"), account.appKey.consumerKey},
                             {QStringLiteral("consumerSecret"), account.appKey.consumerSecret},
                             {QStringLiteral("accessToken"), account.appKey.accessToken},
                             {QStringLiteral("accessTokenSecret"), account.appKey.accessTokenSecret}};
    const QJsonObject ready{{QStringLiteral("event"), QStringLiteral("ready")},
                            {QStringLiteral("baseUrl"), baseUrl},
                            {QStringLiteral("caFile"), caFile},
                            {QStringLiteral("accountId"), account.accountId},
                            {QStringLiteral("username"), account.username},
                            {QStringLiteral("password"), account.password},
                            {QStringLiteral("appKey"), appKey},
                            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                            {QStringLiteral("dataDir"), dataDir},
                            {QStringLiteral("targetUrl"), target.targetUrl},
                            {QStringLiteral("demoP12"), target.demoP12},
                            {QStringLiteral("demoP12Password"), QString::fromUtf8(target.demoP12Password)},
                            {QStringLiteral("partnerCaFile"), target.partnerCaFile},
                            {QStringLiteral("cacheSeconds"), cacheSeconds}};
    m_json = QJsonDocument(ready).toJson(QJsonDocument::Compact);
}

bool ReadyLine::publish(QString* error)
{
    // QSaveFile writes a temporary file and renames it, so the app never reads half a line; the process umask
    // (077) makes it 0600 and the explicit permissions keep it so whatever the umask.
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_json + '\n') != m_json.size() + 1 ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    std::fwrite(m_json.constData(), 1, static_cast<size_t>(m_json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return true;
}

void ReadyLine::withdraw()
{
    QFile::remove(m_file);
}

} // namespace mtlsdesk::sandbox
