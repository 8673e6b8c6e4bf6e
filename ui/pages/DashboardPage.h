#pragma once

// The main window's Dashboard section, three tabs over the workspace's RuntimeMonitor:
//   Status       every saved mapping with what the runtime makes of it (DashboardModel behind DashboardProxyModel):
//                a count per status on top (click one to show only those), "Check all" with progress and cancel,
//                a status filter and search, the selected mapping's sentence under the table, and why a fresh
//                save is not live yet (the gateway's ~5 minute cache) and how checks are paced;
//   Forward test ForwardTesterPanel, one call through the gateway;
//   Audit        AuditView, the picture of certificates and mappings, and its exports.
// Every status is an icon, a colour and words. Failures stay on the page as a sentence until the next action.

#include "runtime/RuntimeStatus.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolBar;

namespace mtlsdesk {

class AuditView;
class DashboardProxyModel;
class ForwardTesterPanel;
class RuntimeMonitor;
class StatusSummary;
class Workspace;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        StatusTab,
        ForwardTab,
        AuditTab
    };

    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* table() const { return m_table; }
    ForwardTesterPanel* forwardTester() const { return m_forwardTester; }
    AuditView* auditView() const { return m_auditView; }
    // The counts line as shown ("12 live · 2 not live yet · …").
    QString summaryText() const;
    // "Live", "Problems", ...: the text of each entry of the Show filter, in order.
    QStringList filterNames() const;

public slots:
    void checkAll();
    void cancelCheck();
    // Shows only `kind` (the summary's buttons); showAll() clears the status filter.
    void showKind(mtlsdesk::RuntimeStatus::Kind kind);
    void showAll();

signals:
    void loginRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    RuntimeMonitor& runtime() const;
    void buildStatusTab(QWidget* page);
    void loadIfNeeded();
    void applyFilter();
    void updateState();
    void updateSummary();
    void updateDetail();
    void updateLastChecked();
    void showMessage(const QString& text, bool error);
    void testSelected();

    Workspace& m_workspace;
    QLabel* m_banner;
    QPushButton* m_loginButton;
    QTabWidget* m_tabs;
    QToolBar* m_toolBar;
    QAction* m_checkAllAction;
    QAction* m_cancelAction;
    QProgressBar* m_progress;
    QAction* m_progressAction = nullptr;
    QLabel* m_lastChecked;
    StatusSummary* m_summary;
    QComboBox* m_filterCombo;
    QLineEdit* m_searchEdit;
    QTableView* m_table;
    DashboardProxyModel* m_proxy;
    QLabel* m_detailIcon;
    QLabel* m_detail;
    QLabel* m_message;
    QLabel* m_note;
    ForwardTesterPanel* m_forwardTester;
    AuditView* m_auditView;
    bool m_checking = false;   // between checkStarted() and checkFinished()
    int m_checkTotal = 0;      // mappings the running or last check asked about
    bool m_errorShown = false; // a failure stays visible through the check's end that follows it
};

} // namespace mtlsdesk
