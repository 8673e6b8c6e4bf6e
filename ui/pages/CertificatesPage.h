#pragma once

// The main window's Certificates section: the account's certificates in a sortable, searchable table
// (CertificatesModel behind a QSortFilterProxyModel) with upload, generate, replace, rename, delete (confirmed,
// with a warning when mappings use the certificate), handshake test and refresh. Every call is asynchronous,
// shows that it runs, and says in one sentence what went wrong.

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace mtlsdesk {

class Workspace;
struct Certificate;

class CertificatesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatesPage(Workspace& workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

public slots:
    void refresh();
    void uploadNew();
    void generate();
    void replaceSelected();
    void renameSelected();
    void deleteSelected();
    void handshakeSelected();

signals:
    void loginRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<Certificate> selected() const;
    void updateState();
    void showMessage(const QString& text, bool error);

    Workspace& m_workspace;
    QToolBar* m_toolBar;
    QAction* m_refreshAction;
    QAction* m_uploadAction;
    QAction* m_generateAction;
    QAction* m_replaceAction;
    QAction* m_renameAction;
    QAction* m_deleteAction;
    QAction* m_handshakeAction;
    QLineEdit* m_searchEdit;
    QLabel* m_banner;
    QPushButton* m_loginButton;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    QProgressBar* m_busy;
    QLabel* m_message;
};

} // namespace mtlsdesk
