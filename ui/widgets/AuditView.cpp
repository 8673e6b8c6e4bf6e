#include "widgets/AuditView.h"

#include "app/Workspace.h"
#include "audit/AuditDiagram.h"
#include "runtime/RuntimeMonitor.h"
#include "widgets/StatusIcons.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMetaEnum>
#include <QPaintEvent>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace mtlsdesk {

namespace {
constexpr qreal MinZoom = 0.2;
constexpr qreal MaxZoom = 4.0;
constexpr qreal ZoomStep = 1.25;
constexpr int Margin = 16;

// The Ctrl key as the user's keyboard and language name it ("Ctrl", "Strg", "⌘" on a Mac), without the "+" of a
// key sequence.
QString controlKeyName()
{
    QString name = QKeySequence(Qt::ControlModifier).toString(QKeySequence::NativeText);
    if (name.endsWith(QLatin1Char('+')))
        name.chop(1);
    return name;
}
} // namespace

// Paints the diagram at the view's zoom, inside a small margin, and answers tooltips from the diagram.
class AuditCanvas : public QWidget
{
    Q_OBJECT
public:
    AuditCanvas(std::function<void(int steps)> onZoomWheel, QWidget* parent)
        : QWidget(parent)
        , m_onZoomWheel(std::move(onZoomWheel))
    {
        setObjectName(QStringLiteral("auditCanvas"));
        setAccessibleName(tr("Audit diagram"));
        setMouseTracking(true);
    }

    void setDiagram(const AuditDiagram* diagram, bool empty)
    {
        m_diagram = diagram;
        m_empty = empty;
        updateSize();
    }
    void setZoom(qreal zoom)
    {
        m_zoom = zoom;
        updateSize();
    }
    qreal zoom() const { return m_zoom; }
    QSizeF diagramSize() const { return m_diagram ? m_diagram->size() : QSizeF(); }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        // The diagram's colours are chosen for paper (it is also the PDF's first page): white under it.
        painter.fillRect(event->rect(), Qt::white);
        if (!m_diagram || m_empty) {
            painter.setPen(QColor(0x5e, 0x5c, 0x64));
            painter.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin), Qt::AlignCenter | Qt::TextWordWrap,
                             tr("Nothing to show yet: the account's certificates and mappings appear here once they "
                                "are loaded (Check all on the Status tab loads them)."));
            return;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(Margin, Margin);
        painter.scale(m_zoom, m_zoom);
        const QRectF exposed((event->rect().x() - Margin) / m_zoom, (event->rect().y() - Margin) / m_zoom,
                             event->rect().width() / m_zoom, event->rect().height() / m_zoom);
        m_diagram->paint(painter, exposed);
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString text = m_diagram && !m_empty
                                     ? m_diagram->toolTipAt(QPointF(help->pos() - QPoint(Margin, Margin)) / m_zoom)
                                     : QString();
            if (text.isEmpty()) {
                QToolTip::hideText();
                event->ignore();
            } else {
                QToolTip::showText(help->globalPos(), text, this);
            }
            return true;
        }
        return QWidget::event(event);
    }

    void wheelEvent(QWheelEvent* event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            m_onZoomWheel(event->angleDelta().y() > 0 ? 1 : -1);
            event->accept();
            return;
        }
        QWidget::wheelEvent(event);
    }

private:
    void updateSize()
    {
        const QSizeF size = m_diagram && !m_empty ? m_diagram->size() * m_zoom : QSizeF(480, 160);
        setFixedSize(qCeil(size.width()) + 2 * Margin, qCeil(size.height()) + 2 * Margin);
        update();
    }

    std::function<void(int)> m_onZoomWheel;
    const AuditDiagram* m_diagram = nullptr;
    bool m_empty = true;
    qreal m_zoom = 1.0;
};

