#include "models/MappingsModel.h"

#include "text/CellTones.h"
#include "text/Messages.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace mtlsdesk {

namespace {

using Column = MappingsModel::Column;

QString columnName(Column column)
{
    switch (column) {
    case Column::Name:
        return MappingsModel::tr("name");
    case Column::Service:
        return MappingsModel::tr("service");
    case Column::Url:
        return MappingsModel::tr("URL");
    case Column::Certificate:
        return MappingsModel::tr("certificate");
    case Column::Enabled:
        return MappingsModel::tr("enabled");
    case Column::State:
    case Column::Count:
        break;
    }
    return {};
}

MappingIssue::Field fieldOf(Column column)
{
    switch (column) {
    case Column::Service:
        return MappingIssue::Field::Service;
    case Column::Url:
        return MappingIssue::Field::Url;
    case Column::Certificate:
        return MappingIssue::Field::Certificate;
    case Column::Enabled:
        return MappingIssue::Field::Enabled;
    default:
        return MappingIssue::Field::Name;
    }
}

class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(MappingsModel& model, qint64 key, Column column, QVariant before, QVariant after,
                    const QString& mappingName, QUndoCommand* parent = nullptr)
        : QUndoCommand(MappingsModel::tr("Change %1 of \"%2\"").arg(columnName(column), mappingName), parent)
        , m_model(model)
        , m_key(key)
        , m_column(column)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model.applyField(m_key, m_column, m_after); }
    void undo() override { m_model.applyField(m_key, m_column, m_before); }

private:
    MappingsModel& m_model;
    qint64 m_key;
    Column m_column;
    QVariant m_before;
    QVariant m_after;
};

// Inserting and removing are one command run in either direction.
class RowsCommand : public QUndoCommand
{
public:
    RowsCommand(MappingsModel& model, QList<std::pair<int, MappingsModel::Row>> rowsAt, bool insert, const QString& text)
        : QUndoCommand(text)
        , m_model(model)
        , m_rowsAt(std::move(rowsAt))
        , m_insert(insert)
    {
        std::sort(m_rowsAt.begin(), m_rowsAt.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    void redo() override { m_insert ? insert() : remove(); }
    void undo() override { m_insert ? remove() : insert(); }

private:
    void insert() { m_model.applyInsert(m_rowsAt); }
    void remove()
    {
        QList<qint64> keys;
        for (const auto& [row, data] : m_rowsAt)
            keys << data.key;
        m_model.applyRemove(keys);
    }

    MappingsModel& m_model;
    QList<std::pair<int, MappingsModel::Row>> m_rowsAt; // ascending positions as they are when inserted
    bool m_insert;
};

} // namespace

MappingsModel::MappingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_validation.setSingleShot(true);
    m_validation.setInterval(0);
    connect(&m_validation, &QTimer::timeout, this, &MappingsModel::validateNow);
}

MappingsModel::~MappingsModel() = default;

void MappingsModel::reset(const QList<Row>& rows, const QList<Mapping>& base)
{
    beginResetModel();
    m_rows = rows;
    m_base.clear();
    for (const Mapping& mapping : base)
        m_base.insert(mapping.id, mapping);
    for (const Row& row : rows)
        m_lastNewKey = std::min(m_lastNewKey, row.key);
    m_issues = QList<QList<MappingIssue>>(m_rows.size());
    endResetModel();
    scheduleValidation();
}

void MappingsModel::setBase(const QList<Mapping>& base)
{
    m_base.clear();
    for (const Mapping& mapping : base)
        m_base.insert(mapping.id, mapping);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MappingsModel::setCertificates(const std::optional<QList<Certificate>>& certificates)
{
    m_certificates = certificates;
    m_certificateIndex.clear();
    if (m_certificates) {
        for (int i = 0; i < m_certificates->size(); ++i)
            m_certificateIndex.insert(QString::number(m_certificates->at(i).id), i);
    }
    scheduleValidation();
}

void MappingsModel::setLiveAt(const QHash<qint64, QDateTime>& liveAt)
{
    m_liveAt = liveAt;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::State)), index(rowCount() - 1, int(Column::State)));
}

