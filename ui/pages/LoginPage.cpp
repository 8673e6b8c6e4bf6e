#include "pages/LoginPage.h"

#include "app/Workspace.h"
#include "widgets/LoginForm.h"

#include <QVBoxLayout>

namespace mtlsdesk {

LoginPage::LoginPage(Workspace& workspace, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_form(new LoginForm(workspace, this))
{
    setObjectName(QStringLiteral("loginWizardPage"));
    setTitle(tr("Log in"));
    setSubTitle(tr("mTLS configuration is done by an administrator of the account. Your password goes only to "
                   "the Login Service, and into the system keychain if you ask for it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    connect(&m_workspace.session(), &Session::stateChanged, this, &QWizardPage::completeChanged);
    connect(m_form, &LoginForm::busyChanged, this, &QWizardPage::completeChanged);
}

bool LoginPage::isComplete() const
{
    return m_workspace.session().isLoggedIn() && !m_form->isBusy();
}

} // namespace mtlsdesk
