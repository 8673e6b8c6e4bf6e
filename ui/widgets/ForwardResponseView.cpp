#include "widgets/ForwardResponseView.h"

#include "net/ApiJob.h"
#include "widgets/StatusIcons.h"
#include "widgets/StatusPalette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mtlsdesk {

namespace {

constexpr qsizetype MaxShownBody = 1024 * 1024;
constexpr qsizetype HexSummaryBytes = 512;

RuntimeStatus::Severity severityOfHttp(int status)
{
    if (status >= 200 && status < 300)
        return RuntimeStatus::Severity::Ok;
    if (status >= 400)
        return RuntimeStatus::Severity::Error;
    return RuntimeStatus::Severity::Neutral;
}

// Offset, 16 bytes in hex, the same bytes as ASCII: what `hexdump -C` shows.
QString hexSummary(const QByteArray& body)
{
    QString text;
    const QByteArray head = body.left(HexSummaryBytes);
    for (qsizetype offset = 0; offset < head.size(); offset += 16) {
        const QByteArray line = head.mid(offset, 16);
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(offset, 8, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(line.toHex(' ')), -47)
                    .arg(ascii);
    }
    return text;
}

bool looksBinary(const QByteArray& body)
{
    if (body.contains('\0'))
        return true;
    // Stateful: a multi-byte character cut at the end of the sample is not an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString sample = decoder.decode(body.left(64 * 1024));
    Q_UNUSED(sample);
    return decoder.hasError();
}

} // namespace

ForwardResponseView::ForwardResponseView(QWidget* parent)
    : QGroupBox(tr("Response"), parent)
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(tr("No request sent yet."), this))
    , m_gatewayNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("forwardResponseGroupBox"));
    m_statusLabel->setObjectName(QStringLiteral("forwardStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setWordWrap(true);
    m_gatewayNote->setObjectName(QStringLiteral("forwardGatewayNoteLabel"));
    m_gatewayNote->setWordWrap(true);
    m_gatewayNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gatewayNote->setMargin(8);
    m_gatewayNote->setVisible(false);
    m_body->setObjectName(QStringLiteral("forwardResponseBodyEdit"));
    m_body->setAccessibleName(tr("Response body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setObjectName(QStringLiteral("forwardResponseHeadersTable"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, fontMetrics().averageCharWidth() * 30);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setAlternatingRowColors(true);
    m_tabs->setObjectName(QStringLiteral("forwardResponseTabs"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->setDocumentMode(true);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_gatewayNote);
    layout->addWidget(m_tabs, 1);
    updateColors();
}

void ForwardResponseView::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateColors();
}

void ForwardResponseView::updateColors()
{
    const int extent = fontMetrics().height();
    m_statusIcon->setFixedSize(extent + 2, extent + 2);
    m_statusIcon->setPixmap(m_severity ? StatusIcons::pixmap(*m_severity, *this, extent) : QPixmap());
    // A tinted box with a red frame; its text stays the palette's, the frame readable on light and dark windows.
    const QPalette colors = palette();
    const QColor window = colors.color(QPalette::Window);
    const QColor red = StatusPalette::fill(StatusPalette::Tone::Error, colors);
    const QColor tint = QColor::fromRgbF(float(window.redF() * 0.88 + red.redF() * 0.12),
                                         float(window.greenF() * 0.88 + red.greenF() * 0.12),
                                         float(window.blueF() * 0.88 + red.blueF() * 0.12));
    m_gatewayNote->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-radius: 4px; background: %2; "
                                                "color: %3; }")
                                     .arg(StatusPalette::text(StatusPalette::Tone::Error, tint).name(), tint.name(),
                                          colors.color(QPalette::WindowText).name()));
}

void ForwardResponseView::setCompact(bool compact)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_headers), !compact);
}

void ForwardResponseView::setStatus(const QString& text, std::optional<RuntimeStatus::Severity> severity)
{
    m_severity = severity;
    m_statusLabel->setText(text);
    const StatusPalette::Tone tone = severity ? StatusPalette::toneOf(*severity) : StatusPalette::Tone::Neutral;
    StatusPalette::setTone(m_statusLabel, tone);
    QFont font = m_statusLabel->font();
    font.setBold(tone != StatusPalette::Tone::Neutral);
    m_statusLabel->setFont(font);
    updateColors();
}

