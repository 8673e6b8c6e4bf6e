#pragma once

// The account's mappings as an editable table: name, service, full URL, certificate, enabled, and what the
// runtime makes of the row ("live at 14:05", "not saved"). Edits are local until the editor saves them; every
// edit (a cell, adding, duplicating, deleting rows, bulk enable/disable) is an undo command on the QUndoStack
// given to the model. Rows keep a stable key (the service id, or a negative number for new rows) so that undo
// and the save diff survive sorting and filtering. Validation (MappingValidator) runs after every change,
// coalesced, and marks invalid cells (icon, colour, tooltip with the sentence).

#include "certs/Certificate.h"
#include "mappings/Mapping.h"
#include "mappings/MappingValidator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

class QUndoCommand;
class QUndoStack;

namespace mtlsdesk {

class MappingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Service, Url, Certificate, Enabled, State, Count };
    Q_ENUM(Column)
    enum Role { KeyRole = Qt::UserRole + 1, SortRole, MappingRole, IssuesRole, HasErrorRole, ChangeRole };
    enum class Change { None, Added, Changed };
    Q_ENUM(Change)

    struct Row
    {
        qint64 key = 0; // > 0: the mapping's id on the service; < 0: a new row
        Mapping mapping;
    };

    explicit MappingsModel(QObject* parent = nullptr);
    ~MappingsModel() override;

    // Without a stack edits are applied directly (and cannot be undone).
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    QUndoStack* undoStack() const { return m_undo; }

    // Replaces everything (a load, a draft, a rebase): not undoable; `base` is what the service has.
    void reset(const QList<Row>& rows, const QList<Mapping>& base);
    void setBase(const QList<Mapping>& base);
    void setCertificates(const std::optional<QList<Certificate>>& certificates);
    // When a saved change reaches the runtime (its ~5 minute cache), per mapping id.
    void setLiveAt(const QHash<qint64, QDateTime>& liveAt);
    void setNow(const QDateTime& now) { m_now = now; }

    const QList<Row>& rows() const { return m_rows; }
    QList<Mapping> mappings() const;
    const Mapping& mappingAt(int row) const { return m_rows.at(row).mapping; }
    int rowOfKey(qint64 key) const;
    qint64 newKey() { return --m_lastNewKey; }

    // Undoable edits; rows are source rows.
    QModelIndex addMapping(Mapping mapping = {}, int row = -1);
    void duplicateRows(QList<int> rows);
    void removeRowList(QList<int> rows);
    void setEnabledRows(const QList<int>& rows, bool enable);
    // Appends imported mappings (one undo step).
    void appendMappings(const QList<Mapping>& mappings, const QString& undoText);

    // Validation: coalesced after changes; validateNow() for callers that need it at once.
    void validateNow();
    const QList<MappingIssue>& issuesAt(int row) const;
    int errorRows() const { return m_errorRows; }
    int warningRows() const { return m_warningRows; }
    Change changeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Used by the undo commands.
    void applyField(qint64 key, Column column, const QVariant& value);
    void applyInsert(const QList<std::pair<int, Row>>& rowsAt);
    void applyRemove(const QList<qint64>& keys);

signals:
    void validated();
    void edited();

private:
    static QVariant fieldValue(const Mapping& mapping, Column column);
    void push(QUndoCommand* command);
    void scheduleValidation();
    QString certificateText(const QString& certificationId) const;
    QString stateText(int row) const;

    QList<Row> m_rows;
    QHash<qint64, Mapping> m_base; // by id
    std::optional<QList<Certificate>> m_certificates;
    QHash<QString, int> m_certificateIndex; // id text -> index in m_certificates
    QHash<qint64, QDateTime> m_liveAt;
    QList<QList<MappingIssue>> m_issues;
    int m_errorRows = 0;
    int m_warningRows = 0;
    QTimer m_validation;
    QUndoStack* m_undo = nullptr;
    qint64 m_lastNewKey = 0;
    QDateTime m_now;
};

} // namespace mtlsdesk
