#include "mappings/MappingEditor.h"

#include "settings/AppSettings.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingJobs.h"
#include "secrets/SecretFile.h"
#include "text/Messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcMappings, "mtlsdesk.mappings")

namespace mtlsdesk {

namespace {

// The service's runtime reads configuration through a cache of about five minutes (contract §7).
constexpr qint64 RuntimeCacheSeconds = 5 * 60;

bool sameContent(const Mapping& a, const Mapping& b)
{
    return a.name == b.name && a.serviceId == b.serviceId && a.url == b.url && a.certificationId == b.certificationId &&
           a.enable == b.enable;
}

QList<MappingsModel::Row> rowsOf(const QList<Mapping>& mappings)
{
    QList<MappingsModel::Row> rows;
    rows.reserve(mappings.size());
    for (const Mapping& mapping : mappings)
        rows.append({mapping.id, mapping});
    return rows;
}

} // namespace

// --- diff and rebase ----------------------------------------------------------------------------------------

MappingDiff MappingDiff::between(const QList<Mapping>& base, const QList<Mapping>& rows)
{
    MappingDiff diff;
    QHash<qint64, const Mapping*> baseById;
    baseById.reserve(base.size());
    for (const Mapping& mapping : base)
        baseById.insert(mapping.id, &mapping);
    QSet<qint64> seen;
    for (const Mapping& row : rows) {
        const Mapping* before = row.id > 0 ? baseById.value(row.id) : nullptr;
        if (!before) {
            diff.added.append(row);
            continue;
        }
        seen.insert(row.id);
        if (!sameContent(*before, row))
            diff.changed.append({*before, row});
    }
    for (const Mapping& mapping : base) {
        if (!seen.contains(mapping.id))
            diff.deleted.append(mapping);
    }
    return diff;
}

QStringList MappingDiff::changedFields(const Mapping& before, const Mapping& after)
{
    QStringList fields;
    if (before.name != after.name)
        fields << QStringLiteral("name");
    if (before.serviceId != after.serviceId)
        fields << QStringLiteral("serviceId");
    if (before.url != after.url)
        fields << QStringLiteral("url");
    if (before.certificationId != after.certificationId)
        fields << QStringLiteral("certificationId");
    if (before.enable != after.enable)
        fields << QStringLiteral("enable");
    return fields;
}

QList<MappingsModel::Row> rebase(const QList<Mapping>& newBase, const MappingDiff& edits, QStringList* clashes,
                                 qint64* lastNewKey)
{
    QList<MappingsModel::Row> rows = rowsOf(newBase);
    auto find = [&rows](qint64 id) {
        return std::find_if(rows.begin(), rows.end(), [id](const MappingsModel::Row& row) { return row.key == id; });
    };
    auto clash = [clashes](const QString& sentence) {
        if (clashes)
            clashes->append(sentence);
    };
    for (const Mapping& deleted : edits.deleted) {
        const auto it = find(deleted.id);
        if (it == rows.end())
            continue; // gone on the service too
        if (!sameContent(it->mapping, deleted))
            clash(MappingEditor::tr("\"%1\" was changed on the service, and you deleted it: it stays deleted in your "
                                    "copy.")
                      .arg(deleted.name));
        rows.erase(it);
    }
    for (const auto& [before, after] : edits.changed) {
        const auto it = find(before.id);
        if (it == rows.end()) {
            clash(MappingEditor::tr("\"%1\" was deleted on the service; your edit is kept as a new mapping.")
                      .arg(after.name));
            Mapping again = after;
            again.id = 0;
            rows.append({--*lastNewKey, again});
            continue;
        }
        if (sameContent(it->mapping, after))
            continue; // the service has the edit already: a save whose answer was lost did land
        if (!sameContent(it->mapping, before)) {
            // Both sides changed it: the admin's fields win where the admin changed them, the service's elsewhere.
            Mapping merged = it->mapping;
            const QStringList mine = MappingDiff::changedFields(before, after);
            for (const QString& field : mine) {
                if (field == QLatin1String("name"))
                    merged.name = after.name;
                else if (field == QLatin1String("serviceId"))
                    merged.serviceId = after.serviceId;
                else if (field == QLatin1String("url"))
                    merged.url = after.url;
                else if (field == QLatin1String("certificationId"))
                    merged.certificationId = after.certificationId;
                else if (field == QLatin1String("enable"))
                    merged.enable = after.enable;
            }
            const QStringList theirs = MappingDiff::changedFields(before, it->mapping);
            QStringList both;
            for (const QString& field : theirs) {
                if (mine.contains(field))
                    both << field;
            }
            if (!both.isEmpty())
                clash(MappingEditor::tr("\"%1\" was changed on the service too (%2): your values are kept; check them "
                                        "before saving.")
                          .arg(after.name, both.join(QStringLiteral(", "))));
            it->mapping = merged;
        } else {
            it->mapping = after;
        }
    }
    for (const Mapping& added : edits.added) {
        // Names are unique in the account: the same mapping on the service is this edit, created by a save whose
        // answer was lost. Adding it again would only be refused as a duplicate.
        const bool landed = std::any_of(newBase.cbegin(), newBase.cend(),
                                        [&added](const Mapping& mapping) { return sameContent(mapping, added); });
        if (landed)
            continue;
        Mapping copy = added;
        copy.id = 0;
        rows.append({--*lastNewKey, copy});
    }
    return rows;
}

// --- the editor ---------------------------------------------------------------------------------------------

MappingEditor::MappingEditor(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_model.setUndoStack(&m_undo);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(300);
    connect(&m_draftTimer, &QTimer::timeout, this, &MappingEditor::writeDraft);
    connect(&m_model, &MappingsModel::edited, &m_draftTimer, qOverload<>(&QTimer::start));

    CertificatesModel& certificates = workspace.certificates().model();
    connect(&certificates, &QAbstractItemModel::modelReset, this, &MappingEditor::updateCertificates);
    connect(&certificates, &QAbstractItemModel::rowsInserted, this, &MappingEditor::updateCertificates);
    connect(&certificates, &QAbstractItemModel::rowsRemoved, this, &MappingEditor::updateCertificates);
    connect(&certificates, &QAbstractItemModel::dataChanged, this, &MappingEditor::updateCertificates);
    connect(&m_model, &MappingsModel::validated, this, [this] {
        m_workspace.certificates().model().setUsage(usageByCertificate());
    });

    // A new account or environment: keep the current draft on disk, start empty.
    auto clear = [this] {
        if (m_draftTimer.isActive())
            writeDraft();
        if (m_job)
            m_job->abort();
        m_base.clear();
        m_revision.clear();
        m_loaded = false;
        m_baseStale = false;
        m_saveWhenLoaded = false;
        m_undo.clear();
        m_model.reset({}, {});
        readLiveAt();
        setState(State::Empty);
    };
    connect(&workspace, &Workspace::accountChanged, this, clear);
    connect(&workspace, &Workspace::environmentChanged, this, clear);
}

MappingEditor::~MappingEditor()
{
    if (m_draftTimer.isActive())
        writeDraft();
}

void MappingEditor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString MappingEditor::host() const
{
    return m_workspace.domains().host(Domains::AccountConfigReadWrite);
}

QString MappingEditor::unavailableReason() const
{
    if (!m_workspace.session().isLoggedIn() && !m_workspace.apiContext().appKey.isComplete())
        return tr("Log in first: mapping calls need a session or the account's AppKey.");
    if (host().isEmpty())
        return tr("The account has no accountConfigReadWrite domain. Check the Domains step.");
    return {};
}

void MappingEditor::readLiveAt()
{
    m_liveAt = AppSettings().mappingsLiveAt(m_workspace.environment().id(), m_workspace.accountId());
}

void MappingEditor::storeLiveAt()
{
    // Times that have passed say nothing any more.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_liveAt.removeIf([&now](const auto& entry) { return entry.value() <= now; });
    AppSettings().setMappingsLiveAt(m_workspace.environment().id(), m_workspace.accountId(), m_liveAt);
}

QString MappingEditor::draftPath() const
{
    QString id = m_workspace.environment().id() + QLatin1Char('-') + m_workspace.accountId();
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/mappings-") +
           id + QStringLiteral(".json");
}

QHash<qint64, int> MappingEditor::usageByCertificate() const
{
    QHash<qint64, int> usage;
    for (const MappingsModel::Row& row : m_model.rows())
        ++usage[row.mapping.certificationId.toLongLong()];
    return usage;
}

void MappingEditor::updateCertificates()
{
    CertificateManager& manager = m_workspace.certificates();
    m_model.setCertificates(manager.isLoaded() ? std::optional(manager.model().certificates()) : std::nullopt);
}

template <typename Job> Job* MappingEditor::track(Job* job)
{
    m_workspace.track(job);
    m_job = job;
    connect(job, &ApiJob::finished, job, &QObject::deleteLater);
    return job;
}

void MappingEditor::startList(std::function<void(const QList<Mapping>&, const QByteArray&)> then)
{
    auto* job = track(new MappingListJob(m_workspace.network(), m_workspace.apiContext(), host(), false, this));
    connect(job, &MappingListJob::listed, this,
            [then = std::move(then)](const QList<Mapping>& mappings, const QByteArray& revision) {
                then(mappings, revision);
            });
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_saveWhenLoaded = false;
        setState(m_loaded ? State::Ready : State::Empty);
        if (error.kind != ApiError::Kind::Canceled)
            emit failed(Messages::apiError(error, tr("Reading the mappings")), error);
    });
    job->start();
}

