#include "pages/DomainsPage.h"

#include "widgets/DomainsView.h"

#include <QVBoxLayout>

namespace mtlsdesk {

DomainsPage::DomainsPage(Workspace& workspace, QWidget* parent)
    : QWizardPage(parent)
    , m_view(new DomainsView(workspace, this))
{
    setObjectName(QStringLiteral("domainsWizardPage"));
    setTitle(tr("Service domains"));
    setSubTitle(tr("Domains are looked up for your account every time, because the service may move them. "
                   "Override one only when LivePerson support asks you to."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &DomainsView::completeChanged, this, &QWizardPage::completeChanged);
}

bool DomainsPage::isComplete() const
{
    return m_view->isComplete();
}

} // namespace mtlsdesk
