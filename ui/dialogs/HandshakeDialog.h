#pragma once

// The handshake test: connect to an HTTPS URL with a PKCS#12 file's key and certificate and show what happened —
// the verdict first (icon + one sentence), then Connection, Server chain, Client certificate request (the CAs the
// server accepts and whether our chain matches one), HTTP status and the TLS alerts in words. The probe runs on
// a worker thread; Cancel stops it within a moment. "Copy as JSON" gives the support team the whole report.

#include "tls/HandshakeProbe.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace mtlsdesk {

class HandshakeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Prefill
    {
        QUrl url;
        QString p12Path;
        QByteArray p12;         // the file's bytes, when the caller already has them (used while the path is unchanged)
        QByteArray p12Password; // wiped by the constructor once it is in the password field
        QStringList extraCaFiles; // e.g. the sandbox's ca.pem
    };

    explicit HandshakeDialog(Prefill prefill = {}, QWidget* parent = nullptr);
    ~HandshakeDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    bool hasReport() const { return m_hasReport; }
    const tls::HandshakeReport& report() const { return m_report; }

public slots:
    void run();
    void cancel();
    void copyJson();
    void reject() override;

signals:
    void testFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    QSize summaryIconSize() const;
    void browseP12();
    void addCaFiles();
    void setRunning(bool running);
    void showReport(const tls::HandshakeReport& report);
    void showMessage(const QString& text, bool problem);
    QStringList caFiles() const;

    QLineEdit* m_url;
    QLineEdit* m_p12Path;
    QLineEdit* m_password;
    QLineEdit* m_caFiles;
    QCheckBox* m_systemCas;
    QCheckBox* m_sendCertificate;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QPushButton* m_copyButton;
    QProgressBar* m_busy;
    QLabel* m_summaryIcon;
    QLabel* m_summary;
    QTextBrowser* m_results;

    QByteArray m_p12;
    QString m_p12BytesPath;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<tls::HandshakeReport> m_watcher;
    tls::HandshakeReport m_report;
    bool m_hasReport = false;
};

} // namespace mtlsdesk
