#pragma once

// Upload a new certificate, or replace / rename an existing one (the service's update takes the file again),
// around the shared UploadPanel. Closes itself once the service saved the certificate.

#include "certs/Certificate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mtlsdesk {

class CertificateManager;
class UploadPanel;

class CertificateUploadDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Upload, Replace, Rename };

    CertificateUploadDialog(CertificateManager& manager, Mode mode, const Certificate& target = {},
                            QWidget* parent = nullptr);
    UploadPanel& panel() { return *m_panel; }

    void reject() override;

private:
    UploadPanel* m_panel;
    QDialogButtonBox* m_buttons;
};

// Ask the service to create a key and a certificate signed by its CA (§4.6): a name and a P12 password that
// follow the documented rules, checked as the admin types.
class GenerateCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateCertificateDialog(CertificateManager& manager, QWidget* parent = nullptr);
    ~GenerateCertificateDialog() override;

private:
    void validate();
    void generate();

    CertificateManager& m_manager;
    QLineEdit* m_nameEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_confirmEdit;
    QLabel* m_rules;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace mtlsdesk
