#pragma once

// Make the files the service's support team asks for, without a terminal: a key and a CSR, a P12 from a key and
// its signed certificate (+ chain), or a re-wrapped P12 (legacy -> Java 17, or the widest-compatibility
// profile). Work runs on a worker thread; the result is written owner-readable only and can be inspected at once.

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace mtlsdesk {

namespace p12 {
struct BuildResult;
}

class P12BuilderDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { CsrTab, BuildTab, RewrapTab };

    explicit P12BuilderDialog(QWidget* parent = nullptr);
    ~P12BuilderDialog() override;

    void setCurrentTab(Tab tab);

signals:
    // A P12 was written: the main window opens it in the P12 workbench.
    void p12Written(const QString& path);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QStringList warnings;
        QString p12Path;
    };
    // Writes a built P12 (owner-only) and says what happened; runs on the worker thread.
    static Outcome saved(const p12::BuildResult& result, const QString& path);
    void run();
    void finished();
    QWidget* buildCsrTab();
    QWidget* buildBuildTab();
    QWidget* buildRewrapTab();
    QLineEdit* addFileRow(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName, bool save);
    QLineEdit* passwordField(QWidget* parent, const QString& objectName, const QString& accessibleName);

    QTabWidget* m_tabs;
    QLabel* m_status;
    QPushButton* m_runButton;
    QFutureWatcher<Outcome> m_watcher;

    // Key and CSR
    QComboBox* m_keyType;
    QLineEdit* m_commonName;
    QLineEdit* m_organization;
    QLineEdit* m_country;
    QLineEdit* m_csrKeyPassword;
    QLineEdit* m_keyOut;
    QLineEdit* m_csrOut;
    // Build
    QLineEdit* m_keyIn;
    QLineEdit* m_keyInPassword;
    QLineEdit* m_certIn;
    QLineEdit* m_chainIn;
    QComboBox* m_buildProfile;
    QLineEdit* m_buildPassword;
    QLineEdit* m_buildOut;
    // Re-wrap
    QLineEdit* m_rewrapIn;
    QLineEdit* m_rewrapOldPassword;
    QComboBox* m_rewrapProfile;
    QLineEdit* m_rewrapNewPassword;
    QLineEdit* m_rewrapOut;
};

} // namespace mtlsdesk
