#pragma once

// The answer of one forward (ForwardResult), as the remote side sent it: a status line (icon, colour, code, reason
// phrase, time), the body (JSON pretty-printed, text as it is, binary as a hex summary) and the headers. When the
// gateway answered instead of the remote side it says so in words: 424 (the remote side failed, with
// LP-message-from-transport and LP-error-from-transport) and 400/500 with "stop if no certificate is mapped" (no
// mapping matched, with the service's own sentence). Part of ForwardTesterPanel.

#include "runtime/RuntimeJobs.h"
#include "runtime/RuntimeStatus.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace mtlsdesk {

class ForwardResponseView : public QGroupBox
{
    Q_OBJECT
public:
    explicit ForwardResponseView(QWidget* parent = nullptr);

    // Compact: the body only (the wizard's Check step).
    void setCompact(bool compact);
    void showSending(const QString& text);
    // `stopWasSet`: the request asked the gateway to stop when no mapping matches.
    void showResult(const ForwardResult& result, bool stopWasSet);
    void showFailure(const QString& sentence);

    // "OK", "Failed Dependency", ...; empty for codes it does not know.
    static QString reasonPhrase(int status);
    // The body for reading: pretty JSON, text (cut at 1 MiB), or a hex summary of binary data.
    static QString bodyText(const QByteArray& body, const QByteArray& contentType);

protected:
    void changeEvent(QEvent* event) override;

private:
    // No severity: a plain line without icon (sending).
    void setStatus(const QString& text, std::optional<RuntimeStatus::Severity> severity);
    // The icon and the gateway note's box in the colours of the current palette and font.
    void updateColors();

    QLabel* m_statusIcon;
    QLabel* m_statusLabel;
    QLabel* m_gatewayNote;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_body;
    QTableWidget* m_headers;
    std::optional<RuntimeStatus::Severity> m_severity;
};

} // namespace mtlsdesk
