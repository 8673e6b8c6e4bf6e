#pragma once

// The service's own P12 tester (contract §4.1): sends the file and its password to the gateway, which opens
// it the way it will when it uses the certificate, and says in one sentence whether it can. Optionally (the
// tester's older behaviour) the service also calls a URL with the file's key and returns that answer.
// Shared by the wizard's Test step and the main window's P12 workbench; the file comes from the P12 view.

#include "certs/CertificateJobs.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mtlsdesk {

class CertificateManager;

class RemoteTestPanel : public QWidget
{
    Q_OBJECT
public:
    struct Source
    {
        QString path;
        QByteArray password;
    };
    using SourceProvider = std::function<Source()>;

    RemoteTestPanel(CertificateManager& manager, SourceProvider source, QWidget* parent = nullptr);
    ~RemoteTestPanel() override;

    bool isBusy() const { return !m_job.isNull(); }
    // The last verdict: true once the service accepted the file that is currently chosen.
    bool passed() const { return m_passed && m_passedPath == m_source().path; }
    const P12TestOutcome& outcome() const { return m_outcome; }
    void setForwardUrl(const QUrl& url);

public slots:
    void runTest();
    void cancel();
    void reset();

signals:
    void verdictChanged(bool passed);

private:
    void showOutcome(const P12TestOutcome& outcome);
    void showVerdict(const QString& text, bool good);

    CertificateManager& m_manager;
    SourceProvider m_source;
    QGroupBox* m_forwardGroup;
    QLineEdit* m_urlEdit;
    QComboBox* m_methodCombo;
    QLineEdit* m_authorizationEdit;
    QPlainTextEdit* m_bodyEdit;
    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    QLabel* m_verdict;
    QPlainTextEdit* m_details;
    QPointer<P12TestJob> m_job;
    P12TestOutcome m_outcome;
    bool m_passed = false;
    QString m_passedPath;
};

} // namespace mtlsdesk
