#pragma once

// A certificate as the mTLS service describes it (contract §3), and the readers for the shapes the service
// answers with: an array (get all), one object (get one, and old get-all examples), and the save wrapper
// {"successfulySavedCertificates":[…],"failedSaveToVaultCertificates":[…]} (the misspelling is the real API's).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mtlsdesk {

struct Certificate
{
    qint64 id = 0;
    bool deleted = false;
    QString name;
    QString displayName;
    QString siteId;
    QString status;           // "Available", "UnAvailable"; unknown values are treated as unusable
    QDateTime expirationDate; // UTC; invalid when the service sent null

    // Only "Available" means the service can use it (present in Vault and DB and not expired).
    bool isAvailable() const { return status.compare(QLatin1String("Available"), Qt::CaseInsensitive) == 0; }
    // Whole days until expiry (negative once expired); nullopt when the service gave no date.
    std::optional<qint64> daysLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    static std::optional<Certificate> fromJson(const QJsonObject& object, QString* problem = nullptr);
    // Get all: an array of certificates (an old example shows a single object; both are read).
    static std::optional<QList<Certificate>> listFromJson(const QByteArray& body, QString* problem = nullptr);
    // Get one: an object (old examples answer with a one-element array; its first entry is read).
    static std::optional<Certificate> oneFromJson(const QByteArray& body, QString* problem = nullptr);
    // The service's dates: ISO 8601 text or epoch milliseconds.
    static QDateTime parseDate(const QJsonValue& value);

    friend bool operator==(const Certificate&, const Certificate&) = default;
};

// The answer of a create or update: the saved certificates and the names the service could not store in its
// vault. One old page returns a single Certificate instead of the wrapper; it is read as one saved entry.
struct SaveResult
{
    QList<Certificate> saved;
    QStringList failedToVault;

    static std::optional<SaveResult> fromJson(const QByteArray& body, QString* problem = nullptr);
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::Certificate)
