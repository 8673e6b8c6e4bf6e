#pragma once

// The forward tester (contract §6.2): one call through the gateway's forward endpoint, built from a saved mapping
// (or a typed URL), with method, service name, "stop if no certificate is mapped", an optional Authorization
// override for the remote side (a secret: masked, never logged, stored or copied), extra headers and a body. The
// answer is shown as the remote sent it: status, time, headers, the body (JSON pretty-printed, binary as hex), and
// in words when the gateway itself answered (424: the remote side failed; 400/500 with "stop": no mapping).
// Used by the Dashboard's "Forward test" tab and, compact, by the wizard's Check step.

#include "runtime/RuntimeJobs.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableWidget;

namespace mtlsdesk {

class ForwardResponseView;
class RuntimeMonitor;
class Workspace;

class ForwardTesterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardTesterPanel(Workspace& workspace, QWidget* parent = nullptr);
    ~ForwardTesterPanel() override;

    // Compact: URL, method, service and "stop" only (no saved-mapping picker, headers, body or override).
    void setCompact(bool compact);
    // Fills URL and service (the wizard's Check step, a double click on the dashboard).
    void setTarget(const QString& url, const QString& serviceName);
    bool isBusy() const { return !m_job.isNull(); }
    // The request the form describes now (the override included: the caller must not keep it).
    ForwardRequest request() const;
    // "curl …" for the form's request, with placeholders for the AppKey signature and the override.
    QString curlCommand() const;

public slots:
    void send();
    void cancel();
    void copyAsCurl();

signals:
    void answered(const mtlsdesk::ForwardResult& result);

private:
    RuntimeMonitor& runtime() const;
    void fillMappings();
    void pickMapping(int index);
    void updateForm();
    void updateUrlHint();
    void addHeaderRow();
    void removeHeaderRows();
    QString formProblem() const;
    void setBusy(bool busy);

    Workspace& m_workspace;
    QComboBox* m_mappingCombo;
    QStandardItemModel* m_mappingItems;
    QComboBox* m_methodCombo;
    QLineEdit* m_urlEdit;
    QLabel* m_urlHint;
    QComboBox* m_serviceCombo;
    QCheckBox* m_stopCheck;
    QLineEdit* m_overrideEdit;
    QWidget* m_requestExtras; // body and headers: hidden in compact mode
    QLabel* m_headersLabel;
    QTableWidget* m_headersTable;
    QPushButton* m_addHeaderButton;
    QPushButton* m_removeHeaderButton;
    QComboBox* m_contentTypeCombo;
    QPlainTextEdit* m_bodyEdit;
    QLabel* m_bodyHint;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
    QPushButton* m_curlButton;
    QProgressBar* m_busy;
    QLabel* m_formMessage;
    ForwardResponseView* m_response;
    QList<QWidget*> m_fullOnly; // hidden in compact mode
    QPointer<ForwardJob> m_job;
    QHash<QString, int> m_mappingRowByKey; // "SERVICE\nurl" -> row of the picker
    bool m_compact = false;
};

} // namespace mtlsdesk