AuditView::AuditView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audit(std::make_unique<MappingAudit>())
    , m_toolBar(new QToolBar(this))
    , m_zoomLabel(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(
          new AuditCanvas([this](int steps) { setZoom(zoom() * (steps > 0 ? ZoomStep : 1 / ZoomStep)); }, m_scroll))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_toolBar->setObjectName(QStringLiteral("auditToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                           &AuditView::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAuditAction"));
    m_refreshAction->setToolTip(tr("Build the audit again from what the Status tab shows now"));

    auto* exportMenu = new QMenu(this);
    const std::pair<Format, QString> formats[] = {{Format::Pdf, tr("&PDF document…")},
                                                  {Format::Html, tr("&HTML page…")},
                                                  {Format::Csv, tr("&CSV table…")},
                                                  {Format::Json, tr("&JSON…")}};
    for (const auto& [format, text] : formats) {
        QAction* action = exportMenu->addAction(text, this, [this, format = format] { exportAs(format); });
        action->setObjectName(QStringLiteral("exportAudit%1Action")
                                  .arg(QString::fromLatin1(QMetaEnum::fromType<Format>().valueToKey(int(format)))));
    }
    m_exportAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export…"));
    m_exportAction->setObjectName(QStringLiteral("exportAuditAction"));
    m_exportAction->setMenu(exportMenu);
    if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addSeparator();
    m_zoomOutAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &out"), this, &AuditView::zoomOut);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAuditAction"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomLabel->setObjectName(QStringLiteral("auditZoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 8);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_zoomInAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &in"), this, &AuditView::zoomIn);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAuditAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_actualAction = m_toolBar->addAction(tr("Ac&tual size"), this, &AuditView::zoomToActual);
    m_actualAction->setObjectName(QStringLiteral("actualSizeAuditAction"));
    m_actualAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("F&it"), this,
                                       &AuditView::zoomToFit);
    m_fitAction->setObjectName(QStringLiteral("fitAuditAction"));
    for (QAction* action : {m_zoomOutAction, m_zoomInAction, m_actualAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_zoomOutAction, m_zoomInAction, m_actualAction}); // their shortcuts work anywhere in the view

    m_counts->setObjectName(QStringLiteral("auditCountsLabel"));
    m_counts->setAccessibleName(tr("Audit counts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_legend->setObjectName(QStringLiteral("auditLegendLabel"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    updateLegend();

    m_scroll->setObjectName(QStringLiteral("auditScrollArea"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Exporting"));
    m_message->setObjectName(QStringLiteral("auditMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_busy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_counts);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_legend);
    layout->addLayout(bottom);

    connect(&m_export, &QFutureWatcher<ExportResult>::finished, this, [this] { finishExport(m_export.result()); });
    // Rebuilt when the dashboard changes, but at most twice a second and only while it is on screen.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(500);
    connect(debounce, &QTimer::timeout, this, &AuditView::refresh);
    connect(&m_workspace.runtime().model(), &DashboardModel::countsChanged, this, [this, debounce] {
        m_stale = true;
        if (isVisible())
            debounce->start();
    });
    setZoom(1.0);
    updateCounts();
}

AuditView::~AuditView()
{
    // The worker holds its own copy of the audit; only the watcher must not outlive us while it reports.
    m_export.disconnect(this);
    m_export.waitForFinished();
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

qreal AuditView::zoom() const
{
    return m_canvas->zoom();
}

void AuditView::refresh()
{
    m_canvas->setDiagram(nullptr, true);
    m_diagram.reset();
    m_audit = std::make_unique<MappingAudit>(m_workspace.runtime().audit());
    m_diagram = std::make_unique<AuditDiagram>(*m_audit, font());
    m_canvas->setDiagram(m_diagram.get(), m_audit->certificates.isEmpty() && m_audit->mappings.isEmpty());
    m_stale = false;
    updateCounts();
}

void AuditView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateCounts();
        updateLegend();
    }
}

void AuditView::updateLegend()
{
    // The colours in the sentence name the diagram's amber and red; written in the shades that read on this
    // window (the diagram itself stays on white: it is also the PDF's page). Replaced after translation, so that
    // the translated sentences keep working.
    const QPalette colors = palette();
    m_legend->setText(
        tr("<b>Legend:</b> certificates on the left, mappings grouped by service on the right; a line joins each "
           "mapping to the certificate it uses (far apart: an arrow with its name). <span style='color:#b35c00'>Dashed "
           "amber border</span>: a certificate no mapping uses. <span style='color:#c01c28'>Red</span>: a missing or "
           "expired certificate, or a mapping with a problem. <span style='color:#b35c00'>Amber</span>: a "
           "certificate that expires within %1 days, or a warning. Every mark is also written in the box. Hover a "
           "box for details; hold %2 and turn the mouse wheel to zoom.")
            .arg(RuntimeStatus::ExpiringDays)
            .arg(controlKeyName())
            .replace(QLatin1String("#b35c00"), StatusPalette::text(StatusPalette::Tone::Warning, colors).name())
            .replace(QLatin1String("#c01c28"), StatusPalette::text(StatusPalette::Tone::Error, colors).name()));
}

void AuditView::updateCounts()
{
    const MappingAudit& audit = *m_audit;
    const QPalette colors = palette();
    auto chip = [&colors](RuntimeStatus::Severity severity, int count, const QString& text) {
        // A coloured mark plus words, like the status icons: ✓ when there is nothing to fix.
        const RuntimeStatus::Severity shown = count == 0 ? RuntimeStatus::Severity::Ok : severity;
        const QString mark = shown == RuntimeStatus::Severity::Ok        ? QStringLiteral("✓")
                             : shown == RuntimeStatus::Severity::Warning ? QStringLiteral("⚠")
                                                                         : QStringLiteral("✗");
        return QStringLiteral("<span style='color:%1'><b>%2</b></span> %3")
            .arg(StatusPalette::text(StatusPalette::toneOf(shown), colors).name(), mark, text.toHtmlEscaped());
    };
    const int orphans = audit.orphanCertificates();
    const int missing = audit.mappingsWithMissingCertificate();
    const int expiring = audit.expiringCertificates();
    const QStringList parts{
        tr("Certificates: %n", nullptr, int(audit.certificates.size())).toHtmlEscaped(),
        tr("Mappings: %n", nullptr, int(audit.mappings.size())).toHtmlEscaped(),
        chip(RuntimeStatus::Severity::Warning, orphans, tr("Orphan certificates: %n", nullptr, orphans)),
        chip(RuntimeStatus::Severity::Error, missing, tr("Mappings with a missing certificate: %n", nullptr, missing)),
        chip(RuntimeStatus::Severity::Warning, expiring, tr("Expiring or expired certificates: %n", nullptr, expiring)),
    };
    m_counts->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_exportAction->setEnabled(!isExporting());
}

void AuditView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    // Keep the point at the centre of the viewport where it is.
    QScrollBar* h = m_scroll->horizontalScrollBar();
    QScrollBar* v = m_scroll->verticalScrollBar();
    const qreal ratio = zoom / m_canvas->zoom();
    const QPointF centre(h->value() + m_scroll->viewport()->width() / 2.0,
                         v->value() + m_scroll->viewport()->height() / 2.0);
    m_canvas->setZoom(zoom);
    h->setValue(qRound(centre.x() * ratio - m_scroll->viewport()->width() / 2.0));
    v->setValue(qRound(centre.y() * ratio - m_scroll->viewport()->height() / 2.0));
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    m_zoomInAction->setEnabled(zoom < MaxZoom);
    m_zoomOutAction->setEnabled(zoom > MinZoom);
}

void AuditView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void AuditView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void AuditView::zoomToActual()
{
    setZoom(1.0);
}

void AuditView::zoomToFit()
{
    const QSizeF size = m_canvas->diagramSize();
    if (size.isEmpty())
        return;
    const QSize viewport = m_scroll->viewport()->size() - QSize(2 * Margin, 2 * Margin);
    // Up to 100 %: a small account's diagram is not blown up.
    setZoom(std::min({1.0, viewport.width() / size.width(), viewport.height() / size.height()}));
}

QString AuditView::proposedFileName(const MappingAudit& audit, Format format)
{
    static const char* const extensions[] = {"pdf", "html", "csv", "json"};
    const QDateTime at =
        (audit.generatedAt.isValid() ? audit.generatedAt : QDateTime::currentDateTimeUtc()).toLocalTime();
    return QStringLiteral("mtls-audit-%1-%2.%3")
        .arg(audit.accountId.isEmpty() ? QStringLiteral("account") : audit.accountId,
             at.toString(QStringLiteral("yyyyMMdd-HHmm")), QLatin1String(extensions[int(format)]));
}

AuditView::ExportResult AuditView::write(const MappingAudit& audit, Format format, const QString& path)
{
    ExportResult result;
    result.path = path;
    if (format == Format::Pdf) {
        QString error;
        if (!audit.writePdf(path, &error)) {
            result.error = tr("Could not write the PDF %1: %2").arg(QDir::toNativeSeparators(path), error);
            return result;
        }
    } else {
        const QByteArray data = format == Format::Html  ? audit.toHtml()
                                : format == Format::Csv ? audit.toCsv()
                                                        : audit.toJson();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            result.error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
    }
    result.sha256 = audit.contentSha256();
    return result;
}

void AuditView::exportAs(Format format)
{
    if (isExporting())
        return;
    if (m_stale)
        refresh();
    QString path = std::exchange(m_nextFilePath, QString());
    if (path.isEmpty()) {
        static const char* const filters[] = {QT_TR_NOOP("PDF document (*.pdf)"), QT_TR_NOOP("HTML page (*.html)"),
                                              QT_TR_NOOP("CSV table (*.csv)"), QT_TR_NOOP("JSON (*.json)")};
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export the mapping audit"),
                                            folder + QLatin1Char('/') + proposedFileName(*m_audit, format),
                                            tr(filters[int(format)]));
        if (path.isEmpty())
            return;
    }
    m_busy->setVisible(true);
    m_exportAction->setEnabled(false);
    showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    // The worker gets its own copy of the audit. Text layout for the PDF and the HTML's inline SVG is safe off the
    // UI thread (Qt 6 renders fonts in any thread; QPdfWriter and QTextDocument are not widgets).
    m_export.setFuture(QtConcurrent::run([audit = *m_audit, format, path] { return write(audit, format, path); }));
}

void AuditView::finishExport(const ExportResult& result)
{
    m_busy->setVisible(false);
    m_exportAction->setEnabled(true);
    if (!result.error.isEmpty()) {
        showMessage(result.error, true);
        emit exportFailed(result.error);
        return;
    }
    showMessage(tr("Saved %1. SHA-256 of the audit's content (its CSV export): %2")
                    .arg(QDir::toNativeSeparators(result.path), QString::fromLatin1(result.sha256)),
                false);
    emit exported(result.path, result.sha256);
}

void AuditView::showMessage(const QString& text, bool error)
{
    m_message->setText(error ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_message, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

} // namespace mtlsdesk

#include "AuditView.moc"
