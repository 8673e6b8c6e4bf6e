#include "pages/UploadPage.h"

#include "certs/CertificateManager.h"
#include "secrets/Wipe.h"
#include "widgets/P12View.h"
#include "widgets/UploadPanel.h"

#include <QVBoxLayout>

namespace mtlsdesk {

UploadPage::UploadPage(CertificateManager& manager, const P12View& file, QWidget* parent)
    : QWizardPage(parent)
    , m_manager(manager)
    , m_file(file)
    , m_panel(new UploadPanel(manager, this))
{
    setObjectName(QStringLiteral("uploadWizardPage"));
    setTitle(tr("Upload the certificate"));
    setSubTitle(tr("The service keeps the file and its password under a name that must be unique in the account, "
                   "and gives it an id. The mapping in the next step refers to that id."));
    m_panel->setObjectName(QStringLiteral("wizardUploadPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    connect(m_panel, &UploadPanel::uploadedCertificate, this, &QWizardPage::completeChanged);
    connect(m_panel, &UploadPanel::changed, this, &QWizardPage::completeChanged);
    connect(&m_manager, &CertificateManager::refreshed, this, &UploadPage::verify);
    connect(&m_manager, &CertificateManager::failed, this, [this](const QString& sentence) {
        if (m_verifyId == 0)
            return;
        // Could not ask: keep it as done (it was uploaded), say so; the mapping step checks the id again.
        m_verifyId = 0;
        m_panel->adoptUploaded(m_panel->uploaded(),
                               tr("Whether it is still in the account could not be checked: %1 The Mapping step "
                                  "checks again.")
                                   .arg(sentence));
        emit completeChanged();
    });
}

void UploadPage::resume(qint64 certificateId, const QString& name)
{
    Certificate certificate;
    certificate.id = certificateId;
    certificate.name = name;
    m_panel->adoptUploaded(certificate);
    m_verifyId = certificateId;
    emit completeChanged();
    if (m_manager.isRefreshing())
        return; // verify() follows its answer
    if (!m_manager.unavailableReason().isEmpty()) {
        m_verifyId = 0; // no session: the Login step comes first anyway
        return;
    }
    m_manager.refresh();
}

void UploadPage::verify()
{
    if (m_verifyId == 0)
        return;
    const qint64 id = m_verifyId;
    m_verifyId = 0;
    if (const std::optional<Certificate> found = m_manager.model().byId(id); found && !found->deleted) {
        m_panel->adoptUploaded(*found);
    } else {
        m_panel->forgetUploaded(tr("The certificate uploaded earlier (id %1) is no longer in the account: upload "
                                   "the file again.")
                                    .arg(id));
    }
    emit completeChanged();
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
    return m_panel->isUploaded() && !m_panel->isBusy() && m_verifyId == 0;
}

} // namespace mtlsdesk
