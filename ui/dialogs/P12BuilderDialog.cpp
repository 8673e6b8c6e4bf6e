#include "dialogs/P12BuilderDialog.h"

#include "p12/P12Builder.h"
#include "secrets/SecretFile.h"
#include "secrets/Wipe.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mtlsdesk {

namespace {

using p12::KeyType;
using p12::Profile;

bool readFile(const QString& path, QByteArray& data, QString& problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QCoreApplication::translate("P12BuilderDialog", "%1 cannot be opened: %2").arg(path, file.errorString());
        return false;
    }
    data = file.readAll();
    return true;
}

bool writeSecret(const QString& path, const QByteArray& data, QString& problem)
{
    return writeOwnerOnlyFile(path, data, &problem);
}

QFormLayout* newForm(QWidget* page, const QString& introduction)
{
    auto* form = new QFormLayout(page);
    auto* intro = new QLabel(introduction, page);
    intro->setWordWrap(true);
    form->addRow(intro);
    return form;
}

void addProfiles(QComboBox* combo)
{
    combo->addItem(QCoreApplication::translate("P12BuilderDialog", "Java 17+ (AES-256, SHA-256 MAC) — recommended"),
                   QVariant::fromValue(Profile::Java17));
    combo->addItem(QCoreApplication::translate("P12BuilderDialog", "Widest compatibility (3DES, SHA-1 MAC), for old Java 8"),
                   QVariant::fromValue(Profile::Widest));
}

} // namespace

P12BuilderDialog::P12BuilderDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_runButton(new QPushButton(tr("&Create"), this))
{
    setObjectName(QStringLiteral("p12BuilderDialog"));
    setWindowTitle(tr("Make key, CSR or PKCS#12 — mTLS Desk"));
    m_tabs->addTab(buildCsrTab(), tr("&Key and CSR"));
    m_tabs->addTab(buildBuildTab(), tr("&Build P12"));
    m_tabs->addTab(buildRewrapTab(), tr("&Re-wrap P12"));
    m_status->setObjectName(QStringLiteral("builderStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton->setObjectName(QStringLiteral("createPushButton"));
    m_runButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &P12BuilderDialog::run);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &P12BuilderDialog::finished);
    connect(m_tabs, &QTabWidget::currentChanged, m_status, &QLabel::clear);
    resize(720, 460);
}

P12BuilderDialog::~P12BuilderDialog()
{
    m_watcher.waitForFinished();
}

