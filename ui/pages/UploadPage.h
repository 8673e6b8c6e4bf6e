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

private:
    const P12View& m_file;
    UploadPanel* m_panel;
};

} // namespace mtlsdesk