void MappingEditor::load()
{
    if (m_state == State::Loading || m_state == State::Saving)
        return;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        emit failed(reason, error);
        return;
    }
    setState(State::Loading);
    startList([this](const QList<Mapping>& server, const QByteArray& revision) {
        // The edits to keep: those in memory (a reload), or else those of the draft from the last session.
        MappingDiff edits;
        if (m_loaded) {
            edits = diff();
        } else {
            QFile file(draftPath());
            if (file.open(QIODevice::ReadOnly)) {
                const QJsonObject draft = QJsonDocument::fromJson(file.readAll()).object();
                const auto base = Mapping::listFromJson(QJsonDocument(draft.value(QLatin1String("base")).toArray()).toJson());
                const auto rows = Mapping::listFromJson(QJsonDocument(draft.value(QLatin1String("rows")).toArray()).toJson());
                if (base && rows)
                    edits = MappingDiff::between(*base, *rows);
                else
                    qCWarning(lcMappings) << "ignoring an unreadable draft" << file.fileName();
            }
        }
        const MappingDiff serverChanges = m_loaded ? MappingDiff::between(m_base, server) : MappingDiff();
        QStringList clashes;
        qint64 lastNewKey = 0;
        for (const MappingsModel::Row& row : m_model.rows())
            lastNewKey = std::min(lastNewKey, row.key);
        const QList<MappingsModel::Row> rows = rebase(server, edits, &clashes, &lastNewKey);
        m_base = server;
        m_revision = revision;
        const bool wasLoaded = m_loaded;
        m_loaded = true;
        m_model.reset(rows, server);
        m_model.setLiveAt(m_liveAt);
        updateCertificates();
        if (!wasLoaded)
            m_undo.clear();
        setState(State::Ready);
        emit loaded(wasLoaded ? 0 : edits.size());
        if (wasLoaded && (!serverChanges.isEmpty() || !clashes.isEmpty()))
            emit rebased(serverChanges, clashes);
        m_baseStale = false;
        if (edits.isEmpty())
            removeDraft();
        if (std::exchange(m_saveWhenLoaded, false))
            save();
    });
}

