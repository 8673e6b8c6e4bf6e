#include "dialogs/CertificateUploadDialog.h"

#include "certs/CertificateManager.h"
#include "secrets/Wipe.h"
#include "text/Messages.h"
#include "widgets/UploadPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mtlsdesk {

CertificateUploadDialog::CertificateUploadDialog(CertificateManager& manager, Mode mode, const Certificate& target,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_panel(new UploadPanel(manager, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("certificateUploadDialog"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::Upload:
        setWindowTitle(tr("Upload a certificate"));
        intro->setText(tr("The service stores the file and its password, and gives the certificate an id that "
                          "mappings refer to. It accepts only files a Java runtime can load: test the file in the P12 "
                          "workbench first."));
        break;
    case Mode::Replace:
        setWindowTitle(tr("Replace certificate \"%1\"").arg(target.name));
        intro->setText(tr("The new file takes the place of the old one under the same id, so every mapping that uses "
                          "this certificate uses the new file (after the service's ~5 minute cache)."));
        break;
    case Mode::Rename:
        setWindowTitle(tr("Rename certificate \"%1\"").arg(target.name));
        intro->setText(tr("The service renames a certificate only together with its file: choose the file (the "
                          "current one or a renewed one) and its password, then the new name."));
        break;
    }
    if (mode != Mode::Upload)
        m_panel->setUpdateTarget(target);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_panel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &UploadPanel::uploadedCertificate, this, &QDialog::accept);
    connect(m_panel, &UploadPanel::busyChanged, this, [this](bool busy) {
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    });
    resize(560, sizeHint().height());
}

void CertificateUploadDialog::reject()
{
    // Closing during an upload would leave the admin not knowing whether it happened: cancel it first.
    if (m_panel->isBusy()) {
        m_panel->cancel();
        return;
    }
    QDialog::reject();
}

GenerateCertificateDialog::GenerateCertificateDialog(CertificateManager& manager, QWidget* parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_nameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_rules(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("generateCertificateDialog"));
    setWindowTitle(tr("Generate a certificate"));
    auto* intro = new QLabel(tr("The service creates a key and a certificate signed by its CA and stores them for "
                                "the account. Your partner's server must trust that CA. Keep the password: it "
                                "protects the file when you download it."),
                             this);
    intro->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("generateNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Certificate name"));
    m_passwordEdit->setObjectName(QStringLiteral("generatePasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("P12 password"));
    m_confirmEdit->setObjectName(QStringLiteral("generateConfirmLineEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setAccessibleName(tr("Repeat the P12 password"));
    m_rules->setWordWrap(true);
    m_status->setWordWrap(true);
    auto* generateButton = m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    generateButton->setObjectName(QStringLiteral("generateButton"));

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    auto* confirmLabel = new QLabel(tr("&Repeat:"), this);
    confirmLabel->setBuddy(m_confirmEdit);
    form->addRow(confirmLabel, m_confirmEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    for (QLineEdit* edit : {m_nameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &GenerateCertificateDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerateCertificateDialog::generate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

GenerateCertificateDialog::~GenerateCertificateDialog() = default;

void GenerateCertificateDialog::validate()
{
    QByteArray password = m_passwordEdit->text().toUtf8();
    QStringList problems = CertificateGenerateJob::nameProblems(m_nameEdit->text());
    if (m_manager.model().nameTaken(m_nameEdit->text()))
        problems << tr("The account already has a certificate with this name.");
    problems += CertificateGenerateJob::passwordProblems(password);
    if (m_confirmEdit->text() != m_passwordEdit->text())
        problems << tr("The two passwords differ.");
    wipe(password);
    m_rules->setText(problems.isEmpty() ? tr("✓ The name and password follow the service's rules.")
                                        : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problems.isEmpty() && !m_busy);
    }
}

void GenerateCertificateDialog::generate()
{
    if (m_busy)
        return;
    QByteArray password = m_passwordEdit->text().toUtf8();
    CertificateGenerateJob* job = m_manager.generate(m_nameEdit->text(), password);
    wipe(password);
    if (!job) {
        m_status->setText(m_manager.unavailableReason());
        return;
    }
    m_busy = true;
    validate();
    m_status->setText(tr("The service is generating the certificate…"));
    connect(job, &CertificateGenerateJob::saved, this, &QDialog::accept);
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_status->setText(Messages::apiError(error, tr("Generating the certificate")));
    });
    connect(job, &ApiJob::finished, this, [this] {
        m_busy = false;
        validate();
    });
}

} // namespace mtlsdesk
