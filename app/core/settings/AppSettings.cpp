#include "settings/AppSettings.h"

namespace mtlsdesk {

namespace {
const QString EnvironmentKey = QStringLiteral("environment/kind");
const QString CustomHostKey = QStringLiteral("environment/customHost");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::group(const QString& environmentId)
{
    // Environment ids may hold a host with dots and colons; QSettings keys treat '/' specially only.
    QString safe = environmentId;
    safe.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("environments/") + safe + QLatin1Char('/');
}

Environment::Kind AppSettings::environmentKind() const
{
    return Environment::kindFromKey(m_settings.value(EnvironmentKey).toString());
}

void AppSettings::setEnvironmentKind(Environment::Kind kind)
{
    m_settings.setValue(EnvironmentKey, Environment::kindKey(kind));
}

QString AppSettings::customDiscoveryHost() const
{
    return m_settings.value(CustomHostKey).toString();
}

void AppSettings::setCustomDiscoveryHost(const QString& host)
{
    m_settings.setValue(CustomHostKey, host);
}

QString AppSettings::accountId(const QString& environmentId) const
{
    return m_settings.value(group(environmentId) + QStringLiteral("accountId")).toString();
}

void AppSettings::setAccountId(const QString& environmentId, const QString& accountId)
{
    m_settings.setValue(group(environmentId) + QStringLiteral("accountId"), accountId);
}

QString AppSettings::username(const QString& environmentId) const
{
    return m_settings.value(group(environmentId) + QStringLiteral("username")).toString();
}

void AppSettings::setUsername(const QString& environmentId, const QString& username)
{
    m_settings.setValue(group(environmentId) + QStringLiteral("username"), username);
}

bool AppSettings::rememberSecrets(const QString& environmentId) const
{
    return m_settings.value(group(environmentId) + QStringLiteral("remember"), false).toBool();
}

void AppSettings::setRememberSecrets(const QString& environmentId, bool remember)
{
    m_settings.setValue(group(environmentId) + QStringLiteral("remember"), remember);
}

QString AppSettings::certificateFile(const QString& environmentId, const QString& accountId,
                                    qint64 certificateId) const
{
    return m_settings
        .value(group(environmentId) + QStringLiteral("certificateFiles/%1/%2").arg(accountId).arg(certificateId))
        .toString();
}

void AppSettings::setCertificateFile(const QString& environmentId, const QString& accountId, qint64 certificateId,
                                     const QString& path)
{
    m_settings.setValue(group(environmentId) + QStringLiteral("certificateFiles/%1/%2").arg(accountId).arg(certificateId),
                        path);
}

QHash<qint64, QDateTime> AppSettings::mappingsLiveAt(const QString& environmentId, const QString& accountId) const
{
    QHash<qint64, QDateTime> result;
    const QVariantMap stored = m_settings.value(group(environmentId) + QStringLiteral("liveAt/") + accountId).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QDateTime time = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (time.isValid())
            result.insert(it.key().toLongLong(), time);
    }
    return result;
}

void AppSettings::setMappingsLiveAt(const QString& environmentId, const QString& accountId,
                                    const QHash<qint64, QDateTime>& liveAt)
{
    QVariantMap stored;
    for (auto it = liveAt.cbegin(); it != liveAt.cend(); ++it)
        stored.insert(QString::number(it.key()), it.value().toUTC().toString(Qt::ISODate));
    m_settings.setValue(group(environmentId) + QStringLiteral("liveAt/") + accountId, stored);
}

QMap<QString, QString> AppSettings::domainOverrides(const QString& environmentId, const QString& accountId) const
{
    QMap<QString, QString> result;
    const QVariantMap stored =
        m_settings.value(group(environmentId) + QStringLiteral("domains/") + accountId).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

void AppSettings::setDomainOverrides(const QString& environmentId, const QString& accountId,
                                     const QMap<QString, QString>& overrides)
{
    QVariantMap stored;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(group(environmentId) + QStringLiteral("domains/") + accountId, stored);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

bool AppSettings::wizardCompleted() const
{
    return m_settings.value(QStringLiteral("wizard/completed"), false).toBool();
}

void AppSettings::setWizardCompleted(bool completed)
{
    m_settings.setValue(QStringLiteral("wizard/completed"), completed);
}

WizardProgress AppSettings::wizardProgress(const QString& environmentId, const QString& accountId) const
{
    WizardProgress progress;
    if (accountId.isEmpty())
        return progress;
    const QVariantMap stored = m_settings.value(group(environmentId) + QStringLiteral("wizardProgress/") + accountId).toMap();
    if (stored.isEmpty())
        return progress;
    progress.page = stored.value(QStringLiteral("page"), -1).toInt();
    progress.p12Path = stored.value(QStringLiteral("p12Path")).toString();
    progress.certificateId = stored.value(QStringLiteral("certificateId")).toLongLong();
    progress.certificateName = stored.value(QStringLiteral("certificateName")).toString();
    progress.mappingName = stored.value(QStringLiteral("mappingName")).toString();
    progress.mappingService = stored.value(QStringLiteral("mappingService")).toString();
    progress.mappingUrl = stored.value(QStringLiteral("mappingUrl")).toString();
    progress.mappingSaved = stored.value(QStringLiteral("mappingSaved")).toBool();
    return progress;
}

void AppSettings::setWizardProgress(const QString& environmentId, const QString& accountId,
                                    const WizardProgress& progress)
{
    if (accountId.isEmpty())
        return;
    if (progress.isEmpty()) {
        clearWizardProgress(environmentId, accountId);
        return;
    }
    const QVariantMap stored{{QStringLiteral("page"), progress.page},
                             {QStringLiteral("p12Path"), progress.p12Path},
                             {QStringLiteral("certificateId"), progress.certificateId},
                             {QStringLiteral("certificateName"), progress.certificateName},
                             {QStringLiteral("mappingName"), progress.mappingName},
                             {QStringLiteral("mappingService"), progress.mappingService},
                             {QStringLiteral("mappingUrl"), progress.mappingUrl},
                             {QStringLiteral("mappingSaved"), progress.mappingSaved}};
    m_settings.setValue(group(environmentId) + QStringLiteral("wizardProgress/") + accountId, stored);
}

void AppSettings::clearWizardProgress(const QString& environmentId, const QString& accountId)
{
    m_settings.remove(group(environmentId) + QStringLiteral("wizardProgress/") + accountId);
}

bool AppSettings::presenterMode() const
{
    return m_settings.value(QStringLiteral("view/presenterMode"), false).toBool();
}

void AppSettings::setPresenterMode(bool on)
{
    m_settings.setValue(QStringLiteral("view/presenterMode"), on);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings.remove(QStringLiteral("view/language"));
    else
        m_settings.setValue(QStringLiteral("view/language"), language);
}

} // namespace mtlsdesk
