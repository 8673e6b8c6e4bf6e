#include "pages/MappingPage.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "models/MappingsModel.h"
#include "widgets/MappingDelegates.h"
#include "widgets/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mtlsdesk {

MappingPage::MappingPage(Workspace& workspace, std::function<qint64()> uploadedCertificateId, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_uploadedCertificateId(std::move(uploadedCertificateId))
    , m_nameEdit(new QLineEdit(this))
    , m_serviceCombo(new QComboBox(this))
    , m_urlEdit(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_certificateCombo(new QComboBox(this))
    , m_enabledCheck(new QCheckBox(tr("&Enabled: the runtime uses this mapping"), this))
    , m_problems(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add and save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingWizardPage"));
    setTitle(tr("Map a URL to the certificate"));
    setSubTitle(tr("The runtime compares the full URL as written, query included. Mapping names are unique in "
                   "the account. A saved mapping is live after about 5 minutes."));
    auto* rules = new QLabel(tr("When the chosen service calls this exact URL, the gateway presents the certificate. "
                                "A trailing slash, other letter case or another query order make another URL. One "
                                "service and URL take one certificate."),
                             this);
    rules->setObjectName(QStringLiteral("mappingRulesLabel"));
    rules->setWordWrap(true);

    m_nameEdit->setObjectName(QStringLiteral("mappingNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Mapping name"));
    m_nameEdit->setPlaceholderText(tr("e.g. partner-token"));
    m_serviceCombo->setObjectName(QStringLiteral("mappingServiceComboBox"));
    m_serviceCombo->setAccessibleName(tr("Service"));
    ServiceDelegate::fillComboBox(m_serviceCombo, QStringLiteral("1"));
    m_urlEdit->setObjectName(QStringLiteral("mappingUrlLineEdit"));
    m_urlEdit->setAccessibleName(tr("Full URL"));
    m_urlEdit->setPlaceholderText(tr("https://partner.example/api/token"));
    m_urlHint->setObjectName(QStringLiteral("mappingUrlHintLabel"));
    m_urlHint->setWordWrap(true);
    m_certificateCombo->setObjectName(QStringLiteral("mappingCertificateComboBox"));
    m_certificateCombo->setAccessibleName(tr("Certificate"));
    m_enabledCheck->setObjectName(QStringLiteral("mappingEnabledCheckBox"));
    m_enabledCheck->setAccessibleName(tr("Enabled"));
    m_enabledCheck->setAccessibleDescription(tr("The runtime uses only enabled mappings"));
    m_nameEdit->setAccessibleDescription(tr("Unique in the account"));
    m_serviceCombo->setAccessibleDescription(tr("The LivePerson service that calls the URL"));
    m_certificateCombo->setAccessibleDescription(tr("The certificate the gateway presents for this URL"));
    m_enabledCheck->setChecked(true);
    m_problems->setObjectName(QStringLiteral("mappingProblemsLabel"));
    m_problems->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addAndSaveMappingButton"));
    m_status->setObjectName(QStringLiteral("mappingSaveStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Na&me:"), m_nameEdit);
    addRow(tr("&Service:"), m_serviceCombo);
    addRow(tr("Full &URL:"), m_urlEdit);
    form->addRow(QString(), m_urlHint);
    addRow(tr("&Certificate:"), m_certificateCombo);
    form->addRow(QString(), m_enabledCheck);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    MappingEditor& editor = workspace.mappings();
    for (QLineEdit* edit : {m_nameEdit, m_urlEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &MappingPage::validate);
        connect(edit, &QLineEdit::textChanged, this, &MappingPage::draftChanged);
    }
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, &MappingPage::draftChanged);
    // Enter in a field saves, as the button would (only when the form allows it).
    for (QLineEdit* edit : {m_nameEdit, m_urlEdit})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_addButton->isEnabled())
                addAndSave();
        });
    for (QComboBox* combo : {m_serviceCombo, m_certificateCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingPage::validate);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &MappingPage::validate);
    connect(m_addButton, &QPushButton::clicked, this, &MappingPage::addAndSave);
    connect(&editor.model(), &MappingsModel::validated, this, &MappingPage::validate);
    connect(&editor, &MappingEditor::stateChanged, this, &MappingPage::validate);
    connect(&editor, &MappingEditor::saved, this, [this] {
        m_rowKey = 0;
        if (isComplete())
            setStatus(tr("✓ Saved \"%1\". The service's runtime uses it in about 5 minutes.").arg(m_savedName), false);
        validate();
        emit completeChanged();
    });
    connect(&editor, &MappingEditor::loaded, this, &QWizardPage::completeChanged);
    connect(&editor, &MappingEditor::failed, this, [this](const QString& sentence) {
        if (isVisible())
            setStatus(sentence, true);
    });
    CertificatesModel& certificates = workspace.certificates().model();
    connect(&certificates, &QAbstractItemModel::modelReset, this, &MappingPage::fillCertificates);
    connect(&certificates, &QAbstractItemModel::rowsInserted, this, &MappingPage::fillCertificates);
    connect(&certificates, &QAbstractItemModel::rowsRemoved, this, &MappingPage::fillCertificates);
    validate();
}

