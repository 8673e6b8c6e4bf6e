#pragma once

// The account's certificates as a table: name, id, status, expiry (with days left, warned under 30 days and
// when expired) and how many mappings use each one (once mappings are known). A QAbstractTableModel over a
// plain list; views sort and filter it through a QSortFilterProxyModel (SortRole holds raw values).

#include "certs/Certificate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mtlsdesk {

class CertificatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Id, Status, Expires, UsedBy, Count };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, SortRole, HealthRole, CertificateRole };
    // What the row means for the admin, most urgent last.
    enum class Health { Ok, NoDate, Expiring, Unavailable, Expired };
    Q_ENUM(Health)

    static constexpr int ExpiringDays = 30;

    explicit CertificatesModel(QObject* parent = nullptr);

    void setCertificates(const QList<Certificate>& certificates);
    // Inserts or replaces (by id).
    void upsert(const Certificate& certificate);
    void remove(qint64 id);
    // Mapping counts per certificate id; unknown (not loaded) when never set.
    void setUsage(const QHash<qint64, int>& mappingsPerCertificate);
    void clearUsage();
    // For tests and long-running sessions: the clock the expiry colours are computed against.
    void setNow(const QDateTime& now);

    const QList<Certificate>& certificates() const { return m_certificates; }
    int rowOf(qint64 id) const;
    std::optional<Certificate> byId(qint64 id) const;
    // Case-sensitive, as the service compares names; `exceptId` skips the certificate being renamed.
    bool nameTaken(const QString& name, qint64 exceptId = 0) const;
    std::optional<int> usage(qint64 id) const;
    Health health(const Certificate& certificate) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString expiryText(const Certificate& certificate) const;
    QDateTime now() const;

    QList<Certificate> m_certificates;
    QHash<qint64, int> m_usage;
    bool m_usageKnown = false;
    QDateTime m_now;
};

} // namespace mtlsdesk