QList<Mapping> MappingsModel::mappings() const
{
    QList<Mapping> result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.mapping);
    return result;
}

int MappingsModel::rowOfKey(qint64 key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

void MappingsModel::push(QUndoCommand* command)
{
    if (m_undo) {
        m_undo->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

QModelIndex MappingsModel::addMapping(Mapping mapping, int row)
{
    if (row < 0 || row > m_rows.size())
        row = static_cast<int>(m_rows.size());
    if (mapping.serviceId.isEmpty())
        mapping.serviceId = QStringLiteral("1");
    mapping.id = 0;
    const Row added{newKey(), mapping};
    push(new RowsCommand(*this, {{row, added}}, true, tr("Add mapping")));
    return index(rowOfKey(added.key), int(Column::Name));
}

void MappingsModel::duplicateRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, Row>> copies;
    int offset = 0;
    QStringList names;
    for (const int& row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        Row copy{newKey(), m_rows.at(row).mapping};
        copy.mapping.id = 0;
        // A copy needs its own name; the URL stays, so the validator points out the clash until it is changed.
        copy.mapping.name = tr("%1 (copy)").arg(copy.mapping.name);
        names << copy.mapping.name;
        copies.append({row + 1 + offset, copy});
        ++offset;
    }
    if (!copies.isEmpty())
        push(new RowsCommand(*this, copies, true, tr("Duplicate %n mapping(s)", nullptr, int(copies.size()))));
}

void MappingsModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, Row>> removed;
    for (const int& row : std::as_const(rows)) {
        if (row >= 0 && row < m_rows.size())
            removed.append({row, m_rows.at(row)});
    }
    if (!removed.isEmpty())
        push(new RowsCommand(*this, removed, false, tr("Delete %n mapping(s)", nullptr, int(removed.size()))));
}

void MappingsModel::setEnabledRows(const QList<int>& rows, bool enable)
{
    QList<int> changing;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && m_rows.at(row).mapping.enable != enable)
            changing << row;
    }
    if (changing.isEmpty())
        return;
    // One undo step for the whole selection: the field commands are children of one macro command.
    auto* macro = new QUndoCommand(enable ? tr("Enable %n mapping(s)", nullptr, int(changing.size()))
                                          : tr("Disable %n mapping(s)", nullptr, int(changing.size())));
    for (int row : std::as_const(changing)) {
        const Row& data = m_rows.at(row);
        new SetFieldCommand(*this, data.key, Column::Enabled, !enable, enable, data.mapping.name, macro);
    }
    push(macro);
}

void MappingsModel::appendMappings(const QList<Mapping>& mappings, const QString& undoText)
{
    QList<std::pair<int, Row>> added;
    int row = static_cast<int>(m_rows.size());
    for (Mapping mapping : mappings) {
        mapping.id = 0;
        added.append({row++, Row{newKey(), mapping}});
    }
    if (!added.isEmpty())
        push(new RowsCommand(*this, added, true, undoText));
}

QVariant MappingsModel::fieldValue(const Mapping& mapping, Column column)
{
    switch (column) {
    case Column::Name:
        return mapping.name;
    case Column::Service:
        return mapping.serviceId;
    case Column::Url:
        return mapping.url;
    case Column::Certificate:
        return mapping.certificationId;
    case Column::Enabled:
        return mapping.enable;
    default:
        return {};
    }
}

void MappingsModel::applyField(qint64 key, Column column, const QVariant& value)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    Mapping& mapping = m_rows[row].mapping;
    switch (column) {
    case Column::Name:
        mapping.name = value.toString();
        break;
    case Column::Service:
        mapping.serviceId = value.toString();
        break;
    case Column::Url:
        mapping.url = value.toString();
        break;
    case Column::Certificate:
        mapping.certificationId = value.toString();
        break;
    case Column::Enabled:
        mapping.enable = value.toBool();
        break;
    default:
        return;
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit edited();
    scheduleValidation();
}

