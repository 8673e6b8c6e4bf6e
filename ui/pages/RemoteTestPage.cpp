#include "pages/RemoteTestPage.h"

#include "widgets/P12View.h"
#include "widgets/RemoteTestPanel.h"

#include <QVBoxLayout>

namespace mtlsdesk {

RemoteTestPage::RemoteTestPage(CertificateManager& manager, const P12View& file, QWidget* parent)
    : QWizardPage(parent)
    , m_panel(new RemoteTestPanel(
          manager, [&file] { return RemoteTestPanel::Source{file.filePath(), file.password()}; }, this))
{
    setObjectName(QStringLiteral("remoteTestWizardPage"));
    setTitle(tr("Test with the service"));
    setSubTitle(tr("The local check said the file looks right; now the service itself opens it. Only a file the "
                   "service's Java runtime can load works for mutual TLS."));
    m_panel->setObjectName(QStringLiteral("wizardRemoteTestPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &RemoteTestPanel::verdictChanged, this, &QWizardPage::completeChanged);
}

void RemoteTestPage::initializePage()
{
    // A file that passed stays passed when the admin goes back and forth; another file is tested again.
    if (!m_panel->passed())
        m_panel->reset();
}

bool RemoteTestPage::isComplete() const
{
    return m_panel->passed() && !m_panel->isBusy();
}

} // namespace mtlsdesk
