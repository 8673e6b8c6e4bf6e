#include "models/CertificatesModel.h"

#include "text/CellTones.h"

#include <QBrush>
#include <QIcon>
#include <QLocale>

namespace mtlsdesk {

CertificatesModel::CertificatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CertificatesModel::setCertificates(const QList<Certificate>& certificates)
{
    beginResetModel();
    m_certificates = certificates;
    endResetModel();
}

void CertificatesModel::upsert(const Certificate& certificate)
{
    const int row = rowOf(certificate.id);
    if (row >= 0) {
        m_certificates[row] = certificate;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int end = static_cast<int>(m_certificates.size());
    beginInsertRows({}, end, end);
    m_certificates.append(certificate);
    endInsertRows();
}

void CertificatesModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_certificates.removeAt(row);
    endRemoveRows();
}

void CertificatesModel::setUsage(const QHash<qint64, int>& mappingsPerCertificate)
{
    m_usage = mappingsPerCertificate;
    m_usageKnown = true;
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, int(Column::UsedBy)), index(rowCount() - 1, int(Column::UsedBy)));
}

void CertificatesModel::clearUsage()
{
    m_usage.clear();
    m_usageKnown = false;
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, int(Column::UsedBy)), index(rowCount() - 1, int(Column::UsedBy)));
}

void CertificatesModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QDateTime CertificatesModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int CertificatesModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_certificates.size(); ++row) {
        if (m_certificates.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Certificate> CertificatesModel::byId(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional<Certificate>(m_certificates.at(row)) : std::nullopt;
}

bool CertificatesModel::nameTaken(const QString& name, qint64 exceptId) const
{
    return std::any_of(m_certificates.cbegin(), m_certificates.cend(), [&](const Certificate& certificate) {
        return certificate.id != exceptId && certificate.name == name;
    });
}

std::optional<int> CertificatesModel::usage(qint64 id) const
{
    if (!m_usageKnown)
        return std::nullopt;
    return m_usage.value(id, 0);
}

CertificatesModel::Health CertificatesModel::health(const Certificate& certificate) const
{
    const std::optional<qint64> days = certificate.daysLeft(now());
    if (days && *days < 0)
        return Health::Expired;
    if (!certificate.isAvailable())
        return Health::Unavailable;
    if (!days)
        return Health::NoDate;
    return *days < ExpiringDays ? Health::Expiring : Health::Ok;
}

QString CertificatesModel::expiryText(const Certificate& certificate) const
{
    const std::optional<qint64> days = certificate.daysLeft(now());
    if (!days)
        return tr("not given");
    const QString date = QLocale().toString(certificate.expirationDate.toLocalTime().date(), QLocale::ShortFormat);
    if (*days < 0)
        return tr("%1 (expired %n day(s) ago)", nullptr, int(qMin<qint64>(-*days, 100000))).arg(date);
    if (*days == 0)
        return tr("%1 (expires today)").arg(date);
    return tr("%1 (in %n day(s))", nullptr, int(qMin<qint64>(*days, 100000))).arg(date);
}

int CertificatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_certificates.size());
}

int CertificatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CertificatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Certificate& certificate = m_certificates.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const Health rowHealth = health(certificate);

    switch (role) {
    case IdRole:
        return certificate.id;
    case HealthRole:
        return QVariant::fromValue(rowHealth);
    case CertificateRole:
        return QVariant::fromValue(certificate);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Column::Name:
            return certificate.name;
        case Column::Id:
            return QString::number(certificate.id);
        case Column::Status:
            if (rowHealth == Health::Expired)
                return tr("Expired");
            return certificate.isAvailable() ? tr("Available")
                   : certificate.status.isEmpty() ? tr("Unknown")
                                                  : tr("Unavailable (%1)").arg(certificate.status);
        case Column::Expires:
            return expiryText(certificate);
        case Column::UsedBy: {
            const std::optional<int> used = usage(certificate.id);
            if (!used)
                return tr("—");
            return *used == 0 ? tr("no mapping") : tr("%n mapping(s)", nullptr, *used);
        }
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::Name:
            return certificate.name.toCaseFolded();
        case Column::Id:
            return certificate.id;
        case Column::Status:
            return int(rowHealth);
        case Column::Expires:
            return certificate.expirationDate.isValid() ? certificate.expirationDate.toMSecsSinceEpoch()
                                                        : std::numeric_limits<qint64>::max();
        case Column::UsedBy:
            return usage(certificate.id).value_or(-1);
        case Column::Count:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Column::Status) {
            switch (rowHealth) {
            case Health::Ok:
            case Health::NoDate:
                return QIcon::fromTheme(QStringLiteral("emblem-ok"), QIcon::fromTheme(QStringLiteral("dialog-ok")));
            case Health::Expiring:
                return QIcon::fromTheme(QStringLiteral("dialog-warning"));
            case Health::Unavailable:
            case Health::Expired:
                return QIcon::fromTheme(QStringLiteral("dialog-error"));
            }
        }
        break;
    case Qt::ForegroundRole:
        // Colour backs up the words in the cell; it is never the only signal.
        if (column == Column::Expires || column == Column::Status) {
            if (rowHealth == Health::Expired || rowHealth == Health::Unavailable)
                return CellTones::error();
            if (rowHealth == Health::Expiring)
                return CellTones::warning();
        }
        break;
    case Qt::ToolTipRole:
        switch (rowHealth) {
        case Health::Expired:
            return tr("This certificate has expired: the service no longer uses it. Replace it with a renewed file.");
        case Health::Expiring:
            return tr("This certificate expires in less than %n day(s): replace it before then.", nullptr,
                      ExpiringDays);
        case Health::Unavailable:
            return tr("The service reports this certificate as not available (it must be in both its vault and "
                      "its database, and not expired).");
        case Health::NoDate:
            return tr("The service did not give an expiration date for this certificate.");
        case Health::Ok:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Id:
        return tr("Id");
    case Column::Status:
        return tr("Status");
    case Column::Expires:
        return tr("Expires");
    case Column::UsedBy:
        return tr("Used by");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace mtlsdesk
