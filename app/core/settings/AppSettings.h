#pragma once

// Everything mTLS Desk remembers between runs that is NOT secret: the environment, account ids, user
// names, domain overrides, window state. Secrets go to SecretStore (the OS keychain), never here.

#include "env/Environment.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSettings>

namespace mtlsdesk {

// Where the set-up wizard stands for one environment and account, so that closing it half-way and opening it again
// continues there. Only what is needed to find the work again: paths, ids, names, a URL. Never a password, token,
// AppKey secret or P12 password (those stay in the keychain or in memory).
struct WizardProgress
{
    int page = -1;               // OnboardingWizard::PageId the admin was on (-1: nothing stored)
    QString p12Path;             // the chosen PKCS#12 file (the path only)
    qint64 certificateId = 0;    // the certificate the Upload step uploaded (0: none yet)
    QString certificateName;
    QString mappingName;         // the Mapping step's draft
    QString mappingService;
    QString mappingUrl;
    bool mappingSaved = false;   // the draft was saved on the service

    bool isEmpty() const { return page < 0; }
};

class AppSettings
{
public:
    AppSettings();

    Environment::Kind environmentKind() const;
    void setEnvironmentKind(Environment::Kind kind);
    QString customDiscoveryHost() const;
    void setCustomDiscoveryHost(const QString& host);

    // Per environment id (see Environment::id()).
    QString accountId(const QString& environmentId) const;
    void setAccountId(const QString& environmentId, const QString& accountId);
    QString username(const QString& environmentId) const;
    void setUsername(const QString& environmentId, const QString& username);
    bool rememberSecrets(const QString& environmentId) const;
    void setRememberSecrets(const QString& environmentId, bool remember);
    QMap<QString, QString> domainOverrides(const QString& environmentId, const QString& accountId) const;
    void setDomainOverrides(const QString& environmentId, const QString& accountId,
                            const QMap<QString, QString>& overrides);

    // Where the admin's P12 file for an uploaded certificate lives (a path, never the file or its password), so
    // that a handshake test or a replacement can start from it.
    QString certificateFile(const QString& environmentId, const QString& accountId, qint64 certificateId) const;
    void setCertificateFile(const QString& environmentId, const QString& accountId, qint64 certificateId,
                            const QString& path);

    // When the last saves of mappings reach the service's runtime (save time + its ~5 minute cache), by mapping id,
    // so that "live at 14:05" survives a restart.
    QHash<qint64, QDateTime> mappingsLiveAt(const QString& environmentId, const QString& accountId) const;
    void setMappingsLiveAt(const QString& environmentId, const QString& accountId,
                           const QHash<qint64, QDateTime>& liveAt);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    bool wizardCompleted() const;
    void setWizardCompleted(bool completed);

    WizardProgress wizardProgress(const QString& environmentId, const QString& accountId) const;
    void setWizardProgress(const QString& environmentId, const QString& accountId, const WizardProgress& progress);
    void clearWizardProgress(const QString& environmentId, const QString& accountId);

    // Support mode for screen sharing (larger fonts, secrets hidden); see ui/PresenterMode.
    bool presenterMode() const;
    void setPresenterMode(bool on);

    // The language chosen in Settings ("de", "he", "en"); empty: follow the system. Read once at start-up.
    QString language() const;
    void setLanguage(const QString& language);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    static QString group(const QString& environmentId);
    QSettings m_settings;
};

} // namespace mtlsdesk
