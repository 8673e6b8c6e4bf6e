#include "dialogs/HandshakeDialog.h"

#include "p12/P12Inspector.h"
#include "secrets/Wipe.h"
#include "tls/HandshakeReportText.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mtlsdesk {

namespace {

// Runs on the worker thread: reads the file when no bytes were handed over, probes, wipes the password copy.
tls::HandshakeReport probe(tls::HandshakeRequest request, const QString& p12Path, const std::atomic_bool* cancel)
{
    if (request.sendClientCertificate && request.p12.isEmpty() && !p12Path.isEmpty()) {
        QFile file(p12Path);
        if (!file.open(QIODevice::ReadOnly)) {
            tls::HandshakeReport report;
            report.verdict = tls::Verdict::BadP12;
            report.host = request.url.host();
            report.port = request.url.port(443);
            report.summary =
                QCoreApplication::translate("HandshakeDialog", "The file cannot be opened: %1").arg(file.errorString());
            wipe(request.p12Password);
            return report;
        }
        request.p12 = file.read(p12::P12Inspector::MaxFileBytes + 1);
    }
    tls::HandshakeReport report = tls::HandshakeProbe::run(request, cancel);
    wipe(request.p12Password);
    return report;
}

// Green or red text that reads on the results' background (light or dark palette).
QString toneColor(tls::ReportRow::Tone tone, const QPalette& palette)
{
    switch (tone) {
    case tls::ReportRow::Tone::Good:
        return StatusPalette::text(StatusPalette::Tone::Ok, palette, QPalette::Base).name();
    case tls::ReportRow::Tone::Bad:
        return StatusPalette::text(StatusPalette::Tone::Error, palette, QPalette::Base).name();
    case tls::ReportRow::Tone::Normal:
        break;
    }
    return {};
}

QString sectionsHtml(const tls::HandshakeReport& report, const QPalette& palette)
{
    // One table for every section, so that the values line up from top to bottom.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const tls::ReportSection& section : tls::reportSections(report)) {
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-top:8px\"><b>%1</b></td></tr>")
                    .arg(section.title.toHtmlEscaped());
        for (const tls::ReportRow& row : section.rows) {
            const QString color = toneColor(row.tone, palette);
            const QString value =
                color.isEmpty()
                    ? row.value.toHtmlEscaped()
                    : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, row.value.toHtmlEscaped());
            html += QStringLiteral("<tr><td style=\"padding-left:%1px; padding-right:16px\">%2</td><td>%3</td></tr>")
                        .arg(12 + 16 * row.indent)
                        .arg(row.label.toHtmlEscaped(), value);
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace

HandshakeDialog::HandshakeDialog(Prefill prefill, QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_p12Path(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFiles(new QLineEdit(this))
    , m_systemCas(new QCheckBox(tr("Trust the &system's CAs"), this))
    , m_sendCertificate(new QCheckBox(tr("Send the client cer&tificate when the server asks"), this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_copyButton(new QPushButton(tr("Copy as &JSON"), this))
    , m_busy(new QProgressBar(this))
    , m_summaryIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_results(new QTextBrowser(this))
    , m_p12(prefill.p12)
    , m_p12BytesPath(prefill.p12.isEmpty() ? QString() : prefill.p12Path)
{
    setObjectName(QStringLiteral("handshakeDialog"));
    setWindowTitle(tr("Handshake test — mTLS Desk"));

    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setAccessibleName(tr("URL to test"));
    m_url->setPlaceholderText(tr("https://api.example.com/health"));
    m_url->setText(prefill.url.toString());
    m_p12Path->setObjectName(QStringLiteral("p12PathLineEdit"));
    m_p12Path->setAccessibleName(tr("PKCS#12 file"));
    m_p12Path->setText(QDir::toNativeSeparators(prefill.p12Path));
    if (m_p12BytesPath.isEmpty() && !m_p12.isEmpty())
        m_p12Path->setPlaceholderText(tr("the file from the P12 workbench"));
    m_password->setObjectName(QStringLiteral("p12PasswordLineEdit"));
    m_password->setAccessibleName(tr("PKCS#12 password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(QString::fromUtf8(prefill.p12Password));
    wipe(prefill.p12Password);
    m_caFiles->setObjectName(QStringLiteral("caFilesLineEdit"));
    m_caFiles->setAccessibleName(tr("Extra trusted CA files"));
    m_caFiles->setPlaceholderText(tr("optional PEM files, separated by ;"));
    m_caFiles->setText(prefill.extraCaFiles.join(QStringLiteral("; ")));
    m_systemCas->setObjectName(QStringLiteral("systemCasCheckBox"));
    m_systemCas->setChecked(true);
    m_sendCertificate->setObjectName(QStringLiteral("sendCertificateCheckBox"));
    m_sendCertificate->setChecked(true);
    m_sendCertificate->setToolTip(tr("Clear it to see how the server treats a client without a certificate"));

    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseP12PushButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_p12Path, 1);
    fileRow->addWidget(browseButton);
    auto* fileLabel = new QLabel(tr("P12 &file:"), this);
    fileLabel->setBuddy(m_p12Path);
    form->addRow(fileLabel, fileRow);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto* addCaButton = new QPushButton(tr("A&dd…"), this);
    addCaButton->setObjectName(QStringLiteral("addCaPushButton"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFiles, 1);
    caRow->addWidget(addCaButton);
    auto* caLabel = new QLabel(tr("E&xtra trusted CAs:"), this);
    caLabel->setBuddy(m_caFiles);
    form->addRow(caLabel, caRow);
    auto* options = new QHBoxLayout;
    options->addWidget(m_systemCas);
    options->addWidget(m_sendCertificate);
    options->addStretch(1);
    form->addRow(QString(), options);

    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_summaryIcon->setObjectName(QStringLiteral("summaryIconLabel"));
    m_summaryIcon->setFixedSize(summaryIconSize());
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    m_results->setObjectName(QStringLiteral("resultsTextBrowser"));
    m_results->setAccessibleName(tr("Handshake test results"));
    m_results->setOpenLinks(false);

    m_runButton->setObjectName(QStringLiteral("runPushButton"));
    m_runButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setEnabled(false);
    m_copyButton->setObjectName(QStringLiteral("copyJsonPushButton"));
    m_copyButton->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ResetRole);

    auto* intro = new QLabel(tr("Connects to the URL with the file's certificate, as a partner's client would, and "
                                "tells what the server says. The password stays on this computer."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addLayout(summaryRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &HandshakeDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &HandshakeDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &HandshakeDialog::cancel);
    connect(m_copyButton, &QPushButton::clicked, this, &HandshakeDialog::copyJson);
    connect(browseButton, &QPushButton::clicked, this, &HandshakeDialog::browseP12);
    connect(addCaButton, &QPushButton::clicked, this, &HandshakeDialog::addCaFiles);
    connect(m_url, &QLineEdit::returnPressed, this, &HandshakeDialog::run);
    connect(m_password, &QLineEdit::returnPressed, this, &HandshakeDialog::run);
    connect(m_sendCertificate, &QCheckBox::toggled, this, [this](bool send) {
        m_p12Path->setEnabled(send);
        m_password->setEnabled(send);
    });
    connect(&m_watcher, &QFutureWatcher<tls::HandshakeReport>::finished, this, [this] {
        setRunning(false);
        showReport(m_watcher.result());
        emit testFinished();
    });
    showMessage(tr("Enter the URL and press Run."), false);
    resize(780, 780);
    QWidget* first = m_url->text().isEmpty() ? static_cast<QWidget*>(m_url)
                     : m_password->text().isEmpty() && !m_p12Path->text().isEmpty()
                         ? static_cast<QWidget*>(m_password)
                         : static_cast<QWidget*>(m_runButton);
    first->setFocus();
}

HandshakeDialog::~HandshakeDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    wipe(m_p12);
}

QStringList HandshakeDialog::caFiles() const
{
    QStringList files;
    for (const QString& part : m_caFiles->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            files << QDir::fromNativeSeparators(part.trimmed());
    }
    return files;
}

void HandshakeDialog::browseP12()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a PKCS#12 file"), QFileInfo(m_p12Path->text()).path(),
                                     tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_p12Path->setText(QDir::toNativeSeparators(path));
    m_password->clear();
    m_password->setFocus();
}

void HandshakeDialog::addCaFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Trust these CA certificates"), QString(),
                                                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (paths.isEmpty())
        return;
    QStringList files = caFiles();
    for (const QString& path : paths) {
        if (!files.contains(path))
            files << path;
    }
    m_caFiles->setText(files.join(QStringLiteral("; ")));
}

void HandshakeDialog::run()
{
    if (m_watcher.isRunning())
        return;
    QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Enter the URL to test."), true);
        m_url->setFocus();
        return;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        showMessage(tr("Enter an https:// URL, for example https://api.example.com/health."), true);
        m_url->setFocus();
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_p12Path->text().trimmed());
    const bool send = m_sendCertificate->isChecked();
    if (send && path.isEmpty() && m_p12.isEmpty()) {
        showMessage(tr("Choose the PKCS#12 file whose certificate should be sent."), true);
        m_p12Path->setFocus();
        return;
    }
    tls::HandshakeRequest request;
    request.url = url;
    request.extraCaFiles = caFiles();
    request.useSystemCas = m_systemCas->isChecked();
    request.sendClientCertificate = send;
    if (send) {
        // The handed-over bytes stand for the file as long as the path is the one they came with.
        if (!m_p12.isEmpty() && (path.isEmpty() || path == m_p12BytesPath))
            request.p12 = m_p12;
        request.p12Password = m_password->text().toUtf8();
    }
    m_cancel = false;
    setRunning(true);
    showMessage(tr("Connecting to %1…").arg(url.host()), false);
    m_watcher.setFuture(QtConcurrent::run(probe, std::move(request), path, &m_cancel));
}

void HandshakeDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    showMessage(tr("Cancelling…"), false);
}

void HandshakeDialog::reject()
{
    m_cancel = true;
    QDialog::reject();
}

void HandshakeDialog::copyJson()
{
    if (m_hasReport)
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented)));
}

