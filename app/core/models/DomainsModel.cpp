#include "models/DomainsModel.h"

namespace mtlsdesk {

DomainsModel::DomainsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DomainsModel::setDomains(const Domains& domains)
{
    beginResetModel();
    m_domains = domains;
    m_services = Domains::requiredServices();
    QStringList others = domains.discovered().keys();
    for (const QString& service : domains.overrides().keys()) {
        if (!others.contains(service))
            others << service;
    }
    others.sort();
    for (const QString& service : std::as_const(others)) {
        if (!m_services.contains(service))
            m_services << service;
    }
    if (domains.discovered().isEmpty() && domains.overrides().isEmpty())
        m_services.clear();
    endResetModel();
}

int DomainsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int DomainsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant DomainsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString service = serviceAt(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Column::Service:
            return service;
        case Column::Discovered:
            return m_domains.discovered().value(service);
        case Column::Override:
            return m_domains.overrideFor(service);
        case Column::InUse:
            return m_domains.host(service);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Override)
            return tr("Double-click to use another host for %1 (host or host:port). Leave empty to use the "
                      "discovered one.")
                .arg(service);
        if (column == Column::InUse && m_domains.host(service).isEmpty())
            return tr("Not discovered: mTLS Desk needs this domain.");
        break;
    case Qt::FontRole:
        if (column == Column::InUse && !m_domains.overrideFor(service).isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ServiceRole:
        return service;
    case RequiredRole:
        return Domains::requiredServices().contains(service);
    case ValidRole:
        return !m_domains.host(service).isEmpty();
    default:
        break;
    }
    return {};
}

QVariant DomainsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Service:
        return tr("Service");
    case Column::Discovered:
        return tr("Discovered (CSDS)");
    case Column::Override:
        return tr("Override");
    case Column::InUse:
        return tr("In use");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags DomainsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && static_cast<Column>(index.column()) == Column::Override)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DomainsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        static_cast<Column>(index.column()) != Column::Override)
        return false;
    const QString host = value.toString().trimmed();
    if (!host.isEmpty() && !Domains::isValidHost(host))
        return false;
    const QString service = serviceAt(index.row());
    if (m_domains.overrideFor(service) == host)
        return true;
    m_domains.setOverride(service, host);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit overrideChanged(service, host);
    return true;
}

} // namespace mtlsdesk
