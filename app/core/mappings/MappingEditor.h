#pragma once

// One editing session over the account's mappings: the service's list and revision (the base), the admin's
// working copy (a MappingsModel with an undo stack), the diff between them, saving, conflicts and drafts.
//
//   Empty --load()--> Loading --list--> Ready --save()--> Saving --all written--> Ready (base = service)
//                                         ^                  \--409 / failure--> re-read, rebase edits --> Ready
//                                         \------------------------------------------------------------/
//
// No edit is ever lost: the working copy is written to a draft file (no secrets: names, URLs, ids) after
// every change and read back at the next load; after a failed or conflicting save the editor re-reads the
// service and re-applies the admin's remaining edits on top of what is there now (a rebase), reporting what
// the service changed meanwhile and where both sides touched the same mapping.

#include "mappings/Mapping.h"
#include "models/MappingsModel.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace mtlsdesk {

class ApiJob;
class Workspace;

struct MappingDiff
{
    QList<Mapping> added;
    QList<std::pair<Mapping, Mapping>> changed; // (service's, working copy's)
    QList<Mapping> deleted;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && deleted.isEmpty(); }
    int size() const { return int(added.size() + changed.size() + deleted.size()); }
    // base: what the service has; rows: the working copy (rows with id 0 are new).
    static MappingDiff between(const QList<Mapping>& base, const QList<Mapping>& rows);
    // The fields that differ, for the diff dialog ("url", "enable", ...).
    static QStringList changedFields(const Mapping& before, const Mapping& after);
};

// Re-applies `edits` (the diff from oldBase to the working copy) on top of `newBase`. Returns the new working
// rows; `clashes` gets one sentence per mapping that both sides changed or the service deleted.
QList<MappingsModel::Row> rebase(const QList<Mapping>& newBase, const MappingDiff& edits, QStringList* clashes,
                                 qint64* lastNewKey);

class MappingEditor : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready, Saving };
    Q_ENUM(State)

    explicit MappingEditor(Workspace& workspace, QObject* parent = nullptr);
    ~MappingEditor() override;

    MappingsModel& model() { return m_model; }
    QUndoStack& undoStack() { return m_undo; }
    State state() const { return m_state; }
    bool isLoaded() const { return m_loaded; }
    QByteArray revision() const { return m_revision; }
    const QList<Mapping>& base() const { return m_base; }
    MappingDiff diff() const { return MappingDiff::between(m_base, m_model.mappings()); }
    bool hasChanges() const { return !diff().isEmpty(); }
    // Why the editor cannot talk to the service now, or empty.
    QString unavailableReason() const;
    // Where the draft of the current environment and account lives.
    QString draftPath() const;
    // Mapping count per certificate id in the working copy (the Certificates table's "used by").
    QHash<qint64, int> usageByCertificate() const;
    // When the last save of each mapping reaches the runtime (kept in settings across restarts).
    const QHash<qint64, QDateTime>& liveAt() const { return m_liveAt; }

public slots:
    void load();
    void save();
    // Back to what the service has (undoable only by reloading the draft: asks first in the UI).
    void discard();

signals:
    void stateChanged(mtlsdesk::MappingEditor::State state);
    void loaded(int restoredEdits);
    void saved(int writes);
    // Something went wrong; the edits are kept (and rebased when the service was re-read).
    void failed(const QString& sentence, const mtlsdesk::ApiError& error);
    // A 409 or a failed save: the service changed meanwhile; `serverChanges` is what it changed, `clashes` the
    // mappings both sides touched. The working copy now holds the admin's edits on top of the new state.
    void rebased(const mtlsdesk::MappingDiff& serverChanges, const QStringList& clashes);

private:
    void setState(State state);
    QString host() const;
    void startList(std::function<void(const QList<Mapping>&, const QByteArray&)> then);
    void writeNext();
    void finishSave();
    void recoverFromFailure(const ApiError& error, const QString& sentence);
    void writeDraft();
    void removeDraft();
    void readLiveAt();
    void storeLiveAt();
    void updateCertificates();
    template <typename Job> Job* track(Job* job);

    Workspace& m_workspace;
    MappingsModel m_model;
    QUndoStack m_undo;
    QList<Mapping> m_base;
    QByteArray m_revision;
    State m_state = State::Empty;
    bool m_loaded = false;
    QTimer m_draftTimer;
    QPointer<ApiJob> m_job;
    // Writes went out since the service was last read: the base may be behind the service (a save whose re-read
    // failed, a lost answer), so the diff may hold edits that already landed. save() re-reads first then.
    bool m_baseStale = false;
    bool m_saveWhenLoaded = false;
    // Saving: the queue of writes still to send, and what was written.
    MappingDiff m_pending;
    int m_written = 0;
    QHash<qint64, QDateTime> m_liveAt;
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::MappingDiff)