void HandshakeDialog::setRunning(bool running)
{
    m_busy->setVisible(running);
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_copyButton->setEnabled(!running && m_hasReport);
}

void HandshakeDialog::showMessage(const QString& text, bool problem)
{
    m_summaryIcon->setPixmap(problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                           .pixmap(summaryIconSize(), devicePixelRatioF())
                                     : QPixmap());
    m_summary->setText(text);
}

void HandshakeDialog::showReport(const tls::HandshakeReport& report)
{
    m_report = report;
    m_hasReport = true;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    if (report.isOk())
        icon = QStyle::SP_DialogApplyButton;
    else if (report.verdict == tls::Verdict::Cancelled || report.verdict == tls::Verdict::NoClientCertificateRequested)
        icon = QStyle::SP_MessageBoxWarning;
    m_summaryIcon->setPixmap(style()->standardIcon(icon).pixmap(summaryIconSize(), devicePixelRatioF()));
    m_summaryIcon->setAccessibleName(report.isOk() ? tr("Success") : tr("Problem"));
    m_summary->setText(report.summary);
    m_results->setHtml(report.verdict == tls::Verdict::Cancelled || report.verdict == tls::Verdict::InvalidRequest
                           ? QString()
                           : sectionsHtml(report, palette()));
    m_copyButton->setEnabled(true);
}

QSize HandshakeDialog::summaryIconSize() const
{
    // About two lines of text: it grows with the font (presenter mode); sharp at any scale (device pixel ratio).
    const int side = fontMetrics().height() * 2;
    return {side, side};
}

void HandshakeDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // The results are HTML with colours for the old palette: write them again.
    if (event->type() == QEvent::PaletteChange && m_hasReport)
        showReport(m_report);
}

} // namespace mtlsdesk
