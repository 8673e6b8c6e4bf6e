#include "widgets/UploadPanel.h"

#include "certs/CertificateManager.h"
#include "p12/P12Inspector.h"
#include "secrets/Wipe.h"
#include "text/Messages.h"
#include "widgets/StatusPalette.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mtlsdesk {

UploadPanel::UploadPanel(CertificateManager& manager, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("B&rowse…"), this))
    , m_passwordEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_uploadButton(new QPushButton(tr("&Upload"), this))
    , m_cancelButton(new QPushButton(tr("Cancel upload"), this))
    , m_status(new QLabel(this))
{
    m_pathEdit->setObjectName(QStringLiteral("uploadPathLineEdit"));
    m_pathEdit->setAccessibleName(tr("PKCS#12 file to upload"));
    m_pathEdit->setPlaceholderText(tr("client.p12"));
    m_passwordEdit->setObjectName(QStringLiteral("uploadPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("PKCS#12 password"));
    m_passwordEdit->setAccessibleDescription(tr("The service stores the password with the file to open it later."));
    m_nameEdit->setObjectName(QStringLiteral("uploadNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Certificate name"));
    m_nameEdit->setAccessibleDescription(tr("Unique within the account; mappings refer to the certificate by it."));
    m_nameEdit->setMaxLength(255);
    m_nameHint->setObjectName(QStringLiteral("uploadNameHint"));
    m_nameHint->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("uploadProgressBar"));
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Upload progress"));
    m_uploadButton->setObjectName(QStringLiteral("uploadButton"));
    m_uploadButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_cancelButton->setObjectName(QStringLiteral("uploadCancelButton"));
    m_cancelButton->setVisible(false);
    m_status->setObjectName(QStringLiteral("uploadStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, fileRow);
    auto* passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    auto* nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameHint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_uploadButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_browseButton, &QPushButton::clicked, this, &UploadPanel::browse);
    connect(m_uploadButton, &QPushButton::clicked, this, &UploadPanel::upload);
    connect(m_cancelButton, &QPushButton::clicked, this, &UploadPanel::cancel);
    for (QLineEdit* edit : {m_pathEdit, m_passwordEdit, m_nameEdit})
        connect(edit, &QLineEdit::textChanged, this, &UploadPanel::validate);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &UploadPanel::upload);
    // The uniqueness check needs the account's list: load it once, then follow it.
    connect(&m_manager, &CertificateManager::refreshed, this, &UploadPanel::validate);
    connect(&m_manager.model(), &QAbstractItemModel::rowsRemoved, this, &UploadPanel::validate);
    connect(&m_manager.model(), &QAbstractItemModel::rowsInserted, this, &UploadPanel::validate);
    if (!m_manager.isLoaded() && m_manager.unavailableReason().isEmpty())
        m_manager.refresh();
    validate();
}

UploadPanel::~UploadPanel()
{
    if (m_job)
        m_job->abort();
}

void UploadPanel::setUpdateTarget(const Certificate& certificate)
{
    m_target = certificate;
    m_nameEdit->setText(certificate.name);
    m_uploadButton->setText(tr("&Replace"));
    validate();
}

void UploadPanel::setFile(const QString& path, const QByteArray& password)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    if (!password.isEmpty())
        m_passwordEdit->setText(QString::fromUtf8(password));
    if (m_nameEdit->text().isEmpty() && m_target.id == 0) {
        // A suggestion from the file name, in the characters every name rule accepts.
        QString suggestion = QFileInfo(path).completeBaseName();
        suggestion.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
        m_nameEdit->setText(suggestion);
    }
    validate();
}

void UploadPanel::setName(const QString& name)
{
    m_nameEdit->setText(name);
}

QString UploadPanel::name() const
{
    return m_nameEdit->text().trimmed();
}

QString UploadPanel::filePath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

void UploadPanel::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the PKCS#12 file"), filePath(),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        m_passwordEdit->clear();
        setFile(path);
        m_passwordEdit->setFocus();
    }
}

void UploadPanel::adoptUploaded(const Certificate& certificate, const QString& note)
{
    m_uploaded = certificate;
    m_uploadedDigest.clear();
    m_nameEdit->setText(certificate.name);
    QString status = tr("✓ Uploaded earlier as \"%1\" with id %2.").arg(certificate.name).arg(certificate.id);
    if (!note.isEmpty())
        status += QLatin1Char(' ') + note;
    showStatus(status, false);
    validate();
}

void UploadPanel::forgetUploaded(const QString& why)
{
    m_uploaded = Certificate();
    m_uploadedDigest.clear();
    showStatus(why, !why.isEmpty());
    validate();
}

QString UploadPanel::problem() const
{
    if (filePath().isEmpty())
        return tr("Choose the PKCS#12 file.");
    if (m_passwordEdit->text().isEmpty())
        return tr("Enter the file's password: the service stores it to open the file.");
    if (name().isEmpty())
        return tr("Enter a name for the certificate.");
    if (m_manager.model().nameTaken(name(), m_target.id))
        return tr("The account already has a certificate named \"%1\": names are unique per account. Choose "
                  "another name, or replace that certificate from the Certificates page.")
            .arg(name());
    return {};
}

