#include "pages/MappingsPage.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "dialogs/MappingDiffDialog.h"
#include "mappings/MappingEditor.h"
#include "mappings/MappingsIo.h"
#include "models/MappingsModel.h"
#include "models/MappingsProxyModel.h"
#include "widgets/MappingDelegates.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mtlsdesk {

using Column = MappingsModel::Column;

MappingsPage::MappingsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_toolBar(new QToolBar(this))
    , m_banner(new QLabel(this))
    , m_loginButton(new QPushButton(tr("Go to &login"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_filterCombo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_proxy(new MappingsProxyModel(this))
    , m_issues(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingsPage"));
    MappingEditor& editor = workspace.mappings();
    MappingsModel& model = editor.model();

    m_toolBar->setObjectName(QStringLiteral("mappingsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto setShortcut = [](QAction* action, const QKeySequence& shortcut) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    };
    auto add = [this, &setShortcut](QStyle::StandardPixmap icon, const QString& text, const QString& name, auto slot,
                                    const QKeySequence& shortcut = {}) {
        QAction* action = m_toolBar->addAction(style()->standardIcon(icon), text, this, slot);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            setShortcut(action, shortcut);
        return action;
    };
    m_addAction = add(QStyle::SP_FileIcon, tr("&Add"), QStringLiteral("addMappingAction"), &MappingsPage::addMapping,
                      QKeySequence::New);
    m_duplicateAction = add(QStyle::SP_FileDialogNewFolder, tr("D&uplicate"), QStringLiteral("duplicateMappingAction"),
                            &MappingsPage::duplicateSelected, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = add(QStyle::SP_TrashIcon, tr("&Delete"), QStringLiteral("deleteMappingAction"),
                         &MappingsPage::deleteSelected, QKeySequence::Delete);
    m_enableAction = add(QStyle::SP_DialogApplyButton, tr("&Enable"), QStringLiteral("enableMappingsAction"),
                         &MappingsPage::enableSelected);
    m_disableAction = add(QStyle::SP_DialogCancelButton, tr("D&isable"), QStringLiteral("disableMappingsAction"),
                          &MappingsPage::disableSelected);
    m_toolBar->addSeparator();
    m_undoAction = editor.undoStack().createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoMappingAction"));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    setShortcut(m_undoAction, QKeySequence::Undo);
    m_redoAction = editor.undoStack().createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoMappingAction"));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    setShortcut(m_redoAction, QKeySequence::Redo);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    // Their text names the edit ("Undo Change URL of …"): icons keep the toolbar short, the tooltip tells.
    for (QAction* action : {m_undoAction, m_redoAction}) {
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_toolBar->addSeparator();
    m_saveAction = add(QStyle::SP_DialogSaveButton, tr("&Save…"), QStringLiteral("saveMappingsAction"),
                       &MappingsPage::reviewAndSave, QKeySequence::Save);
    m_reloadAction = add(QStyle::SP_BrowserReload, tr("Re&load"), QStringLiteral("reloadMappingsAction"),
                         &MappingsPage::reload, QKeySequence::Refresh);
    m_discardAction = add(QStyle::SP_DialogResetButton, tr("Disca&rd…"), QStringLiteral("discardMappingsAction"),
                          &MappingsPage::discardEdits);
    m_toolBar->addSeparator();
    m_importAction = add(QStyle::SP_DialogOpenButton, tr("I&mport…"), QStringLiteral("importMappingsAction"),
                         &MappingsPage::importFile);
    m_exportAction =
        add(QStyle::SP_DriveFDIcon, tr("E&xport…"), QStringLiteral("exportMappingsAction"), &MappingsPage::exportFile);
    addActions(m_toolBar->actions());

    m_banner->setObjectName(QStringLiteral("mappingsBanner"));
    m_banner->setWordWrap(true);
    m_loginButton->setObjectName(QStringLiteral("mappingsLoginButton"));

    m_searchEdit->setObjectName(QStringLiteral("mappingSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, service, URL or certificate"));
    m_searchEdit->setAccessibleName(tr("Search mappings"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(360);
    m_filterCombo->setObjectName(QStringLiteral("mappingFilterComboBox"));
    m_filterCombo->setAccessibleName(tr("Show mappings"));
    m_filterCombo->addItem(tr("All"), int(MappingsProxyModel::Kind::All));
    m_filterCombo->addItem(tr("With problems"), int(MappingsProxyModel::Kind::WithProblems));
    m_filterCombo->addItem(tr("Not saved"), int(MappingsProxyModel::Kind::Unsaved));
    m_filterCombo->addItem(tr("Disabled"), int(MappingsProxyModel::Kind::Disabled));
    m_filterCombo->setItemData(1, tr("Rows with errors (which keep the mappings from being saved) or warnings"),
                               Qt::ToolTipRole);

    m_proxy->setMappingsModel(&model);
    m_table->setObjectName(QStringLiteral("mappingsTableView"));
    m_table->setAccessibleName(tr("Mappings of the account"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(int(Column::Name), new NameDelegate(m_table));
    m_table->setItemDelegateForColumn(int(Column::Service), new ServiceDelegate(m_table));
    m_table->setItemDelegateForColumn(int(Column::Url), new UrlDelegate(m_table));
    m_table->setItemDelegateForColumn(int(Column::Certificate),
                                      new CertificateDelegate(workspace.certificates().model(), m_table));
    // The service's order until the admin clicks a header (a click cycles back to it).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Url), QHeaderView::Stretch);
    header->resizeSection(int(Column::Name), 170);
    header->resizeSection(int(Column::Service), 130);
    header->resizeSection(int(Column::Certificate), 270);
    header->resizeSection(int(Column::Enabled), 70);
    header->resizeSection(int(Column::State), 150);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* action : {m_addAction, m_duplicateAction, m_deleteAction, m_enableAction, m_disableAction})
        m_table->addAction(action);

    m_issues->setObjectName(QStringLiteral("mappingIssuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setAccessibleName(tr("Problems of the selected mapping"));
    m_status->setObjectName(QStringLiteral("mappingsStatusLabel"));
    m_status->setAccessibleName(tr("Mapping counts"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_message->setObjectName(QStringLiteral("mappingsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filterCombo);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(filterLabel);
    searchRow->addWidget(m_filterCombo);
    searchRow->addStretch(1);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_loginButton);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(bannerRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issues);
    layout->addLayout(statusRow);
    layout->addWidget(m_message);

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &MappingsProxyModel::setText);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(static_cast<MappingsProxyModel::Kind>(m_filterCombo->currentData().toInt()));
        updateStatus();
    });
    connect(m_loginButton, &QPushButton::clicked, this, &MappingsPage::loginRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingsPage::updateIssues);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MappingsPage::updateState);
    connect(&model, &MappingsModel::validated, this, &MappingsPage::updateStatus);
    connect(&model, &MappingsModel::validated, this, &MappingsPage::updateIssues);

    connect(&editor, &MappingEditor::stateChanged, this, &MappingsPage::updateState);
    connect(&editor, &MappingEditor::loaded, this, [this](int restoredEdits) {
        if (restoredEdits > 0)
            showMessage(tr("Restored %n unsaved edit(s) from your last session.", nullptr, restoredEdits), false);
        else if (!m_errorShown)
            showMessage(tr("%n mapping(s) loaded.", nullptr, this->editor().model().rowCount()), false);
    });
    connect(&editor, &MappingEditor::saved, this, [this](int writes) {
        showMessage(writes == 0 ? tr("Nothing to save: the working copy matches the service.")
                                : tr("Saved %n change(s). The service's runtime uses them in about 5 minutes.", nullptr,
                                     writes),
                    false);
    });
    connect(&editor, &MappingEditor::failed, this, [this](const QString& sentence) { showMessage(sentence, true); });
    connect(&editor, &MappingEditor::rebased, this, &MappingsPage::showServiceChanges);
    connect(&workspace.session(), &Session::stateChanged, this, [this] {
        updateState();
        loadIfNeeded();
    });
    connect(&workspace, &Workspace::domainsChanged, this, [this] {
        updateState();
        loadIfNeeded();
    });
    updateState();
    updateStatus();
    updateIssues();
}

MappingsPage::~MappingsPage() = default;

MappingEditor& MappingsPage::editor() const
{
    return m_workspace.mappings();
}

void MappingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void MappingsPage::loadIfNeeded()
{
    if (!isVisible())
        return;
    // The certificate column and its checks need the account's certificates.
    CertificateManager& certificates = m_workspace.certificates();
    if (!certificates.isLoaded() && !certificates.isRefreshing() && certificates.unavailableReason().isEmpty())
        certificates.refresh();
    if (!editor().isLoaded() && editor().state() == MappingEditor::State::Empty &&
        editor().unavailableReason().isEmpty())
        reload();
}

QList<int> MappingsPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

void MappingsPage::updateState()
{
    MappingEditor& editor = this->editor();
    const QString reason = editor.unavailableReason();
    const MappingEditor::State state = editor.state();
    const bool busy = state == MappingEditor::State::Loading || state == MappingEditor::State::Saving;
    const bool editable = editor.isLoaded() && state == MappingEditor::State::Ready;
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_banner->setText(reason);
    m_banner->setVisible(!reason.isEmpty());
    m_loginButton->setVisible(!m_workspace.session().isLoggedIn());
    m_busy->setVisible(busy);
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_addAction->setEnabled(editable);
    m_importAction->setEnabled(editable);
    for (QAction* action : {m_duplicateAction, m_deleteAction, m_enableAction, m_disableAction})
        action->setEnabled(editable && hasSelection);
    m_reloadAction->setEnabled(reason.isEmpty() && !busy);
    m_exportAction->setEnabled(editor.isLoaded());
    updateStatus();
    updateIssues();
}

void MappingsPage::updateStatus()
{
    MappingEditor& editor = this->editor();
    const MappingsModel& model = editor.model();
    const int total = model.rowCount();
    const int changes = editor.isLoaded() ? editor.diff().size() : 0;
    QStringList parts{tr("%n mapping(s)", nullptr, total), tr("%n with errors", nullptr, model.errorRows()),
                      tr("%n warning(s)", nullptr, model.warningRows()), tr("%n unsaved change(s)", nullptr, changes)};
    if (m_proxy->rowCount() != total)
        parts << tr("%n shown", nullptr, m_proxy->rowCount());
    m_status->setText(parts.join(QStringLiteral(" · ")));

    const MappingEditor::State state = editor.state();
    QString why;
    if (!editor.unavailableReason().isEmpty())
        why = editor.unavailableReason();
    else if (state == MappingEditor::State::Loading || state == MappingEditor::State::Saving)
        why = tr("Wait until the current call to the service has finished.");
    else if (!editor.isLoaded())
        why = tr("Load the mappings first.");
    else if (changes == 0)
        why = tr("Nothing to save: the working copy matches the service.");
    else if (model.errorRows() > 0)
        why = tr("%n mapping(s) have errors: fix them first (Show: With problems).", nullptr, model.errorRows());
    m_saveAction->setEnabled(why.isEmpty());
    m_saveAction->setToolTip(why.isEmpty() ? tr("Review and save %n change(s) (%1)", nullptr, changes)
                                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText))
                                           : why);
    m_discardAction->setEnabled(state == MappingEditor::State::Ready && changes > 0);
}

void MappingsPage::updateIssues()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        m_issues->setText(tr("Select a mapping to see what, if anything, is wrong with it."));
        StatusPalette::setTone(m_issues, StatusPalette::Tone::Neutral);
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const MappingsModel& model = editor().model();
    const QString name = model.mappingAt(row).name.isEmpty() ? tr("(no name)") : model.mappingAt(row).name;
    const QList<MappingIssue>& issues = model.issuesAt(row);
    if (issues.isEmpty()) {
        m_issues->setText(tr("✓ \"%1\": no problems found.").arg(name));
        StatusPalette::setTone(m_issues, StatusPalette::Tone::Neutral);
        return;
    }
    QStringList lines{tr("\"%1\":").arg(name)};
    for (const MappingIssue& issue : issues)
        lines << (issue.severity == MappingIssue::Severity::Error ? tr("• Error: %1") : tr("• Warning: %1"))
                     .arg(issue.message);
    m_issues->setText(lines.join(QLatin1Char('\n')));
    StatusPalette::setTone(m_issues, MappingValidator::hasErrors(issues) ? StatusPalette::Tone::Error
                                                                         : StatusPalette::Tone::Warning);
}

void MappingsPage::showMessage(const QString& text, bool error)
{
    m_errorShown = error;
    m_message->setText(error ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_message, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

void MappingsPage::reload()
{
    // No question to ask: load() keeps local edits and re-applies them on top of what the service has.
    showMessage(tr("Reading the mappings…"), false);
    editor().load();
}

void MappingsPage::addMapping()
{
    Mapping mapping;
    // One certificate in the account: that is the one the admin means.
    const QList<Certificate>& certificates = m_workspace.certificates().model().certificates();
    if (certificates.size() == 1)
        mapping.certificationId = QString::number(certificates.first().id);
    const QModelIndex source = editor().model().addMapping(mapping);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by the search or the filter: show everything so the new row can be edited.
        m_searchEdit->clear();
        m_filterCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->edit(index);
}

void MappingsPage::duplicateSelected()
{
    editor().model().duplicateRows(selectedSourceRows());
}

void MappingsPage::deleteSelected()
{
    // Undoable and nothing leaves the app before Save: no question here.
    editor().model().removeRowList(selectedSourceRows());
}

void MappingsPage::enableSelected()
{
    editor().model().setEnabledRows(selectedSourceRows(), true);
}

void MappingsPage::disableSelected()
{
    editor().model().setEnabledRows(selectedSourceRows(), false);
}

void MappingsPage::reviewAndSave()
{
    updateStatus();
    if (!m_saveAction->isEnabled()) {
        showMessage(m_saveAction->toolTip(), true);
        return;
    }
    auto* dialog = new MappingDiffDialog(editor().diff(), MappingDiffDialog::Mode::Confirm, {},
                                         &m_workspace.certificates().model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("Saving the mappings…"), false);
        editor().save();
    });
    dialog->open();
}

void MappingsPage::discardEdits()
{
    const int changes = editor().diff().size();
    QMessageBox box(QMessageBox::Warning, tr("Discard edits"),
                    tr("Throw away %n unsaved change(s) and go back to what the service has? This cannot be undone.",
                       nullptr, changes),
                    QMessageBox::Cancel, this);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("confirmDiscardMappingsButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != discard)
        return;
    editor().discard();
    showMessage(tr("Edits discarded: the table shows what the service has."), false);
}

QString MappingsPage::chooseFile(bool forSaving)
{
    if (!m_nextFilePath.isEmpty())
        return std::exchange(m_nextFilePath, QString());
    const QString filter = tr("Mappings (*.csv *.json);;CSV (*.csv);;JSON (*.json)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return forSaving ? QFileDialog::getSaveFileName(this, tr("Export mappings"),
                                                    folder + QStringLiteral("/mappings.csv"), filter)
                     : QFileDialog::getOpenFileName(this, tr("Import mappings"), folder, filter);
}

void MappingsPage::importFile()
{
    const QString path = chooseFile(false);
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QList<Mapping>> mappings = MappingsIo::importFile(path, &error);
    if (!mappings) {
        showMessage(tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), error), true);
        return;
    }
    const int count = int(mappings->size());
    editor().model().appendMappings(*mappings, tr("Import %n mapping(s)", nullptr, count));
    showMessage(tr("Imported %n mapping(s) from %1 as new rows. Review them, then save.", nullptr, count)
                    .arg(QFileInfo(path).fileName()),
                false);
}

void MappingsPage::exportFile()
{
    const QString path = chooseFile(true);
    if (path.isEmpty())
        return;
    const QList<Mapping> mappings = editor().model().mappings();
    QString error;
    if (!MappingsIo::exportFile(path, mappings, &error)) {
        showMessage(tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        return;
    }
    showMessage(
        tr("Exported %n mapping(s) (the working copy, unsaved edits included) to %1.", nullptr, int(mappings.size()))
            .arg(QDir::toNativeSeparators(path)),
        false);
}

void MappingsPage::showServiceChanges(const MappingDiff& serverChanges, const QStringList& clashes)
{
    // After a failed save the failure sentence already says what happened; keep it visible.
    if (!m_errorShown)
        showMessage(tr("The mappings changed on the service meanwhile (%n change(s)). Your edits are kept on top of "
                       "the current state: review them and save again.",
                       nullptr, serverChanges.size()),
                    false);
    auto* dialog = new MappingDiffDialog(serverChanges, MappingDiffDialog::Mode::ServiceChanges, clashes,
                                         &m_workspace.certificates().model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mtlsdesk
