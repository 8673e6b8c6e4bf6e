#pragma once

// The visual mapping audit: the AuditDiagram of RuntimeMonitor::audit() in a scroll area (100 % by default, zoom
// in, out and to fit), tooltips for each box and line, a legend, the counts an auditor looks for first (orphan
// certificates, mappings whose certificate is missing, expiring certificates), and exports to PDF, HTML, CSV and
// JSON. Exports are written on a worker thread (a PDF or HTML of a large account takes a while); the result names
// the file and the SHA-256 of the content that HTML and PDF print in their footer.

#include "audit/MappingAudit.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QScrollArea;
class QToolBar;
class QAction;

namespace mtlsdesk {

class AuditCanvas;
class AuditDiagram;
class Workspace;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Pdf,
        Html,
        Csv,
        Json
    };
    Q_ENUM(Format)

    explicit AuditView(Workspace& workspace, QWidget* parent = nullptr);
    ~AuditView() override;

    const MappingAudit& audit() const { return *m_audit; }
    qreal zoom() const;
    bool isExporting() const { return m_export.isRunning(); }
    // Test seam: the next export writes here instead of asking with a file dialog.
    void setNextFilePath(const QString& path) { m_nextFilePath = path; }
    // "mtls-audit-<account>-<yyyyMMdd-HHmm>.<ext>"
    static QString proposedFileName(const MappingAudit& audit, Format format);

public slots:
    void refresh();
    void exportAs(mtlsdesk::AuditView::Format format);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActual();

signals:
    // After an export: `path` and the content's SHA-256 on success, or an error sentence.
    void exported(const QString& path, const QByteArray& sha256);
    void exportFailed(const QString& sentence);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct ExportResult
    {
        QString path;
        QByteArray sha256;
        QString error;
    };
    static ExportResult write(const MappingAudit& audit, Format format, const QString& path);
    void finishExport(const ExportResult& result);
    void setZoom(qreal zoom);
    void updateCounts();
    void updateLegend();
    void showMessage(const QString& text, bool error);

    Workspace& m_workspace;
    // The diagram refers to the audit: it is destroyed first, and rebuilt whenever the audit is.
    std::unique_ptr<MappingAudit> m_audit;
    std::unique_ptr<AuditDiagram> m_diagram;
    QToolBar* m_toolBar;
    QAction* m_refreshAction;
    QAction* m_exportAction;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_fitAction;
    QAction* m_actualAction;
    QLabel* m_zoomLabel;
    QLabel* m_counts;
    QLabel* m_legend;
    QScrollArea* m_scroll;
    AuditCanvas* m_canvas;
    QProgressBar* m_busy;
    QLabel* m_message;
    QFutureWatcher<ExportResult> m_export;
    QString m_nextFilePath;
    bool m_stale = true; // the dashboard changed since the last refresh
};

} // namespace mtlsdesk
