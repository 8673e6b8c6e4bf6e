#pragma once

// A main-window section that needs a logged-in session (Certificates, Mappings, Dashboard). Until the
// section's own view is added it says truthfully what it will talk to and what is needed first.

#include <QWidget>

class QLabel;
class QPushButton;

namespace mtlsdesk {

class Workspace;

class ServicePage : public QWidget
{
    Q_OBJECT
public:
    ServicePage(Workspace& workspace, QString title, QString description, QString service,
                QWidget* parent = nullptr);

signals:
    void loginRequested();

private:
    void update();

    Workspace& m_workspace;
    QString m_service;
    QLabel* m_stateLabel;
    QPushButton* m_loginButton;
};

} // namespace mtlsdesk