void MappingEditor::discard()
{
    m_undo.clear();
    m_model.reset(rowsOf(m_base), m_base);
    removeDraft();
}

void MappingEditor::save()
{
    if (m_state != State::Ready)
        return;
    if (m_baseStale) {
        // Sending the diff against a base the service has moved past would repeat writes that already landed
        // (a create would come back as a duplicate): read the service, re-apply what is left, then save that.
        m_saveWhenLoaded = true;
        load();
        return;
    }
    m_model.validateNow();
    if (m_model.errorRows() > 0) {
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        emit failed(tr("%n mapping(s) have errors; fix them before saving (the service would refuse them).", nullptr,
                       m_model.errorRows()),
                    error);
        return;
    }
    m_pending = diff();
    m_written = 0;
    if (m_pending.isEmpty()) {
        emit saved(0);
        return;
    }
    writeDraft(); // the edits are on disk before the first write goes out
    m_baseStale = true; // until the service is read again after these writes
    setState(State::Saving);
    writeNext();
}

// Deletes first (a deleted mapping frees its name and key), then updates, then one create with all new rows.
void MappingEditor::writeNext()
{
    const ApiContext context = m_workspace.apiContext();
    ApiJob* job = nullptr;
    const QDateTime live = QDateTime::currentDateTimeUtc().addSecs(RuntimeCacheSeconds);
    if (!m_pending.deleted.isEmpty()) {
        const Mapping mapping = m_pending.deleted.takeFirst();
        auto* remove = track(new MappingDeleteJob(m_workspace.network(), context, host(), mapping.id, m_revision, this));
        connect(remove, &MappingDeleteJob::deleted, this, [this, live](qint64 id, const QByteArray& revision) {
            m_revision = revision.isEmpty() ? m_revision : revision;
            m_liveAt.insert(id, live);
            ++m_written;
            writeNext();
        });
        job = remove;
    } else if (!m_pending.changed.isEmpty()) {
        const Mapping mapping = m_pending.changed.takeFirst().second;
        auto* update = track(new MappingUpdateJob(m_workspace.network(), context, host(), mapping, m_revision, this));
        connect(update, &MappingUpdateJob::updated, this, [this, live](const Mapping& saved, const QByteArray& revision) {
            m_revision = revision.isEmpty() ? m_revision : revision;
            m_liveAt.insert(saved.id, live);
            ++m_written;
            writeNext();
        });
        job = update;
    } else if (!m_pending.added.isEmpty()) {
        const QList<Mapping> added = std::exchange(m_pending.added, {});
        auto* create = track(new MappingCreateJob(m_workspace.network(), context, host(), added, m_revision, this));
        connect(create, &MappingCreateJob::created, this,
                [this, live](const QList<Mapping>& created, const QByteArray& revision) {
                    m_revision = revision.isEmpty() ? m_revision : revision;
                    for (const Mapping& mapping : created)
                        m_liveAt.insert(mapping.id, live);
                    m_written += int(created.size());
                    writeNext();
                });
        job = create;
    } else {
        finishSave();
        return;
    }
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        const QString sentence = error.kind == ApiError::Kind::Conflict
                                     ? tr("The mappings changed on the service while you edited them (HTTP 409). Your "
                                          "edits are kept and re-applied on top of the current state: review them "
                                          "and save again.")
                                     : Messages::apiError(error, tr("Saving the mappings"));
        recoverFromFailure(error, sentence);
    });
    job->start();
}