void ForwardResponseView::showSending(const QString& text)
{
    setStatus(text, std::nullopt);
}

void ForwardResponseView::showFailure(const QString& sentence)
{
    setStatus(sentence, RuntimeStatus::Severity::Error);
    m_gatewayNote->setVisible(false);
    m_body->clear();
    m_headers->setRowCount(0);
    m_tabs->setTabText(m_tabs->indexOf(m_body), tr("Body"));
    m_tabs->setTabText(m_tabs->indexOf(m_headers), tr("Headers"));
}

void ForwardResponseView::showResult(const ForwardResult& result, bool stopWasSet)
{
    const RuntimeStatus::Severity severity = severityOfHttp(result.status);
    const QString reason = reasonPhrase(result.status);
    setStatus(tr("HTTP %1%2 · %3 ms")
                  .arg(result.status)
                  .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason)
                  .arg(QLocale().toString(result.elapsedMs)),
              severity);

    // What the gateway itself says, in words, when it answered instead of the remote side.
    QString note;
    if (result.isTransportFailure()) {
        note = tr("<b>The gateway could not get an answer from the remote side (HTTP 424).</b>");
        if (!result.transportMessage.isEmpty())
            note +=
                QStringLiteral("<br>") + tr("Message from transport: %1").arg(result.transportMessage.toHtmlEscaped());
        if (!result.transportError.isEmpty())
            note += QStringLiteral("<br>") + tr("Error from transport: %1").arg(result.transportError.toHtmlEscaped());
        note += QStringLiteral("<br>") + tr("Check that the URL is reachable from the gateway and that the remote "
                                            "side accepts the mapped certificate.");
    } else if ((result.status == 500 || result.status == 400) && stopWasSet) {
        // The remote side may answer 500 or 400 too; the service's sentence tells which.
        note = tr("<b>The gateway may have found no mapping for this URL and service (HTTP %1).</b> With \"Stop if "
                  "no certificate is mapped\" on, this is how it refuses the call. Check the exact URL (query "
                  "included), the service name, and that the mapping is live (saved changes take about 5 minutes).")
                   .arg(result.status);
        if (const QString sentence = ApiJob::serviceMessageFromBody(result.body); !sentence.isEmpty())
            note += QStringLiteral("<br>") + tr("The service says: %1").arg(sentence.toHtmlEscaped());
    }
    m_gatewayNote->setText(note);
    m_gatewayNote->setVisible(!note.isEmpty());

    m_headers->setRowCount(int(result.headers.size()));
    QByteArray contentType;
    for (int row = 0; row < result.headers.size(); ++row) {
        const auto& [name, value] = result.headers.at(row);
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_headers), tr("Headers (%1)").arg(result.headers.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_body),
                       result.body.isEmpty() ? tr("Body")
                                             : tr("Body (%1)").arg(QLocale().formattedDataSize(result.body.size())));
    m_body->setPlainText(bodyText(result.body, contentType));
    m_tabs->setCurrentWidget(m_body);
}

QString ForwardResponseView::bodyText(const QByteArray& body, const QByteArray& contentType)
{
    const QString type = contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType);
    if (body.isEmpty())
        return tr("(empty body · %1)").arg(type);
    if (const QJsonDocument json = QJsonDocument::fromJson(body); !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (looksBinary(body))
        return tr("Binary body (%1, %2). The first bytes:").arg(type, QLocale().formattedDataSize(body.size())) +
               QStringLiteral("\n\n") + hexSummary(body);
    QString text = QString::fromUtf8(body.left(MaxShownBody));
    if (body.size() > MaxShownBody)
        text += QLatin1Char('\n') +
                tr("… (%1 more not shown)").arg(QLocale().formattedDataSize(body.size() - MaxShownBody));
    return text;
}

QString ForwardResponseView::reasonPhrase(int status)
{
    // Protocol words (RFC 9110), not translated.
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 304:
        return QStringLiteral("Not Modified");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 424:
        return QStringLiteral("Failed Dependency");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace mtlsdesk
