#include "models/DashboardModel.h"

#include "mappings/MappingValidator.h"
#include "runtime/MappingChecker.h"

namespace mtlsdesk {

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DashboardModel::setMappings(const QList<Mapping>& mappings)
{
    m_mappings.clear();
    for (const Mapping& mapping : mappings) {
        if (!mapping.deleted)
            m_mappings << mapping;
    }
    // URL variants only change with the mappings: found once here, not on every clock tick. Every mapping of a
    // group of variants (same service, same loose URL form, different text) is at risk, the first one too.
    m_duplicateRisk.clear();
    QHash<QString, QList<int>> byLooseForm;
    for (qsizetype row = 0; row < m_mappings.size(); ++row) {
        const Mapping& mapping = m_mappings.at(row);
        if (mapping.enable)
            byLooseForm[mapping.serviceId + QLatin1Char('\n') + MappingValidator::looseForm(mapping.url)] << int(row);
    }
    for (const QList<int>& rows : std::as_const(byLooseForm)) {
        if (rows.size() > 1) {
            for (int row : rows)
                m_duplicateRisk.insert(row);
        }
    }
    recompute(true);
}

void DashboardModel::setCertificates(const QList<Certificate>& certificates)
{
    m_certificates = certificates;
    m_certificateNames.clear();
    for (const Certificate& certificate : certificates)
        m_certificateNames.insert(QString::number(certificate.id), certificate.name);
    recompute(false);
}

void DashboardModel::setLiveAt(const QHash<qint64, QDateTime>& liveAt)
{
    m_liveAt = liveAt;
    recompute(false);
}

void DashboardModel::addResults(const QHash<QString, bool>& results)
{
    m_results.insert(results);
    for (auto it = results.begin(); it != results.end(); ++it)
        m_failed.remove(it.key());
    recompute(false);
}

void DashboardModel::clearResults()
{
    m_results.clear();
    m_failed.clear();
    recompute(false);
}

void DashboardModel::markCheckFailed(const QList<QString>& keys)
{
    for (const QString& key : keys)
        m_failed.insert(key);
    recompute(false);
}

void DashboardModel::setNow(const QDateTime& now)
{
    m_now = now;
    m_fixedNow = now.isValid();
    recompute(false);
}

void DashboardModel::refreshClock()
{
    recompute(false);
}

QDateTime DashboardModel::nextLiveAt() const
{
    QDateTime next;
    for (const RuntimeStatus& status : m_statuses) {
        if (status.kind == RuntimeStatus::Kind::Pending && (!next.isValid() || status.liveAt < next))
            next = status.liveAt;
    }
    return next;
}

void DashboardModel::recompute(bool reset)
{
    const QDateTime now = m_fixedNow ? m_now : QDateTime::currentDateTimeUtc();
    QHash<qint64, const Certificate*> certificates;
    for (const Certificate& certificate : std::as_const(m_certificates)) {
        if (!certificate.deleted)
            certificates.insert(certificate.id, &certificate);
    }

    QList<RuntimeStatus> statuses;
    statuses.reserve(m_mappings.size());
    for (qsizetype row = 0; row < m_mappings.size(); ++row) {
        const Mapping& mapping = m_mappings.at(row);
        const QString key = MappingChecker::keyOf(mapping);
        RuntimeStatus::Inputs inputs;
        inputs.mapping = &mapping;
        inputs.certificate = certificates.value(mapping.certificationId.toLongLong(), nullptr);
        const auto result = m_results.constFind(key);
        if (result != m_results.cend())
            inputs.exists = *result;
        inputs.checkFailed = m_failed.contains(key);
        inputs.liveAt = m_liveAt.value(mapping.id);
        inputs.duplicateRisk = m_duplicateRisk.contains(int(row));
        inputs.now = now;
        statuses << RuntimeStatus::evaluate(inputs);
    }

    QHash<RuntimeStatus::Kind, int> counts;
    for (const RuntimeStatus& status : std::as_const(statuses))
        ++counts[status.kind];

    if (reset) {
        beginResetModel();
        m_statuses = std::move(statuses);
        endResetModel();
    } else {
        // Announce only rows whose status changed, in contiguous runs.
        QList<RuntimeStatus> old = std::exchange(m_statuses, std::move(statuses));
        const int last = int(Column::Count) - 1;
        int runStart = -1;
        for (int row = 0; row <= int(m_statuses.size()); ++row) {
            const bool changed = row < m_statuses.size() &&
                                 (row >= old.size() || old.at(row).kind != m_statuses.at(row).kind ||
                                  old.at(row).text != m_statuses.at(row).text ||
                                  old.at(row).detail != m_statuses.at(row).detail);
            if (changed && runStart < 0)
                runStart = row;
            if (!changed && runStart >= 0) {
                emit dataChanged(index(runStart, 0), index(row - 1, last));
                runStart = -1;
            }
        }
    }
    m_counts = std::move(counts);
    emit countsChanged();
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping& mapping = m_mappings.at(index.row());
    const RuntimeStatus& status = m_statuses.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case KindRole:
        return int(status.kind);
    case SeverityRole:
        return int(status.severity());
    case MappingRole:
        return QVariant::fromValue(mapping);
    case DetailRole:
        return status.detail;
    case Qt::ToolTipRole:
        return column == Column::Url ? mapping.url : status.detail;
    case Qt::AccessibleDescriptionRole:
        return status.detail;
    case SortRole:
        if (column == Column::Status)
            return int(status.severity()) * 100 + int(status.kind);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case Column::Status:
            return status.text;
        case Column::Name:
            return mapping.name;
        case Column::Service:
            return MappingServices::name(mapping.serviceId);
        case Column::Url:
            return mapping.url;
        case Column::Certificate:
            return m_certificateNames.value(mapping.certificationId, mapping.certificationId);
        case Column::Detail:
            return status.detail;
        case Column::Count:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Status:
        return tr("Status");
    case Column::Name:
        return tr("Name");
    case Column::Service:
        return tr("Service");
    case Column::Url:
        return tr("URL");
    case Column::Certificate:
        return tr("Certificate");
    case Column::Detail:
        return tr("Details");
    case Column::Count:
        break;
    }
    return {};
}

// --- DashboardProxyModel ------------------------------------------------------------------------------------------

DashboardProxyModel::DashboardProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DashboardModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DashboardProxyModel::setKinds(const QSet<RuntimeStatus::Kind>& kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
}

void DashboardProxyModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool DashboardProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const DashboardModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    if (!m_kinds.isEmpty() && !m_kinds.contains(model->statusAt(sourceRow).kind))
        return false;
    if (m_text.isEmpty())
        return true;
    const Mapping& mapping = model->mappings().at(sourceRow);
    return mapping.name.contains(m_text, Qt::CaseInsensitive) || mapping.url.contains(m_text, Qt::CaseInsensitive) ||
           mapping.certificationId.contains(m_text) ||
           MappingServices::name(mapping.serviceId).contains(m_text, Qt::CaseInsensitive) ||
           model->statusAt(sourceRow).text.contains(m_text, Qt::CaseInsensitive);
}

} // namespace mtlsdesk
