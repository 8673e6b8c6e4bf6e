#include "models/MappingsProxyModel.h"

namespace mtlsdesk {

MappingsProxyModel::MappingsProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MappingsModel::SortRole);
}

void MappingsProxyModel::setMappingsModel(MappingsModel* model)
{
    m_model = model;
    setSourceModel(model);
    // Validation changes what "with problems" keeps.
    if (model)
        connect(model, &MappingsModel::validated, this, [this] {
            if (m_kind != Kind::All)
                invalidateRowsFilter();
        });
}

void MappingsProxyModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void MappingsProxyModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool MappingsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Mapping& mapping = m_model->mappingAt(sourceRow);
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::WithProblems:
        if (m_model->issuesAt(sourceRow).isEmpty())
            return false;
        break;
    case Kind::Unsaved:
        if (m_model->changeAt(sourceRow) == MappingsModel::Change::None)
            return false;
        break;
    case Kind::Disabled:
        if (mapping.enable)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return mapping.name.contains(m_text, Qt::CaseInsensitive) || mapping.url.contains(m_text, Qt::CaseInsensitive) ||
           mapping.certificationId.contains(m_text) || mapping.serviceId == m_text ||
           MappingServices::name(mapping.serviceId).contains(m_text, Qt::CaseInsensitive);
}

bool MappingsProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const Mapping& a = m_model->mappingAt(left.row());
    const Mapping& b = m_model->mappingAt(right.row());
    auto byName = [&] { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; };
    switch (static_cast<MappingsModel::Column>(left.column())) {
    case MappingsModel::Column::Name:
        return byName();
    case MappingsModel::Column::Service:
        return a.serviceId != b.serviceId ? a.serviceId < b.serviceId : byName();
    case MappingsModel::Column::Url:
        return a.url < b.url; // as the service compares them: exactly
    case MappingsModel::Column::Certificate:
        if (a.certificationId.size() != b.certificationId.size()) // numeric ids: shorter is smaller
            return a.certificationId.size() < b.certificationId.size();
        return a.certificationId != b.certificationId ? a.certificationId < b.certificationId : byName();
    case MappingsModel::Column::Enabled:
        return a.enable != b.enable ? a.enable < b.enable : byName();
    case MappingsModel::Column::State: {
        const int sa = int(m_model->changeAt(left.row())) * 2 + int(!a.enable);
        const int sb = int(m_model->changeAt(right.row())) * 2 + int(!b.enable);
        return sa != sb ? sa < sb : byName();
    }
    case MappingsModel::Column::Count:
        break;
    }
    return false;
}

} // namespace mtlsdesk
