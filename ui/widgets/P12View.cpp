#include "widgets/P12View.h"

#include "dialogs/HandshakeDialog.h"
#include "dialogs/P12BuilderDialog.h"
#include "p12/P12Inspector.h"
#include "p12/P12ReportText.h"
#include "secrets/SecretStore.h"
#include "secrets/Wipe.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mtlsdesk {

namespace {

p12::Report inspectFile(const QString& path, QByteArray password)
{
    QFile file(path);
    p12::Report report;
    if (!file.open(QIODevice::ReadOnly)) {
        // Not a verdict on the contents: the file itself could not be read (kind None, readable false).
        report.errorMessage = QCoreApplication::translate("P12View", "The file cannot be opened: %1").arg(file.errorString());
        wipe(password);
        return report;
    }
    report = p12::P12Inspector::inspect(file.read(p12::P12Inspector::MaxFileBytes + 1), password);
    wipe(password);
    return report;
}

} // namespace

P12View::P12View(QWidget* parent)
    : QWidget(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("B&rowse…"), this))
    , m_inspectButton(new QPushButton(tr("&Inspect"), this))
    , m_copyButton(new QPushButton(tr("&Copy report"), this))
    , m_rememberCheckBox(new QCheckBox(tr("Re&member this file's password in the system keychain"), this))
    , m_busy(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_chain(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setAcceptDrops(true);
    m_pathEdit->setObjectName(QStringLiteral("p12PathLineEdit"));
    m_pathEdit->setPlaceholderText(tr("A .p12 or .pfx file — browse, or drop it here"));
    m_pathEdit->setAccessibleName(tr("PKCS#12 file"));
    m_pathEdit->setAccessibleDescription(tr("Path of the .p12 or .pfx file with the client certificate and its key"));
    m_passwordEdit->setObjectName(QStringLiteral("p12PasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("PKCS#12 password"));
    m_passwordEdit->setAccessibleDescription(tr("The file's password. Enter inspects the file on this computer."));
    m_browseButton->setObjectName(QStringLiteral("browsePushButton"));
    m_inspectButton->setObjectName(QStringLiteral("inspectPushButton"));
    m_copyButton->setObjectName(QStringLiteral("copyReportPushButton"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("findingsListWidget"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setWordWrap(true);
    m_chain->setObjectName(QStringLiteral("chainTreeWidget"));
    m_chain->setAccessibleName(tr("Certificate chain"));
    m_chain->setHeaderLabels({tr("Certificate"), tr("Valid until"), tr("Key"), tr("Extended key usage")});
    m_chain->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("detailsPlainTextEdit"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    form->addRow(fileLabel, fileRow);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addWidget(m_inspectButton);
    passwordRow->addWidget(m_busy);
    form->addRow(passwordLabel, passwordRow);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberP12PasswordCheckBox"));
    m_rememberCheckBox->setAccessibleName(tr("Remember this file's password in the system keychain"));
    m_rememberCheckBox->hide();
    form->addRow(QString(), m_rememberCheckBox);

    auto* note = new QLabel(tr("Everything here happens on this computer: the file and its password are not sent "
                               "anywhere. The service accepts only files that Java can load."),
                            this);
    note->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(m_chain);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(splitter, 1);
    auto* makeButton = new QPushButton(tr("&Make or convert a P12…"), this);
    makeButton->setObjectName(QStringLiteral("makeP12PushButton"));
    makeButton->setToolTip(tr("Make a key and CSR, build a P12 from a key and certificate, or re-wrap a P12 for Java"));
    auto* handshakeButton = new QPushButton(tr("&Handshake test…"), this);
    handshakeButton->setObjectName(QStringLiteral("handshakeTestPushButton"));
    handshakeButton->setToolTip(
        tr("Connect to an HTTPS URL with this file's certificate and see what the server says"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(makeButton);
    bottom->addWidget(handshakeButton);
    bottom->addStretch(1);
    bottom->addWidget(m_copyButton);
    layout->addLayout(bottom);
    connect(makeButton, &QPushButton::clicked, this, &P12View::openBuilder);
    connect(handshakeButton, &QPushButton::clicked, this, &P12View::openHandshakeTest);

    connect(m_browseButton, &QPushButton::clicked, this, &P12View::browse);
    connect(m_inspectButton, &QPushButton::clicked, this, &P12View::inspect);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &P12View::inspect);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &P12View::inspect);
    connect(m_copyButton, &QPushButton::clicked, this, &P12View::copyReport);
    connect(&m_watcher, &QFutureWatcher<p12::Report>::finished, this, [this] {
        m_busy->hide();
        m_inspectButton->setEnabled(true);
        showReport(m_watcher.result());
    });
    clearResult();
}

P12View::~P12View()
{
    m_watcher.waitForFinished();
    forgetPassword();
}

void P12View::forgetPassword()
{
    // text() shares the line edit's buffer: once the edit lets go of it, wipe() zeroes the only copy left,
    // instead of leaving the password in freed heap memory. A buffer still shared belongs to whoever gave it to
    // setText() as well, and is theirs to wipe.
    QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    if (password.isDetached())
        wipe(password);
}

void P12View::setFilePath(const QString& path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    clearResult();
    recallPassword();
}

void P12View::setSecretStore(SecretStore* store)
{
    m_secrets = store;
    m_rememberCheckBox->setVisible(store != nullptr);
}

QString P12View::secretKey() const
{
    // The file's absolute path identifies it; hashed, so the keychain does not list the user's folders.
    const QByteArray id = QCryptographicHash::hash(QFileInfo(filePath()).absoluteFilePath().toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(32);
    return SecretStore::key(QStringLiteral("p12"), QString::fromLatin1(id), SecretStore::PasswordKind);
}

void P12View::recallPassword()
{
    if (!m_secrets || filePath().isEmpty())
        return;
    const QString path = filePath();
    m_secrets->read(secretKey(), this, [this, path](SecretStore::Status status, QByteArray secret, const QString&) {
        if (status == SecretStore::Status::Ok && filePath() == path && m_passwordEdit->text().isEmpty()) {
            m_passwordEdit->setText(QString::fromUtf8(secret));
            m_rememberCheckBox->setChecked(true);
        }
        wipe(secret);
    });
}

QString P12View::filePath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

QByteArray P12View::password() const
{
    return m_passwordEdit->text().toUtf8();
}

void P12View::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a PKCS#12 file"), QFileInfo(filePath()).path(),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    m_passwordEdit->setFocus();
}

void P12View::inspect()
{
    if (m_watcher.isRunning())
        return;
    if (filePath().isEmpty()) {
        m_verdict->setText(tr("Choose a file first."));
        return;
    }
    m_busy->show();
    m_inspectButton->setEnabled(false);
    m_verdict->setText(tr("Inspecting…"));
    m_watcher.setFuture(QtConcurrent::run(inspectFile, filePath(), m_passwordEdit->text().toUtf8()));
}

P12BuilderDialog* P12View::openBuilder()
{
    auto* dialog = new P12BuilderDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &P12BuilderDialog::p12Written, this, [this](const QString& path) {
        setFilePath(path);
        forgetPassword();
        m_passwordEdit->setFocus();
        m_verdict->setText(tr("The new file is chosen: enter its password and press Inspect."));
    });
    dialog->show();
    return dialog;
}

void P12View::setHandshakeDefaults(const QUrl& url, const QStringList& extraCaFiles)
{
    m_handshakeUrl = url;
    m_handshakeCaFiles = extraCaFiles;
}

HandshakeDialog* P12View::openHandshakeTest()
{
    HandshakeDialog::Prefill prefill;
    prefill.url = m_handshakeUrl;
    prefill.p12Path = filePath();
    prefill.p12Password = password();
    prefill.extraCaFiles = m_handshakeCaFiles;
    auto* dialog = new HandshakeDialog(std::move(prefill), this); // wipes its copy of the password
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void P12View::copyReport()
{
    if (m_hasReport)
        QApplication::clipboard()->setText(p12::reportText(m_report, filePath()));
}

void P12View::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void P12View::dropEvent(QDropEvent* event)
{
    const QUrl url = event->mimeData()->urls().value(0);
    if (!url.isLocalFile())
        return;
    setFilePath(url.toLocalFile());
    event->acceptProposedAction();
    m_passwordEdit->setFocus();
}

void P12View::clearResult()
{
    m_hasReport = false;
    m_report = {};
    m_verdict->setText(tr("Choose a file, enter its password and press Inspect."));
    m_verdict->setStyleSheet(QString());
    m_findings->clear();
    m_chain->clear();
    m_details->clear();
    m_copyButton->setEnabled(false);
}

void P12View::showReport(const p12::Report& report)
{
    // Remember (or forget) the password only once it proved right: a wrong one is never stored.
    if (m_secrets && report.readable) {
        if (m_rememberCheckBox->isChecked()) {
            QByteArray password = m_passwordEdit->text().toUtf8();
            m_secrets->write(secretKey(), password, {});
            wipe(password);
        } else {
            m_secrets->remove(secretKey(), {});
        }
    }
    m_report = report;
    m_hasReport = true;
    const bool usable = report.readable && !report.hasErrors();
    const QString mark = usable ? QStringLiteral("✔ ") : QStringLiteral("✖ ");
    m_verdict->setText(mark + p12::verdictText(report));
    m_verdict->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 6px; border-radius: 4px; color: white; "
                                            "background: %1; }")
                                 .arg(usable ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e")));
    m_findings->clear();
    for (const p12::Finding& finding : report.findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString prefix = tr("Info");
        if (finding.severity == p12::Finding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            prefix = tr("Error");
        } else if (finding.severity == p12::Finding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            prefix = tr("Warning");
        }
        auto* item = new QListWidgetItem(style()->standardIcon(icon), tr("%1: %2").arg(prefix, finding.message));
        item->setData(Qt::UserRole + 1, finding.code);
        m_findings->addItem(item);
    }
    m_findings->setVisible(!report.findings.isEmpty());

    // The chain as a tree: root at the top, the leaf innermost, as certificate viewers show it.
    m_chain->clear();
    QTreeWidgetItem* parent = nullptr;
    for (auto it = report.certificates.crbegin(); it != report.certificates.crend(); ++it) {
        const p12::CertificateInfo& certificate = *it;
        const QStringList columns{certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName,
                                  QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat),
                                  QStringLiteral("%1 %2").arg(certificate.keyType).arg(certificate.keyBits),
                                  certificate.extendedKeyUsage.join(QStringLiteral(", "))};
        auto* item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_chain, columns);
        item->setToolTip(0, certificate.subject);
        parent = item;
    }
    m_chain->expandAll();
    m_chain->setVisible(!report.certificates.isEmpty());
    m_details->setPlainText(p12::reportText(report, filePath()));
    m_copyButton->setEnabled(true);
    emit inspected();
}

} // namespace mtlsdesk
