#pragma once

#include <QWizardPage>

namespace mtlsdesk {

class CertificateManager;
class P12View;
class UploadPanel;

// Wizard step 5: upload the tested file as a certificate of the account under a unique name. The id the
// service returns is what the mapping step refers to (field "certificateId").
class UploadPage : public QWizardPage
{
    Q_OBJECT
public:
    UploadPage(CertificateManager& manager, const P12View& file, QWidget* parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    UploadPanel& panel() { return *m_panel; }
    qint64 certificateId() const;
    // A resumed wizard: the certificate this step uploaded before. It is shown as done at once and checked on the
    // service (still in the account?) before Next continues; gone, it may be uploaded again.
    void resume(qint64 certificateId, const QString& name);
    bool isVerifying() const { return m_verifyId != 0; }

private:
    void verify();

    CertificateManager& m_manager;
    const P12View& m_file;
    UploadPanel* m_panel;
    qint64 m_verifyId = 0; // the resumed certificate, until the service's list confirms it
};

} // namespace mtlsdesk