void MappingPage::initializePage()
{
    const qint64 uploaded = m_uploadedCertificateId ? m_uploadedCertificateId() : 0;
    ServiceDelegate::fillComboBox(m_serviceCombo, m_serviceCombo->currentData().toString());
    CertificateDelegate::fillComboBox(m_certificateCombo, m_workspace.certificates().model(),
                                      uploaded > 0 ? QString::number(uploaded) : QString());
    CertificateManager& certificates = m_workspace.certificates();
    if (!certificates.isLoaded() && !certificates.isRefreshing() && certificates.unavailableReason().isEmpty())
        certificates.refresh();
    MappingEditor& editor = m_workspace.mappings();
    if (!editor.isLoaded() && editor.state() == MappingEditor::State::Empty && editor.unavailableReason().isEmpty()) {
        setStatus(tr("Reading the account's mappings…"), false);
        editor.load();
    }
    validate();
}

void MappingPage::fillCertificates()
{
    QString current = m_certificateCombo->currentData().toString();
    if (current.isEmpty() && m_uploadedCertificateId && m_uploadedCertificateId() > 0)
        current = QString::number(m_uploadedCertificateId());
    CertificateDelegate::fillComboBox(m_certificateCombo, m_workspace.certificates().model(), current);
}

Mapping MappingPage::mapping() const
{
    Mapping mapping;
    mapping.name = m_nameEdit->text();
    mapping.serviceId = m_serviceCombo->currentData().toString();
    mapping.url = m_urlEdit->text();
    mapping.certificationId = m_certificateCombo->currentData().toString();
    mapping.enable = m_enabledCheck->isChecked();
    return mapping;
}

QString MappingPage::formKey() const
{
    const Mapping form = mapping();
    return QStringList{form.name, form.serviceId, form.url, form.certificationId,
                       form.enable ? QStringLiteral("1") : QString()}
        .join(QLatin1Char('\n'));
}

