#pragma once

// The main window's Mappings section: the account's mappings as an editable table over the MappingEditor's
// working copy (MappingsModel behind a search and filter proxy), with add, duplicate, delete, bulk enable and
// disable, undo and redo, import and export (CSV or JSON), reload, discard and save. Saving first shows the diff
// against the service; a save that meets someone else's changes shows what changed on the service. Problems
// are marked in the cells, counted in the status line and spelled out for the selected row under the table.

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolBar;

namespace mtlsdesk {

class MappingEditor;
class MappingsProxyModel;
struct MappingDiff;
class Workspace;

class MappingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MappingsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~MappingsPage() override;

    QTableView* table() const { return m_table; }
    // Test seam: the next import or export uses this path instead of asking with a file dialog.
    void setNextFilePath(const QString& path) { m_nextFilePath = path; }

public slots:
    void reload();
    void addMapping();
    void duplicateSelected();
    void deleteSelected();
    void enableSelected();
    void disableSelected();
    void reviewAndSave();
    void discardEdits();
    void importFile();
    void exportFile();

signals:
    void loginRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    MappingEditor& editor() const;
    void loadIfNeeded();
    QList<int> selectedSourceRows() const;
    QString chooseFile(bool forSaving);
    void updateState();
    void updateStatus();
    void updateIssues();
    void showMessage(const QString& text, bool error);
    void showServiceChanges(const MappingDiff& serverChanges, const QStringList& clashes);

    Workspace& m_workspace;
    QToolBar* m_toolBar;
    QAction* m_addAction;
    QAction* m_duplicateAction;
    QAction* m_deleteAction;
    QAction* m_enableAction;
    QAction* m_disableAction;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QAction* m_saveAction;
    QAction* m_reloadAction;
    QAction* m_discardAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    QLabel* m_banner;
    QPushButton* m_loginButton;
    QLineEdit* m_searchEdit;
    QComboBox* m_filterCombo;
    QTableView* m_table;
    MappingsProxyModel* m_proxy;
    QLabel* m_issues;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_message;
    QString m_nextFilePath;
    bool m_errorShown = false; // a failure stays visible through the re-read that follows it
};

} // namespace mtlsdesk
