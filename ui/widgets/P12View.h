#pragma once

// Pick a PKCS#12 file (browse or drag and drop), type its password, and read the inspector's verdict: one
// line first, then traffic-light findings, then the chain as a tree, then every detail. Shared by the wizard's
// P12 page and the main window's P12 section. Inspection runs on a worker thread.

#include "p12/P12Report.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mtlsdesk {

class HandshakeDialog;
class P12BuilderDialog;
class SecretStore;

class P12View : public QWidget
{
    Q_OBJECT
public:
    explicit P12View(QWidget* parent = nullptr);
    ~P12View() override;

    void setFilePath(const QString& path);
    // With a store, the view offers to remember the file's password in the OS keychain (off by default) and
    // fills it in when the same file is chosen again. Without one, the password is never kept.
    void setSecretStore(SecretStore* store);
    QString filePath() const;
    // A copy of the typed password for a call that needs it (remote test, upload); the caller wipes it.
    QByteArray password() const;
    // What the handshake test starts with: e.g. the sandbox's mTLS target and its ca.pem for the Sandbox environment.
    void setHandshakeDefaults(const QUrl& url, const QStringList& extraCaFiles);
    const p12::Report& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    bool isUsable() const { return m_hasReport && m_report.readable && !m_report.hasErrors(); }

public slots:
    void browse();
    void inspect();
    void copyReport();
    P12BuilderDialog* openBuilder();
    // The handshake test with this file and its password filled in.
    HandshakeDialog* openHandshakeTest();

signals:
    void inspected();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showReport(const p12::Report& report);
    // Empties the password field and wipes what it held.
    void forgetPassword();
    QString secretKey() const;
    void recallPassword();
    void clearResult();

    QLineEdit* m_pathEdit;
    QLineEdit* m_passwordEdit;
    QPushButton* m_browseButton;
    QPushButton* m_inspectButton;
    QPushButton* m_copyButton;
    QCheckBox* m_rememberCheckBox;
    SecretStore* m_secrets = nullptr;
    QProgressBar* m_busy;
    QLabel* m_verdict;
    QListWidget* m_findings;
    QTreeWidget* m_chain;
    QPlainTextEdit* m_details;
    QFutureWatcher<p12::Report> m_watcher;
    p12::Report m_report;
    bool m_hasReport = false;
    QUrl m_handshakeUrl;
    QStringList m_handshakeCaFiles;
};

} // namespace mtlsdesk