void MappingsModel::applyInsert(const QList<std::pair<int, Row>>& rowsAt)
{
    // Ascending positions: each insert lands where it was (positions count the rows inserted before it).
    for (const auto& [position, data] : rowsAt) {
        const int at = std::clamp(position, 0, static_cast<int>(m_rows.size()));
        beginInsertRows({}, at, at);
        m_rows.insert(at, data);
        m_issues.insert(at, {});
        endInsertRows();
    }
    emit edited();
    scheduleValidation();
}

void MappingsModel::applyRemove(const QList<qint64>& keys)
{
    for (qint64 key : keys) {
        const int row = rowOfKey(key);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_issues.removeAt(row);
        endRemoveRows();
    }
    emit edited();
    scheduleValidation();
}

void MappingsModel::scheduleValidation()
{
    m_validation.start();
}

void MappingsModel::validateNow()
{
    m_validation.stop();
    QList<QList<MappingIssue>> previous = std::exchange(
        m_issues,
        MappingValidator::validate(mappings(), m_certificates, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()));
    m_errorRows = 0;
    m_warningRows = 0;
    for (const QList<MappingIssue>& issues : std::as_const(m_issues)) {
        if (MappingValidator::hasErrors(issues))
            ++m_errorRows;
        else if (!issues.isEmpty())
            ++m_warningRows;
    }
    // Only rows whose marks changed are announced: an open editor in another row keeps what is being typed.
    auto same = [](const QList<MappingIssue>& a, const QList<MappingIssue>& b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const MappingIssue& x, const MappingIssue& y) {
            return x.severity == y.severity && x.field == y.field && x.code == y.code && x.message == y.message;
        });
    };
    const bool comparable = previous.size() == m_issues.size();
    int first = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        const bool changed = row < m_rows.size() && (!comparable || !same(previous.at(row), m_issues.at(row)));
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, columnCount() - 1));
            first = -1;
        }
    }
    emit validated();
}

const QList<MappingIssue>& MappingsModel::issuesAt(int row) const
{
    static const QList<MappingIssue> none;
    return row >= 0 && row < m_issues.size() ? m_issues.at(row) : none;
}

MappingsModel::Change MappingsModel::changeAt(int row) const
{
    const Row& data = m_rows.at(row);
    if (data.key < 0 || data.mapping.id <= 0)
        return Change::Added;
    const auto it = m_base.constFind(data.mapping.id);
    if (it == m_base.cend())
        return Change::Added;
    const Mapping& base = it.value();
    const Mapping& now = data.mapping;
    const bool same = base.name == now.name && base.serviceId == now.serviceId && base.url == now.url &&
                      base.certificationId == now.certificationId && base.enable == now.enable;
    return same ? Change::None : Change::Changed;
}

QString MappingsModel::certificateText(const QString& certificationId) const
{
    if (certificationId.isEmpty())
        return tr("(choose)");
    if (!m_certificates)
        return certificationId;
    const auto it = m_certificateIndex.constFind(certificationId);
    if (it == m_certificateIndex.cend())
        return tr("%1 (unknown)").arg(certificationId);
    const Certificate& certificate = m_certificates->at(it.value());
    const QString expiry = certificate.expirationDate.isValid()
                               ? QLocale().toString(certificate.expirationDate.toLocalTime().date(), QLocale::ShortFormat)
                               : tr("no date");
    return tr("%1 · expires %2").arg(certificate.name, expiry);
}

QString MappingsModel::stateText(int row) const
{
    const Row& data = m_rows.at(row);
    switch (changeAt(row)) {
    case Change::Added:
        return tr("new, not saved");
    case Change::Changed:
        return tr("changed, not saved");
    case Change::None:
        break;
    }
    if (!data.mapping.enable)
        return tr("disabled");
    const QDateTime live = m_liveAt.value(data.mapping.id);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (live.isValid() && live > now)
        return tr("saved · live at %1").arg(Messages::clockTime(live));
    return tr("saved");
}

int MappingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MappingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MappingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row& data = m_rows.at(row);
    const Mapping& mapping = data.mapping;
    const auto column = static_cast<Column>(index.column());
    const QList<MappingIssue>& rowIssues = issuesAt(row);
    auto cellIssues = [&] {
        QList<MappingIssue> result;
        for (const MappingIssue& issue : rowIssues) {
            if (issue.field == fieldOf(column) && column != Column::State)
                result << issue;
        }
        return result;
    };

    switch (role) {
    case KeyRole:
        return data.key;
    case MappingRole:
        return QVariant::fromValue(mapping);
    case HasErrorRole:
        return MappingValidator::hasErrors(rowIssues);
    case ChangeRole:
        return QVariant::fromValue(changeAt(row));
    case IssuesRole: {
        QStringList messages;
        for (const MappingIssue& issue : rowIssues)
            messages << issue.message;
        return messages;
    }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Column::Name:
            return mapping.name;
        case Column::Service:
            return MappingServices::isKnown(mapping.serviceId)
                       ? QStringLiteral("%1 (%2)").arg(MappingServices::name(mapping.serviceId), mapping.serviceId)
                       : mapping.serviceId;
        case Column::Url:
            return mapping.url;
        case Column::Certificate:
            return certificateText(mapping.certificationId);
        case Column::Enabled:
            return role == Qt::AccessibleTextRole ? (mapping.enable ? tr("enabled") : tr("disabled")) : QVariant();
        case Column::State:
            return stateText(row);
        case Column::Count:
            break;
        }
        break;
    case Qt::EditRole:
        return fieldValue(mapping, column);
    case SortRole:
        if (column == Column::Enabled)
            return int(mapping.enable);
        if (column == Column::State)
            return int(changeAt(row)) * 2 + int(!mapping.enable);
        if (column == Column::Certificate || column == Column::Url || column == Column::Service)
            return fieldValue(mapping, column).toString();
        return mapping.name.toCaseFolded();
    case Qt::CheckStateRole:
        if (column == Column::Enabled)
            return mapping.enable ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const MappingIssue& issue : cellIssues())
            lines << (issue.severity == MappingIssue::Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message);
        if (column == Column::State && changeAt(row) == Change::None && mapping.enable)
            lines << tr("The service's runtime sees a saved change about 5 minutes after it was saved.");
        return lines.isEmpty() ? QVariant() : lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole: {
        const QList<MappingIssue> issues = cellIssues();
        if (MappingValidator::hasErrors(issues))
            return CellTones::error();
        if (!issues.isEmpty())
            return CellTones::warning();
        break;
    }
    case Qt::BackgroundRole: {
        if (MappingValidator::hasErrors(cellIssues()))
            return CellTones::errorBackground();
        break;
    }
    case Qt::FontRole:
        if (changeAt(row) != Change::None && column == Column::State) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MappingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Service:
        return tr("Service");
    case Column::Url:
        return tr("URL");
    case Column::Certificate:
        return tr("Certificate");
    case Column::Enabled:
        return tr("Enabled");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags MappingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto column = static_cast<Column>(index.column());
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (column == Column::Enabled)
        flags |= Qt::ItemIsUserCheckable;
    else if (column != Column::State)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MappingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto column = static_cast<Column>(index.column());
    QVariant after;
    if (column == Column::Enabled && role == Qt::CheckStateRole)
        after = value.value<Qt::CheckState>() == Qt::Checked;
    else if (column == Column::Enabled && role == Qt::EditRole)
        after = value.toBool();
    else if (role == Qt::EditRole && column != Column::State && column != Column::Enabled)
        after = value.toString();
    else
        return false;
    const Row& data = m_rows.at(index.row());
    const QVariant before = fieldValue(data.mapping, column);
    if (before == after)
        return true;
    push(new SetFieldCommand(*this, data.key, column, before, after, data.mapping.name));
    return true;
}

} // namespace mtlsdesk