void MappingEditor::finishSave()
{
    // Re-read: the service's own view (ids, revision) becomes the base; nothing is left to save.
    startList([this](const QList<Mapping>& server, const QByteArray& revision) {
        m_base = server;
        m_revision = revision;
        m_baseStale = false;
        m_undo.clear();
        m_model.reset(rowsOf(server), server);
        storeLiveAt();
        m_model.setLiveAt(m_liveAt);
        updateCertificates();
        removeDraft();
        setState(State::Ready);
        emit saved(m_written);
    });
}

void MappingEditor::recoverFromFailure(const ApiError& error, const QString& sentence)
{
    storeLiveAt(); // the writes that did go through
    m_model.setLiveAt(m_liveAt);
    emit failed(sentence, error);
    if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Canceled) {
        // No point in re-reading with the same credentials: keep the working copy (and its draft) as it is.
        setState(State::Ready);
        return;
    }
    // Part of the save may have reached the service: re-read it and re-apply what is still to do.
    setState(State::Ready);
    load();
}

void MappingEditor::writeDraft()
{
    m_draftTimer.stop();
    if (!m_loaded)
        return;
    const MappingDiff edits = diff();
    if (edits.isEmpty()) {
        removeDraft();
        return;
    }
    QJsonArray base;
    for (const Mapping& mapping : std::as_const(m_base))
        base.append(mapping.toJson());
    QJsonArray rows;
    for (const Mapping& mapping : m_model.mappings()) {
        QJsonObject row = mapping.toJson();
        row.insert(QStringLiteral("id"), mapping.id); // 0 for a new row: still a readable mapping object
        rows.append(row);
    }
    const QJsonObject draft{{QStringLiteral("environment"), m_workspace.environment().id()},
                            {QStringLiteral("accountId"), m_workspace.accountId()},
                            {QStringLiteral("revision"), QString::fromLatin1(m_revision)},
                            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {QStringLiteral("base"), base},
                            {QStringLiteral("rows"), rows}};
    QString error;
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    if (!writeOwnerOnlyFile(draftPath(), QJsonDocument(draft).toJson(QJsonDocument::Indented), &error))
        qCWarning(lcMappings).noquote() << "could not write the draft:" << error;
}

void MappingEditor::removeDraft()
{
    m_draftTimer.stop();
    QFile::remove(draftPath());
}

} // namespace mtlsdesk
