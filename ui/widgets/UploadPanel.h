#pragma once

// Upload a PKCS#12 file as a certificate of the account (create), or replace and/or rename an existing one
// (update). Shared by the wizard's Upload step and the Certificates page's dialogs.
//
// The name is checked live against the account's certificate list (the service refuses a duplicate), the
// upload shows its progress and can be canceled, and once a file is uploaded under a name a second click does
// nothing: the panel says which id the service gave it. Changing the file or the name allows a new upload.

#include "certs/Certificate.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mtlsdesk {

class CertificateManager;
class CertificateUploadJob;

class UploadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UploadPanel(CertificateManager& manager, QWidget* parent = nullptr);
    ~UploadPanel() override;

    // Update mode: the file replaces `certificate` (the name may change). Create mode when never called.
    void setUpdateTarget(const Certificate& certificate);
    void setFile(const QString& path, const QByteArray& password = {});
    void setName(const QString& name);
    QString name() const;
    QString filePath() const;

    bool isBusy() const { return !m_job.isNull(); }
    // The certificate this panel uploaded last (id > 0 once done).
    const Certificate& uploaded() const { return m_uploaded; }
    bool isUploaded() const { return m_uploaded.id > 0; }
    // A certificate uploaded earlier (a resumed wizard): shown as done under its name, no second upload.
    // `note`, when given, follows the "uploaded earlier" line (e.g. that the service could not confirm it).
    void adoptUploaded(const Certificate& certificate, const QString& note = {});
    // The adopted or uploaded certificate is gone (e.g. deleted on the service): a new upload is allowed.
    void forgetUploaded(const QString& why);
    // Empty when the inputs allow an upload; otherwise the first problem in one sentence.
    QString problem() const;

public slots:
    void upload();
    void cancel();
    void browse();

signals:
    void uploadedCertificate(const mtlsdesk::Certificate& certificate);
    void busyChanged(bool busy);
    void changed();

private:
    void validate();
    void showStatus(const QString& text, bool error);
    QByteArray fileDigest(QString* error) const;

    CertificateManager& m_manager;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_nameHint;
    QProgressBar* m_progress;
    QPushButton* m_uploadButton;
    QPushButton* m_cancelButton;
    QLabel* m_status;
    QPointer<CertificateUploadJob> m_job;
    Certificate m_target; // id > 0: update mode
    Certificate m_uploaded;
    QByteArray m_uploadedDigest; // SHA-256 of file + name of the last successful upload
};

} // namespace mtlsdesk
