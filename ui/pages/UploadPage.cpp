#include "pages/UploadPage.h"

#include "secrets/Wipe.h"
#include "widgets/P12View.h"
#include "widgets/UploadPanel.h"

#include <QVBoxLayout>

namespace mtlsdesk {

UploadPage::UploadPage(CertificateManager& manager, const P12View& file, QWidget* parent)
    : QWizardPage(parent)
    , m_file(file)
    , m_panel(new UploadPanel(manager, this))
{
    setObjectName(QStringLiteral("uploadWizardPage"));
    setTitle(tr("Upload the certificate"));
    setSubTitle(tr("The service keeps the file and its password under a name that is unique in the account, and "
                   "gives it an id. The mapping in the next step refers to that id."));
    m_panel->setObjectName(QStringLiteral("wizardUploadPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    connect(m_panel, &UploadPanel::uploadedCertificate, this, &QWizardPage::completeChanged);
    connect(m_panel, &UploadPanel::changed, this, &QWizardPage::completeChanged);
}

void UploadPage::initializePage()
{
    if (m_panel->filePath() != m_file.filePath()) {
        QByteArray password = m_file.password();
        m_panel->setFile(m_file.filePath(), password);
        wipe(password);
    }
}

qint64 UploadPage::certificateId() const
{
    return m_panel->uploaded().id;
}

bool UploadPage::isComplete() const
{
    return m_panel->isUploaded() && !m_panel->isBusy();
}

} // namespace mtlsdesk
