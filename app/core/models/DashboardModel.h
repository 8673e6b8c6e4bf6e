#pragma once

// The dashboard's table: one row per saved mapping with its RuntimeStatus (see there), recomputed when the
// mappings, the certificates, the check answers, the live-at times or the clock change. Counts per status for the
// summary line; DashboardProxyModel filters by status and text.

#include "certs/Certificate.h"
#include "mappings/Mapping.h"
#include "runtime/RuntimeStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace mtlsdesk {

class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Status, Name, Service, Url, Certificate, Detail, Count };
    Q_ENUM(Column)
    enum Role { KindRole = Qt::UserRole + 1, SeverityRole, MappingRole, SortRole, DetailRole };

    explicit DashboardModel(QObject* parent = nullptr);

    void setMappings(const QList<Mapping>& mappings);
    void setCertificates(const QList<Certificate>& certificates);
    void setLiveAt(const QHash<qint64, QDateTime>& liveAt);
    // Check answers by MappingChecker::keyOf(); merged into what is known.
    void addResults(const QHash<QString, bool>& results);
    void clearResults();
    // Keys whose check failed (shown as "Check failed" until checked again).
    void markCheckFailed(const QList<QString>& keys);
    void setNow(const QDateTime& now);
    // Recomputes with the current time (a "live at" passed).
    void refreshClock();

    const QList<Mapping>& mappings() const { return m_mappings; }
    const QList<Certificate>& certificates() const { return m_certificates; }
    const QHash<qint64, QDateTime>& liveAt() const { return m_liveAt; }
    const QHash<QString, bool>& results() const { return m_results; }
    const RuntimeStatus& statusAt(int row) const { return m_statuses.at(row); }
    int count(RuntimeStatus::Kind kind) const { return m_counts.value(kind); }
    // The earliest "live at" still ahead, or invalid.
    QDateTime nextLiveAt() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every recomputation.
    void countsChanged();

private:
    void recompute(bool reset);

    QList<Mapping> m_mappings;
    QList<Certificate> m_certificates;
    QHash<QString, QString> m_certificateNames; // id -> name
    QSet<int> m_duplicateRisk;                  // rows with a URL variant
    QHash<qint64, QDateTime> m_liveAt;
    QHash<QString, bool> m_results;
    QSet<QString> m_failed;
    QDateTime m_now;
    bool m_fixedNow = false;
    QList<RuntimeStatus> m_statuses;
    QHash<RuntimeStatus::Kind, int> m_counts;
};

class DashboardProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DashboardProxyModel(QObject* parent = nullptr);

    // Empty: every status.
    void setKinds(const QSet<RuntimeStatus::Kind>& kinds);
    QSet<RuntimeStatus::Kind> kinds() const { return m_kinds; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<RuntimeStatus::Kind> m_kinds;
    QString m_text;
};

} // namespace mtlsdesk