void UploadPanel::validate()
{
    const QString issue = problem();
    const bool taken = m_manager.model().nameTaken(name(), m_target.id);
    QString error;
    // Adopted from an earlier run (no digest: the password is not known any more): done while the name is the same.
    const bool alreadyDone =
        isUploaded() && (m_uploadedDigest.isEmpty() ? name() == m_uploaded.name
                                                    : fileDigest(&error) == m_uploadedDigest);
    StatusPalette::setTone(m_nameHint, !alreadyDone && taken ? StatusPalette::Tone::Warning
                                                             : StatusPalette::Tone::Neutral);
    if (alreadyDone)
        m_nameHint->setText(tr("✓ This file is the account's certificate \"%1\" (id %2).")
                                .arg(m_uploaded.name)
                                .arg(m_uploaded.id));
    else if (taken)
        m_nameHint->setText(QStringLiteral("⚠ ") + issue);
    else if (!name().isEmpty() && !m_manager.isLoaded())
        m_nameHint->setText(m_manager.isRefreshing() ? tr("Checking the name against the account's certificates…")
                                                     : tr("The account's certificates are not loaded: the service "
                                                          "will check that the name is unique."));
    else if (!name().isEmpty())
        m_nameHint->setText(tr("✓ No other certificate of the account has this name."));
    else
        m_nameHint->clear();

    m_uploadButton->setEnabled(issue.isEmpty() && !isBusy() && !alreadyDone);
    if (alreadyDone)
        m_uploadButton->setToolTip(tr("This file is already uploaded under this name (id %1).").arg(m_uploaded.id));
    else
        m_uploadButton->setToolTip(issue);
    emit changed();
}

QByteArray UploadPanel::fileDigest(QString* error) const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.read(p12::P12Inspector::MaxFileBytes + 1));
    hash.addData(name().toUtf8());
    hash.addData(QByteArray::number(m_target.id));
    return hash.result();
}

void UploadPanel::upload()
{
    if (isBusy() || !m_uploadButton->isEnabled())
        return;
    const QString issue = problem();
    if (!issue.isEmpty()) {
        showStatus(issue, true);
        return;
    }
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString()),
                   true);
        return;
    }
    CertificateUploadJob::Upload request;
    request.p12 = file.read(p12::P12Inspector::MaxFileBytes + 1);
    if (request.p12.isEmpty()) {
        showStatus(tr("The file %1 is empty.").arg(QDir::toNativeSeparators(filePath())), true);
        return;
    }
    if (request.p12.size() > p12::P12Inspector::MaxFileBytes) {
        showStatus(tr("The file is larger than 10 MiB: that is not a PKCS#12 client certificate."), true);
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.p12);
    hash.addData(name().toUtf8());
    hash.addData(QByteArray::number(m_target.id));
    const QByteArray digest = hash.result();

    request.name = name();
    request.password = m_passwordEdit->text().toUtf8();
    request.id = m_target.id;
    request.fileName = QFileInfo(filePath()).fileName();
    CertificateUploadJob* job = m_manager.upload(std::move(request));
    wipe(request.password);
    if (!job)
        return; // the manager said why (failed)
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    showStatus(m_target.id > 0 ? tr("Replacing the certificate…") : tr("Uploading…"), false);
    connect(job, &ApiJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(sent * 1000 / total));
        }
    });
    connect(job, &CertificateUploadJob::saved, this, [this, digest](const Certificate& certificate) {
        m_uploaded = certificate;
        m_uploadedDigest = digest;
        m_manager.rememberFile(certificate.id, filePath());
        if (m_target.id > 0)
            m_target = certificate;
        showStatus(tr("✓ Saved as \"%1\" with id %2. Mappings see the change after the service's ~5 minute cache.")
                       .arg(certificate.name)
                       .arg(certificate.id),
                   false);
        emit uploadedCertificate(certificate);
    });
    const QString what = m_target.id > 0 ? tr("Replacing the certificate") : tr("The upload");
    connect(job, &ApiJob::failed, this, [this, what](const ApiError& error) {
        if (error.kind == ApiError::Kind::Canceled) {
            showStatus(tr("Upload canceled. If the service had already received the file, it appears in the "
                          "certificate list after a refresh."),
                       false);
            return;
        }
        showStatus(Messages::apiError(error, what), true);
    });
    connect(job, &ApiJob::finished, this, [this] {
        m_job = nullptr; // deleted later by the manager; from here on the panel is idle
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        emit busyChanged(false);
        validate();
    });
    emit busyChanged(true);
    validate();
}

void UploadPanel::cancel()
{
    if (m_job)
        m_job->abort();
}

void UploadPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    StatusPalette::setTone(m_status, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

} // namespace mtlsdesk
