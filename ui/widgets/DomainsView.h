#pragma once

// The account's domains (CSDS) in a table, each overridable, with a "Discover again" action. Shared by the
// wizard's Domains page and the main window's Account page.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mtlsdesk {

class DomainsModel;
class Workspace;

class DomainsView : public QWidget
{
    Q_OBJECT
public:
    explicit DomainsView(Workspace& workspace, QWidget* parent = nullptr);

    DomainsModel& model() { return *m_model; }
    bool isComplete() const;

signals:
    void completeChanged();

private:
    void rediscover();
    void refresh();

    Workspace& m_workspace;
    DomainsModel* m_model;
    QTableView* m_tableView;
    QLabel* m_statusLabel;
    QPushButton* m_rediscoverButton;
};

} // namespace mtlsdesk