void P12BuilderDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QLineEdit* P12BuilderDialog::addFileRow(QFormLayout* form, QWidget* parent, const QString& label,
                                        const QString& objectName, bool save)
{
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(parent);
    // A row holding a layout gets no buddy from QFormLayout: set it, so the label's mnemonic works.
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Browse…"), parent);
    connect(browse, &QPushButton::clicked, this, [this, edit, save] {
        const QString path = save ? QFileDialog::getSaveFileName(this, tr("Save as"), edit->text())
                                  : QFileDialog::getOpenFileName(this, tr("Open"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(caption, row);
    return edit;
}

QLineEdit* P12BuilderDialog::passwordField(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QWidget* P12BuilderDialog::buildCsrTab()
{
    auto* page = new QWidget(this);
    QFormLayout* form = newForm(page, tr("Makes a new private key and a certificate signing request (CSR). Send the CSR to your "
                                "certificate authority; keep the key. The key file is encrypted with its password."));
    m_keyType = new QComboBox(page);
    m_keyType->setObjectName(QStringLiteral("keyTypeComboBox"));
    m_keyType->addItem(tr("RSA 2048"), QVariant::fromValue(KeyType::Rsa2048));
    m_keyType->addItem(tr("RSA 3072"), QVariant::fromValue(KeyType::Rsa3072));
    m_keyType->addItem(tr("RSA 4096"), QVariant::fromValue(KeyType::Rsa4096));
    m_keyType->addItem(tr("EC P-256"), QVariant::fromValue(KeyType::EcP256));
    m_keyType->addItem(tr("EC P-384"), QVariant::fromValue(KeyType::EcP384));
    form->addRow(tr("Key &type:"), m_keyType);
    m_commonName = new QLineEdit(page);
    m_commonName->setObjectName(QStringLiteral("commonNameLineEdit"));
    form->addRow(tr("Common &name (CN):"), m_commonName);
    m_organization = new QLineEdit(page);
    m_organization->setObjectName(QStringLiteral("organizationLineEdit"));
    form->addRow(tr("&Organization:"), m_organization);
    m_country = new QLineEdit(page);
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("two letters, e.g. US"));
    form->addRow(tr("C&ountry:"), m_country);
    m_csrKeyPassword = passwordField(page, QStringLiteral("keyPasswordLineEdit"), tr("Key password"));
    form->addRow(tr("Key &password:"), m_csrKeyPassword);
    m_keyOut = addFileRow(form, page, tr("Save &key as:"), QStringLiteral("keyOutLineEdit"), true);
    m_csrOut = addFileRow(form, page, tr("Save &CSR as:"), QStringLiteral("csrOutLineEdit"), true);
    return page;
}

QWidget* P12BuilderDialog::buildBuildTab()
{
    auto* page = new QWidget(this);
    QFormLayout* form = newForm(page, tr("Puts a private key, its signed certificate and the chain into one PKCS#12 file. The "
                                "certificate must belong to the key."));
    m_keyIn = addFileRow(form, page, tr("Private &key (PEM/DER):"), QStringLiteral("keyInLineEdit"), false);
    m_keyInPassword = passwordField(page, QStringLiteral("keyInPasswordLineEdit"), tr("Private key password"));
    form->addRow(tr("Key pass&word:"), m_keyInPassword);
    m_certIn = addFileRow(form, page, tr("Signed &certificate:"), QStringLiteral("certInLineEdit"), false);
    m_chainIn = addFileRow(form, page, tr("C&hain (optional):"), QStringLiteral("chainInLineEdit"), false);
    m_buildProfile = new QComboBox(page);
    m_buildProfile->setObjectName(QStringLiteral("buildProfileComboBox"));
    addProfiles(m_buildProfile);
    form->addRow(tr("Pro&file:"), m_buildProfile);
    m_buildPassword = passwordField(page, QStringLiteral("buildPasswordLineEdit"), tr("New PKCS#12 password"));
    form->addRow(tr("P12 &password:"), m_buildPassword);
    m_buildOut = addFileRow(form, page, tr("&Save P12 as:"), QStringLiteral("buildOutLineEdit"), true);
    return page;
}

QWidget* P12BuilderDialog::buildRewrapTab()
{
    auto* page = new QWidget(this);
    QFormLayout* form = newForm(page, tr("Writes the same key and certificates into a new PKCS#12 file with other encryption, "
                                "for example an old RC2 file as a Java 17 file."));
    m_rewrapIn = addFileRow(form, page, tr("&PKCS#12 file:"), QStringLiteral("rewrapInLineEdit"), false);
    m_rewrapOldPassword = passwordField(page, QStringLiteral("rewrapOldPasswordLineEdit"), tr("Current password"));
    form->addRow(tr("C&urrent password:"), m_rewrapOldPassword);
    m_rewrapProfile = new QComboBox(page);
    m_rewrapProfile->setObjectName(QStringLiteral("rewrapProfileComboBox"));
    addProfiles(m_rewrapProfile);
    form->addRow(tr("Pro&file:"), m_rewrapProfile);
    m_rewrapNewPassword = passwordField(page, QStringLiteral("rewrapNewPasswordLineEdit"), tr("New password"));
    form->addRow(tr("&New password:"), m_rewrapNewPassword);
    m_rewrapOut = addFileRow(form, page, tr("&Save as:"), QStringLiteral("rewrapOutLineEdit"), true);
    return page;
}

P12BuilderDialog::Outcome P12BuilderDialog::saved(const p12::BuildResult& result, const QString& path)
{
    Outcome outcome;
    outcome.warnings = result.warnings;
    if (!result.ok) {
        outcome.message = result.error;
    } else if (writeSecret(path, result.data, outcome.message)) {
        outcome.ok = true;
        outcome.p12Path = path;
        outcome.message = tr("Saved %1.").arg(path);
    }
    return outcome;
}

void P12BuilderDialog::run()
{
    if (m_watcher.isRunning())
        return;
    const int tab = m_tabs->currentIndex();
    std::function<Outcome()> work;
    if (tab == CsrTab) {
        if (m_commonName->text().trimmed().isEmpty() || m_keyOut->text().isEmpty() || m_csrOut->text().isEmpty()) {
            m_status->setText(tr("Enter a common name and where to save the key and the CSR."));
            return;
        }
        const auto type = m_keyType->currentData().value<KeyType>();
        const p12::Subject subject{m_commonName->text().trimmed(), m_organization->text().trimmed(), {}, {}, {},
                                   m_country->text().trimmed().toUpper(), {}};
        work = [type, subject, keyPassword = m_csrKeyPassword->text().toUtf8(), keyOut = m_keyOut->text(),
                csrOut = m_csrOut->text()]() mutable {
            Outcome outcome;
            p12::CsrResult result = p12::P12Builder::generateKeyAndCsr(type, subject, keyPassword);
            wipe(keyPassword);
            if (!result.ok) {
                outcome.message = result.error;
                return outcome;
            }
            if (writeSecret(keyOut, result.keyPem, outcome.message) && writeSecret(csrOut, result.csrPem, outcome.message)) {
                outcome.ok = true;
                outcome.message = tr("Saved the key to %1 and the CSR to %2. Send the CSR to your certificate authority.")
                                      .arg(keyOut, csrOut);
            }
            wipe(result.keyPem);
            return outcome;
        };
        if (m_csrKeyPassword->text().isEmpty())
            m_status->setText(tr("Note: the key is saved without a password."));
    } else if (tab == BuildTab) {
        if (m_keyIn->text().isEmpty() || m_certIn->text().isEmpty() || m_buildOut->text().isEmpty()) {
            m_status->setText(tr("Choose the key, the certificate and where to save the PKCS#12 file."));
            return;
        }
        work = [keyIn = m_keyIn->text(), certIn = m_certIn->text(), chainIn = m_chainIn->text(),
                keyPassword = m_keyInPassword->text().toUtf8(), password = m_buildPassword->text().toUtf8(),
                profile = m_buildProfile->currentData().value<Profile>(), out = m_buildOut->text()]() mutable {
            Outcome outcome;
            QByteArray key;
            QByteArray certificate;
            QByteArray chain;
            if (readFile(keyIn, key, outcome.message) && readFile(certIn, certificate, outcome.message) &&
                (chainIn.isEmpty() || readFile(chainIn, chain, outcome.message))) {
                QList<QByteArray> certificates{certificate};
                if (!chain.isEmpty())
                    certificates << chain;
                outcome = saved(p12::P12Builder::build(key, keyPassword, certificates, password, profile), out);
            }
            wipe(key);
            wipe(keyPassword);
            wipe(password);
            return outcome;
        };
    } else {
        if (m_rewrapIn->text().isEmpty() || m_rewrapOut->text().isEmpty()) {
            m_status->setText(tr("Choose the PKCS#12 file and where to save the new one."));
            return;
        }
        work = [in = m_rewrapIn->text(), oldPassword = m_rewrapOldPassword->text().toUtf8(),
                newPassword = m_rewrapNewPassword->text().toUtf8(),
                profile = m_rewrapProfile->currentData().value<Profile>(), out = m_rewrapOut->text()]() mutable {
            Outcome outcome;
            QByteArray data;
            if (readFile(in, data, outcome.message)) {
                outcome = saved(p12::P12Builder::rewrap(data, oldPassword, newPassword, profile), out);
            }
            wipe(oldPassword);
            wipe(newPassword);
            return outcome;
        };
    }
    m_runButton->setEnabled(false);
    m_status->setText(tr("Working…"));
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void P12BuilderDialog::finished()
{
    m_runButton->setEnabled(true);
    const Outcome outcome = m_watcher.result();
    QString text = outcome.ok ? QStringLiteral("✔ ") + outcome.message : QStringLiteral("✖ ") + outcome.message;
    for (const QString& warning : outcome.warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    m_status->setText(text);
    if (outcome.ok && !outcome.p12Path.isEmpty())
        emit p12Written(outcome.p12Path);
}

} // namespace mtlsdesk
