#pragma once

#include <QWizardPage>

namespace mtlsdesk {

class LoginForm;
class Workspace;

// Wizard step 1: log in (the LoginForm the main window uses too). Next is enabled once logged in.
class LoginPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LoginPage(Workspace& workspace, QWidget* parent = nullptr);
    bool isComplete() const override;
    LoginForm& form() { return *m_form; }

private:
    Workspace& m_workspace;
    LoginForm* m_form;
};

} // namespace mtlsdesk