void MappingPage::validate()
{
    MappingEditor& editor = m_workspace.mappings();
    const MappingsModel& model = editor.model();

    const QString urlProblem = MappingValidator::urlProblem(m_urlEdit->text());
    m_urlHint->setText(urlProblem.isEmpty() ? tr("✓ An absolute https URL.") : urlProblem);
    const bool typed = !m_urlEdit->text().isEmpty();
    StatusPalette::setTone(m_urlHint, typed && !urlProblem.isEmpty() ? StatusPalette::Tone::Error
                                                                     : StatusPalette::Tone::Neutral);
    m_urlEdit->setStyleSheet(typed ? UrlDelegate::frameStyle(urlProblem, palette()) : QString());
    m_urlEdit->setAccessibleDescription(urlProblem.isEmpty() ? tr("The full https URL, compared as written")
                                                              : urlProblem);

    if (m_restoredSaved && isComplete()) {
        // Resumed after a save: show the row as the service has it, and treat it as this step's saved mapping.
        m_restoredSaved = false;
        const Mapping saved = *savedMapping();
        const QSignalBlocker nameBlocker(m_nameEdit);
        const QSignalBlocker urlBlocker(m_urlEdit);
        m_nameEdit->setText(saved.name);
        m_urlEdit->setText(saved.url);
        ServiceDelegate::fillComboBox(m_serviceCombo, saved.serviceId);
        CertificateDelegate::fillComboBox(m_certificateCombo, m_workspace.certificates().model(), saved.certificationId);
        m_enabledCheck->setChecked(saved.enable);
        m_savedForm = formKey();
        setStatus(tr("✓ \"%1\" was saved earlier and is in the account's mappings.").arg(saved.name), false);
    }

    const QString reason = editor.unavailableReason();
    const bool ready = editor.isLoaded() && editor.state() == MappingEditor::State::Ready && reason.isEmpty();
    if (isComplete() && formKey() == m_savedForm) {
        // Checked against the working copy the saved mapping would clash with itself: nothing to check or add.
        m_blocked = true;
        m_problems->clear();
        m_addButton->setEnabled(false);
        m_addButton->setToolTip(tr("This mapping is saved. Change the form to add another one."));
        return;
    }

    // The candidate checked together with the working copy: unique names and keys across the account.
    QList<Mapping> rows = model.mappings();
    const int ownRow = m_rowKey != 0 ? model.rowOfKey(m_rowKey) : -1;
    int at = ownRow;
    if (ownRow >= 0) {
        rows[ownRow] = mapping();
    } else {
        at = int(rows.size());
        rows.append(mapping());
    }
    CertificateManager& certificates = m_workspace.certificates();
    const QList<MappingIssue> issues =
        MappingValidator::validate(rows, certificates.isLoaded() ? std::optional(certificates.model().certificates())
                                                                 : std::nullopt)
            .at(at);
    m_blocked = MappingValidator::hasErrors(issues);
    QStringList lines;
    for (const MappingIssue& issue : issues) {
        if (issue.code == QLatin1String("url-invalid"))
            continue; // shown under the URL field
        lines << QStringLiteral("• ") + issue.message;
    }
    if (editor.isLoaded()) {
        const int others = editor.diff().size() - (ownRow >= 0 ? 1 : 0);
        if (others > 0)
            lines << tr("• The Mappings section has %n other unsaved change(s); they are saved too.", nullptr, others);
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    StatusPalette::setTone(m_problems, m_blocked ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);

    m_addButton->setEnabled(ready && !m_blocked);
    if (!reason.isEmpty())
        m_addButton->setToolTip(reason);
    else if (!ready)
        m_addButton->setToolTip(tr("Wait until the account's mappings are read."));
    else
        m_addButton->setToolTip(m_blocked ? tr("Fix the problems listed above first.") : QString());
    if (editor.state() == MappingEditor::State::Saving)
        setStatus(tr("Saving \"%1\"…").arg(m_savedName), false);
}

void MappingPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        validate(); // the URL field's frame is in the palette's red
}

void MappingPage::addAndSave()
{
    MappingEditor& editor = m_workspace.mappings();
    MappingsModel& model = editor.model();
    const Mapping wanted = mapping();
    // A second try after a failed save edits the row added the first time instead of adding another one.
    if (const int row = m_rowKey != 0 ? model.rowOfKey(m_rowKey) : -1; row >= 0) {
        using Column = MappingsModel::Column;
        const std::pair<Column, QVariant> fields[] = {{Column::Name, wanted.name},
                                                      {Column::Service, wanted.serviceId},
                                                      {Column::Url, wanted.url},
                                                      {Column::Certificate, wanted.certificationId},
                                                      {Column::Enabled, wanted.enable}};
        for (const auto& [column, value] : fields)
            model.setData(model.index(row, int(column)), value, Qt::EditRole);
    } else {
        m_rowKey = model.data(model.addMapping(wanted), MappingsModel::KeyRole).toLongLong();
    }
    m_savedName = wanted.name;
    m_savedForm = formKey();
    emit completeChanged();
    editor.save();
}

void MappingPage::restoreDraft(const QString& name, const QString& serviceId, const QString& url, bool saved)
{
    m_nameEdit->setText(name);
    m_urlEdit->setText(url);
    if (!serviceId.isEmpty())
        ServiceDelegate::fillComboBox(m_serviceCombo, serviceId);
    if (saved && !name.isEmpty()) {
        m_savedName = name;
        m_restoredSaved = true;
    }
    validate();
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    return savedMapping().has_value();
}

std::optional<Mapping> MappingPage::savedMapping() const
{
    if (m_savedName.isEmpty())
        return std::nullopt;
    const QList<Mapping>& base = m_workspace.mappings().base();
    const auto found = std::find_if(base.cbegin(), base.cend(), [this](const Mapping& mapping) {
        return !mapping.deleted && mapping.name == m_savedName;
    });
    return found == base.cend() ? std::nullopt : std::optional<Mapping>(*found);
}

void MappingPage::setStatus(const QString& text, bool error)
{
    m_status->setText(error ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_status, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

} // namespace mtlsdesk
