#include "widgets/ForwardTesterPanel.h"

#include "PresenterMode.h"
#include "app/Workspace.h"
#include "mappings/MappingValidator.h"
#include "runtime/RuntimeMonitor.h"
#include "secrets/Wipe.h"
#include "text/Messages.h"
#include "widgets/ForwardResponseView.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mtlsdesk {

namespace {

constexpr int UrlRole = Qt::UserRole + 1;
constexpr int ServiceRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;

// The headers the form sets itself; a row in the header table must not contradict them.
const QList<QByteArray>& reservedHeaders()
{
    static const QList<QByteArray> names{"authorization",
                                         "lp-forward-url",
                                         "lp-service-name",
                                         "lp-authorization-override",
                                         "lp-stop-if-certificate-not-found",
                                         "content-type"};
    return names;
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ForwardTesterPanel::ForwardTesterPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mappingCombo(new QComboBox(this))
    , m_mappingItems(new QStandardItemModel(this))
    , m_methodCombo(new QComboBox(this))
    , m_urlEdit(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_serviceCombo(new QComboBox(this))
    , m_stopCheck(new QCheckBox(tr("Sto&p if no certificate is mapped"), this))
    , m_overrideEdit(new QLineEdit(this))
    , m_requestExtras(new QWidget(this))
    , m_headersLabel(new QLabel(tr("Extra &headers:"), this))
    , m_headersTable(new QTableWidget(0, 2, this))
    , m_addHeaderButton(new QPushButton(tr("&Add"), this))
    , m_removeHeaderButton(new QPushButton(tr("&Remove"), this))
    , m_contentTypeCombo(new QComboBox(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_bodyHint(new QLabel(this))
    , m_sendButton(new QPushButton(tr("Se&nd"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_curlButton(new QPushButton(tr("Cop&y as curl"), this))
    , m_busy(new QProgressBar(this))
    , m_formMessage(new QLabel(this))
    , m_response(new ForwardResponseView(this))
{
    setObjectName(QStringLiteral("forwardTesterPanel"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_mappingCombo->setObjectName(QStringLiteral("forwardMappingComboBox"));
    m_mappingCombo->setAccessibleName(tr("Saved mapping"));
    m_mappingCombo->setModel(m_mappingItems);
    m_mappingCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mappingCombo->setMinimumContentsLength(40);
    m_methodCombo->setObjectName(QStringLiteral("forwardMethodComboBox"));
    m_methodCombo->setAccessibleName(tr("HTTP method"));
    m_methodCombo->addItems(
        {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")});
    m_urlEdit->setObjectName(QStringLiteral("forwardUrlLineEdit"));
    m_urlEdit->setAccessibleName(tr("Forward URL"));
    m_urlEdit->setPlaceholderText(tr("https://partner.example/api/token (exactly as mapped, query included)"));
    m_urlEdit->setClearButtonEnabled(true);
    m_urlHint->setObjectName(QStringLiteral("forwardUrlHintLabel"));
    m_urlHint->setWordWrap(true);
    m_serviceCombo->setObjectName(QStringLiteral("forwardServiceComboBox"));
    m_serviceCombo->setAccessibleName(tr("Service name"));
    m_serviceCombo->setEditable(true);
    m_serviceCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [id, name] : MappingServices::known())
        m_serviceCombo->addItem(name);
    m_serviceCombo->setToolTip(tr("Sent as LP-service-name. Leave empty to send none."));
    m_stopCheck->setObjectName(QStringLiteral("forwardStopCheckBox"));
    m_stopCheck->setAccessibleName(m_stopCheck->text().remove(QLatin1Char('&')));
    m_stopCheck->setChecked(true);
    m_stopCheck->setToolTip(tr("LP-stop-if-certificate-not-found: when no mapping matches, the gateway answers with "
                               "an error instead of calling the URL over plain TLS."));
    m_overrideEdit->setObjectName(QStringLiteral("forwardAuthorizationOverrideLineEdit"));
    m_overrideEdit->setAccessibleName(tr("Authorization override"));
    m_overrideEdit->setEchoMode(QLineEdit::Password);
    m_overrideEdit->setPlaceholderText(tr("optional, e.g. Bearer … (sent to the remote side, never stored)"));
    m_overrideEdit->setToolTip(tr("LP-authorization-override: the Authorization header the gateway sends to the "
                                  "URL. It is a secret: it is not saved, logged or copied."));
    QAction* reveal = m_overrideEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                                QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide the value"));
    connect(reveal, &QAction::toggled, m_overrideEdit,
            [this](bool shown) { m_overrideEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    PresenterMode::of().guardRevealAction(reveal);

    // Body (POST and PUT) on the left, extra headers on the right: both in view, the form stays short.
    m_contentTypeCombo->setObjectName(QStringLiteral("forwardContentTypeComboBox"));
    m_contentTypeCombo->setAccessibleName(tr("Content type of the body"));
    m_contentTypeCombo->setEditable(true);
    m_contentTypeCombo->addItems({QStringLiteral("application/json"),
                                  QStringLiteral("application/x-www-form-urlencoded"),
                                  QStringLiteral("text/plain; charset=utf-8"), QStringLiteral("application/xml")});
    m_bodyEdit->setObjectName(QStringLiteral("forwardBodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Request body"));
    m_bodyEdit->setFont(fixed);
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setPlaceholderText(QStringLiteral("{\"grant_type\": \"client_credentials\"}"));
    const int editorHeight = m_bodyEdit->fontMetrics().lineSpacing() * 5 + 12;
    m_bodyEdit->setFixedHeight(editorHeight);
    m_bodyHint->setObjectName(QStringLiteral("forwardBodyHintLabel"));
    m_bodyHint->setWordWrap(true);
    m_headersTable->setObjectName(QStringLiteral("forwardHeadersTable"));
    m_headersTable->setAccessibleName(tr("Extra request headers"));
    m_headersTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headersTable->horizontalHeader()->setStretchLastSection(true);
    m_headersTable->horizontalHeader()->resizeSection(0, fontMetrics().averageCharWidth() * 22);
    m_headersTable->verticalHeader()->hide();
    m_headersTable->setFixedHeight(editorHeight);
    m_headersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addHeaderButton->setObjectName(QStringLiteral("forwardAddHeaderButton"));
    m_addHeaderButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_removeHeaderButton->setObjectName(QStringLiteral("forwardRemoveHeaderButton"));
    m_removeHeaderButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_headersLabel->setObjectName(QStringLiteral("forwardHeadersLabel"));
    m_headersLabel->setBuddy(m_headersTable);

    auto* contentTypeLabel = new QLabel(tr("Body, content &type:"), m_requestExtras);
    contentTypeLabel->setBuddy(m_contentTypeCombo);
    auto* contentTypeRow = new QHBoxLayout;
    contentTypeRow->addWidget(contentTypeLabel);
    contentTypeRow->addWidget(m_contentTypeCombo, 1);
    auto* bodyColumn = new QVBoxLayout;
    bodyColumn->addLayout(contentTypeRow);
    bodyColumn->addWidget(m_bodyEdit);
    bodyColumn->addWidget(m_bodyHint);
    bodyColumn->addStretch(1);
    auto* headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_addHeaderButton);
    headerButtons->addWidget(m_removeHeaderButton);
    headerButtons->addStretch(1);
    auto* headersRow = new QHBoxLayout;
    headersRow->addWidget(m_headersTable, 1);
    headersRow->addLayout(headerButtons);
    auto* headersColumn = new QVBoxLayout;
    headersColumn->addWidget(m_headersLabel);
    headersColumn->addLayout(headersRow);
    headersColumn->addStretch(1);
    auto* extrasLayout = new QHBoxLayout(m_requestExtras);
    extrasLayout->setContentsMargins(0, 0, 0, 0);
    extrasLayout->addLayout(bodyColumn, 3);
    extrasLayout->addSpacing(12);
    extrasLayout->addLayout(headersColumn, 2);

    m_sendButton->setObjectName(QStringLiteral("forwardSendButton"));
    m_sendButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancelButton->setObjectName(QStringLiteral("forwardCancelButton"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancelButton->setVisible(false);
    m_curlButton->setObjectName(QStringLiteral("forwardCurlButton"));
    m_curlButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_curlButton->setToolTip(tr("Copies a curl command for this request. The AppKey signature and the "
                                "Authorization override are left as placeholders."));
    m_busy->setObjectName(QStringLiteral("forwardBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Sending"));
    m_formMessage->setObjectName(QStringLiteral("forwardMessageLabel"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The request form.
    auto* requestGroup = new QGroupBox(tr("Request through the gateway"), this);
    requestGroup->setObjectName(QStringLiteral("forwardRequestGroupBox"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form, requestGroup](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, requestGroup);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    QLabel* mappingLabel = addRow(tr("Saved &mapping:"), m_mappingCombo);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_methodCombo);
    urlRow->addWidget(m_urlEdit, 1);
    auto* urlLabel = new QLabel(tr("&URL:"), requestGroup);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, urlRow);
    form->addRow(QString(), m_urlHint);
    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_serviceCombo);
    serviceRow->addSpacing(12);
    serviceRow->addWidget(m_stopCheck);
    serviceRow->addStretch(1);
    auto* serviceLabel = new QLabel(tr("Ser&vice name:"), requestGroup);
    serviceLabel->setBuddy(m_serviceCombo);
    form->addRow(serviceLabel, serviceRow);
    QLabel* overrideLabel = addRow(tr("Authori&zation override:"), m_overrideEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_curlButton);
    auto* requestLayout = new QVBoxLayout(requestGroup);
    requestLayout->addLayout(form);
    requestLayout->addWidget(m_requestExtras);
    requestLayout->addLayout(buttons);
    requestLayout->addWidget(m_formMessage);
    m_fullOnly = {mappingLabel, m_mappingCombo, overrideLabel, m_overrideEdit, m_requestExtras, m_curlButton};

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("forwardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(requestGroup);
    splitter->addWidget(m_response);
    // The form keeps its natural height; the answer gets the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_mappingCombo, &QComboBox::activated, this, &ForwardTesterPanel::pickMapping);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &ForwardTesterPanel::updateForm);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ForwardTesterPanel::updateUrlHint);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, [this] {
        // Compact, the panel sits in the wizard, where Return belongs to the wizard's own buttons.
        if (!m_compact)
            send();
    });
    connect(m_serviceCombo, &QComboBox::currentTextChanged, this, &ForwardTesterPanel::updateUrlHint);
    connect(m_stopCheck, &QCheckBox::toggled, this, &ForwardTesterPanel::updateUrlHint);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &ForwardTesterPanel::updateForm);
    connect(m_contentTypeCombo, &QComboBox::currentTextChanged, this, &ForwardTesterPanel::updateForm);
    connect(m_headersTable, &QTableWidget::itemChanged, this, &ForwardTesterPanel::updateForm);
    connect(m_headersTable, &QTableWidget::itemSelectionChanged, this, &ForwardTesterPanel::updateForm);
    connect(m_addHeaderButton, &QPushButton::clicked, this, &ForwardTesterPanel::addHeaderRow);
    connect(m_removeHeaderButton, &QPushButton::clicked, this, &ForwardTesterPanel::removeHeaderRows);
    connect(m_sendButton, &QPushButton::clicked, this, &ForwardTesterPanel::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &ForwardTesterPanel::cancel);
    connect(m_curlButton, &QPushButton::clicked, this, &ForwardTesterPanel::copyAsCurl);
    const DashboardModel& model = runtime().model();
    connect(&model, &QAbstractItemModel::modelReset, this, &ForwardTesterPanel::fillMappings);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &ForwardTesterPanel::fillMappings);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &ForwardTesterPanel::fillMappings);
    fillMappings();
    updateForm();
}

ForwardTesterPanel::~ForwardTesterPanel()
{
    if (m_job)
        m_job->abort();
}

RuntimeMonitor& ForwardTesterPanel::runtime() const
{
    return m_workspace.runtime();
}

void ForwardTesterPanel::setCompact(bool compact)
{
    m_compact = compact;
    for (QWidget* widget : std::as_const(m_fullOnly))
        widget->setVisible(!compact);
    m_response->setCompact(compact);
}

void ForwardTesterPanel::setTarget(const QString& url, const QString& serviceName)
{
    m_urlEdit->setText(url);
    m_serviceCombo->setCurrentText(serviceName);
    updateUrlHint();
}

void ForwardTesterPanel::fillMappings()
{
    QList<Mapping> mappings = runtime().model().mappings();
    std::sort(mappings.begin(), mappings.end(),
              [](const Mapping& a, const Mapping& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    m_mappingRowByKey.clear();
    // Built in one go: an account may have thousands of mappings, and a combo inserting one by one is slow.
    QList<QStandardItem*> items;
    items.reserve(mappings.size() + 1);
    auto* none =
        new QStandardItem(mappings.isEmpty() ? tr("(no saved mappings: type a URL)") : tr("(none: type a URL below)"));
    items << none;
    for (const Mapping& mapping : std::as_const(mappings)) {
        if (mapping.deleted)
            continue;
        const QString service = MappingServices::name(mapping.serviceId);
        m_mappingRowByKey.insert(service + QLatin1Char('\n') + mapping.url, int(items.size()));
        auto* item = new QStandardItem(tr("%1 — %2").arg(mapping.name, mapping.url));
        item->setData(mapping.name, NameRole);
        item->setData(mapping.url, UrlRole);
        item->setData(service, ServiceRole);
        item->setToolTip(tr("%1 · %2 · %3").arg(mapping.name, service, mapping.url));
        if (!mapping.enable)
            item->setText(tr("%1 — %2 (disabled)").arg(mapping.name, mapping.url));
        items << item;
    }
    m_mappingItems->clear();
    m_mappingItems->appendColumn(items);
    updateUrlHint();
}

void ForwardTesterPanel::pickMapping(int index)
{
    const QModelIndex item = m_mappingItems->index(index, 0);
    const QString url = item.data(UrlRole).toString();
    if (url.isEmpty()) {
        m_urlEdit->setFocus();
        return;
    }
    setTarget(url, item.data(ServiceRole).toString());
}

void ForwardTesterPanel::updateUrlHint()
{
    const QString url = m_urlEdit->text().trimmed();
    const QString service = m_serviceCombo->currentText().trimmed();
    if (url.isEmpty()) {
        m_mappingCombo->setCurrentIndex(0);
        m_urlHint->setText(tr("Pick a saved mapping, or type the full URL the gateway should call."));
        StatusPalette::setTone(m_urlHint, StatusPalette::Tone::Neutral);
        return;
    }
    if (const QString problem = MappingValidator::urlProblem(url); !problem.isEmpty()) {
        m_urlHint->setText(QStringLiteral("✗ ") + problem);
        StatusPalette::setTone(m_urlHint, StatusPalette::Tone::Error);
        return;
    }
    // The picker follows the form: it names the saved mapping the URL and service match, or none.
    const int row = m_mappingRowByKey.value(service + QLatin1Char('\n') + url, 0);
    m_mappingCombo->setCurrentIndex(row);
    if (row > 0) {
        const QString name = m_mappingItems->item(row)->data(NameRole).toString();
        m_urlHint->setText(tr("✓ The saved mapping \"%1\" has this exact URL for %2.").arg(name, service));
        StatusPalette::setTone(m_urlHint, StatusPalette::Tone::Neutral);
    } else {
        m_urlHint->setText(m_stopCheck->isChecked()
                               ? tr("⚠ No saved mapping has this exact URL for %1: the gateway will refuse the call.")
                                     .arg(service.isEmpty() ? tr("an empty service name") : service)
                               : tr("⚠ No saved mapping has this exact URL for %1: the gateway calls it without a "
                                    "client certificate.")
                                     .arg(service.isEmpty() ? tr("an empty service name") : service));
        StatusPalette::setTone(m_urlHint, StatusPalette::Tone::Warning);
    }
}

void ForwardTesterPanel::updateForm()
{
    const QString method = m_methodCombo->currentText();
    const bool hasBody = method == QLatin1String("POST") || method == QLatin1String("PUT");
    m_bodyEdit->setEnabled(hasBody);
    m_contentTypeCombo->setEnabled(hasBody);
    if (!hasBody) {
        m_bodyHint->setText(tr("%1 sends no body.").arg(method));
    } else if (m_bodyEdit->toPlainText().isEmpty()) {
        m_bodyHint->setText(tr("Sent to the URL byte for byte."));
    } else if (m_contentTypeCombo->currentText().contains(QLatin1String("json"))) {
        QJsonParseError error;
        QJsonDocument::fromJson(m_bodyEdit->toPlainText().toUtf8(), &error);
        m_bodyHint->setText(
            error.error == QJsonParseError::NoError
                ? tr("✓ Valid JSON (%1).").arg(QLocale().formattedDataSize(m_bodyEdit->toPlainText().toUtf8().size()))
                : tr("⚠ Not valid JSON (%1 at offset %2); it is sent as it is.")
                      .arg(error.errorString())
                      .arg(error.offset));
    } else {
        m_bodyHint->setText(QLocale().formattedDataSize(m_bodyEdit->toPlainText().toUtf8().size()));
    }
    m_removeHeaderButton->setEnabled(!m_headersTable->selectedItems().isEmpty());
    m_headersLabel->setText(m_headersTable->rowCount() == 0
                                ? tr("Extra &headers:")
                                : tr("Extra &headers (%1):").arg(m_headersTable->rowCount()));
    if (!isBusy())
        m_formMessage->clear();
}

void ForwardTesterPanel::addHeaderRow()
{
    const int row = m_headersTable->rowCount();
    m_headersTable->insertRow(row);
    m_headersTable->setItem(row, 0, new QTableWidgetItem);
    m_headersTable->setItem(row, 1, new QTableWidgetItem);
    m_headersTable->setCurrentCell(row, 0);
    m_headersTable->editItem(m_headersTable->item(row, 0));
    updateForm();
}

void ForwardTesterPanel::removeHeaderRows()
{
    QList<int> rows;
    const QList<QTableWidgetItem*> selected = m_headersTable->selectedItems();
    for (QTableWidgetItem* item : selected) {
        if (!rows.contains(item->row()))
            rows << item->row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_headersTable->removeRow(row);
    updateForm();
}

QString ForwardTesterPanel::formProblem() const
{
    const QString url = m_urlEdit->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the URL to call, or pick a saved mapping.");
    if (const QString problem = MappingValidator::urlProblem(url); !problem.isEmpty())
        return problem;
    for (int row = 0; row < m_headersTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_headersTable->item(row, 0);
        const QByteArray key = name ? name->text().trimmed().toLatin1().toLower() : QByteArray();
        if (key.isEmpty())
            continue;
        if (reservedHeaders().contains(key))
            return tr("The header \"%1\" is set by the form (URL, service, override or content type): remove it "
                      "from the table.")
                .arg(name->text().trimmed());
        if (name->text().trimmed().contains(QLatin1Char(' ')) || name->text().trimmed().contains(QLatin1Char(':')))
            return tr("\"%1\" is not a header name.").arg(name->text().trimmed());
    }
    return {};
}

ForwardRequest ForwardTesterPanel::request() const
{
    ForwardRequest request;
    request.method = m_methodCombo->currentText().toLatin1();
    request.url = m_urlEdit->text().trimmed();
    request.serviceName = m_serviceCombo->currentText().trimmed();
    request.stopIfCertificateNotFound = m_stopCheck->isChecked();
    if (!m_compact)
        request.authorizationOverride = m_overrideEdit->text().trimmed().toUtf8();
    if (!m_compact) {
        for (int row = 0; row < m_headersTable->rowCount(); ++row) {
            const QTableWidgetItem* name = m_headersTable->item(row, 0);
            const QTableWidgetItem* value = m_headersTable->item(row, 1);
            if (name && !name->text().trimmed().isEmpty())
                request.headers.append(
                    {name->text().trimmed().toLatin1(), value ? value->text().toUtf8() : QByteArray()});
        }
        if (m_bodyEdit->isEnabled() && !m_bodyEdit->toPlainText().isEmpty()) {
            request.body = m_bodyEdit->toPlainText().toUtf8();
            request.headers.append({"Content-Type", m_contentTypeCombo->currentText().trimmed().toLatin1()});
        }
    }
    return request;
}

QString ForwardTesterPanel::curlCommand() const
{
    ForwardRequest forward = request();
    const QString host = m_workspace.domains().host(Domains::MtlsGateway);
    const QString endpoint =
        QStringLiteral("https://%1/mtls/account/%2")
            .arg(host.isEmpty() ? QStringLiteral("{mtlsGateway}") : host,
                 m_workspace.accountId().isEmpty() ? QStringLiteral("{accountId}") : m_workspace.accountId());
    QStringList lines{QStringLiteral("curl -X %1 %2").arg(QString::fromLatin1(forward.method), shellQuote(endpoint))};
    auto header = [&lines](const QString& name, const QString& value) {
        lines << QStringLiteral("  -H %1").arg(shellQuote(name + QStringLiteral(": ") + value));
    };
    // The AppKey signature covers the method, URL, time and a nonce: it is made per request, not copied.
    header(QStringLiteral("Authorization"), QStringLiteral("OAuth <AppKey signature>"));
    header(QStringLiteral("LP-forward-url"), forward.url);
    if (!forward.serviceName.isEmpty())
        header(QStringLiteral("LP-service-name"), forward.serviceName);
    header(QStringLiteral("LP-stop-if-certificate-not-found"),
           forward.stopIfCertificateNotFound ? QStringLiteral("true") : QStringLiteral("false"));
    if (!forward.authorizationOverride.isEmpty())
        header(QStringLiteral("LP-authorization-override"), QStringLiteral("<authorization for the remote side>"));
    for (const auto& [name, value] : forward.headers)
        header(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!forward.body.isEmpty())
        lines << QStringLiteral("  --data-binary %1").arg(shellQuote(QString::fromUtf8(forward.body)));
    wipe(forward.authorizationOverride);
    return lines.join(QStringLiteral(" \\\n"));
}

void ForwardTesterPanel::copyAsCurl()
{
    QApplication::clipboard()->setText(curlCommand());
    StatusPalette::setTone(m_formMessage, StatusPalette::Tone::Neutral);
    m_formMessage->setText(tr("Copied a curl command to the clipboard (with placeholders for the AppKey signature "
                              "and any Authorization override)."));
}

void ForwardTesterPanel::send()
{
    if (isBusy())
        return;
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_formMessage->setText(QStringLiteral("✗ ") + problem);
        StatusPalette::setTone(m_formMessage, StatusPalette::Tone::Error);
        return;
    }
    ForwardRequest forward = request();
    ForwardJob* job = runtime().forward(forward);
    wipe(forward.authorizationOverride);
    if (!job) {
        const QString reason = runtime().unavailableReason();
        m_response->showFailure(reason.isEmpty() ? tr("The forward could not start.") : reason);
        return;
    }
    m_job = job;
    setBusy(true);
    m_formMessage->clear();
    m_response->showSending(
        tr("Sending %1 %2 through the gateway…").arg(QString::fromLatin1(job->forward().method), job->forward().url));
    const bool stop = forward.stopIfCertificateNotFound;
    connect(job, &ForwardJob::answered, this, [this, stop](const ForwardResult& result) {
        m_response->showResult(result, stop);
        emit answered(result);
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_response->showFailure(error.kind == ApiError::Kind::Canceled ? tr("Canceled: no answer is shown.")
                                                                       : Messages::apiError(error, tr("The forward")));
    });
    connect(job, &ApiJob::finished, this, [this] {
        m_job = nullptr; // the job deletes itself after finished()
        setBusy(false);
    });
}

void ForwardTesterPanel::cancel()
{
    if (m_job)
        m_job->abort();
}

void ForwardTesterPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_sendButton->setEnabled(!busy);
}

} // namespace mtlsdesk
