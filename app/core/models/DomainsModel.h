#pragma once

#include "net/Domains.h"

#include <QAbstractTableModel>
#include <QFont>

namespace mtlsdesk {

// The account's service domains as a table: service, what CSDS discovered, the admin's override (editable),
// and the host actually used. Every discovered service is listed, the ones mTLS Desk needs first.
class DomainsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Service, Discovered, Override, InUse, Count };
    Q_ENUM(Column)
    enum Role { ServiceRole = Qt::UserRole + 1, RequiredRole, ValidRole };

    explicit DomainsModel(QObject* parent = nullptr);

    void setDomains(const Domains& domains);
    const Domains& domains() const { return m_domains; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void overrideChanged(const QString& service, const QString& host);

private:
    QString serviceAt(int row) const { return m_services.value(row); }
    Domains m_domains;
    QStringList m_services;
};

} // namespace mtlsdesk
