#include "pages/P12Page.h"

#include "widgets/P12View.h"

#include <QVBoxLayout>

namespace mtlsdesk {

P12Page::P12Page(QWidget* parent)
    : QWizardPage(parent)
    , m_view(new P12View(this))
{
    setObjectName(QStringLiteral("p12WizardPage"));
    setTitle(tr("Client certificate (PKCS#12)"));
    setSubTitle(tr("The gateway presents this certificate to your partner's server. The service stores only files "
                   "that a Java runtime can load, so they are checked here first."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &P12View::inspected, this, &QWizardPage::completeChanged);
}

bool P12Page::isComplete() const
{
    return m_view->isUsable();
}

} // namespace mtlsdesk
