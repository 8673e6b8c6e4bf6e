#include "widgets/RemoteTestPanel.h"

#include "certs/CertificateManager.h"
#include "p12/P12Inspector.h"
#include "secrets/Wipe.h"
#include "text/Messages.h"
#include "widgets/StatusPalette.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mtlsdesk {

RemoteTestPanel::RemoteTestPanel(CertificateManager& manager, SourceProvider source, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_source(std::move(source))
    , m_forwardGroup(new QGroupBox(tr("Also &call a URL with this key through the service"), this))
    , m_urlEdit(new QLineEdit(m_forwardGroup))
    , m_methodCombo(new QComboBox(m_forwardGroup))
    , m_authorizationEdit(new QLineEdit(m_forwardGroup))
    , m_bodyEdit(new QPlainTextEdit(m_forwardGroup))
    , m_testButton(new QPushButton(tr("&Test with the service"), this))
    , m_cancelButton(new QPushButton(tr("Cancel test"), this))
    , m_busy(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    auto* intro = new QLabel(tr("The service opens the file with its password the way it will when it uses the "
                                "certificate, and answers whether it can (HTTP 200) or not (HTTP 500). Nothing is "
                                "stored."),
                             this);
    intro->setWordWrap(true);

    m_forwardGroup->setObjectName(QStringLiteral("forwardGroupBox"));
    m_forwardGroup->setCheckable(true);
    m_forwardGroup->setChecked(false);
    m_urlEdit->setObjectName(QStringLiteral("forwardUrlLineEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://partner.example/api/token"));
    m_urlEdit->setAccessibleName(tr("URL the service calls with the key"));
    m_methodCombo->setObjectName(QStringLiteral("forwardMethodComboBox"));
    m_methodCombo->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                             QStringLiteral("DELETE")});
    m_methodCombo->setAccessibleName(tr("HTTP method"));
    m_authorizationEdit->setObjectName(QStringLiteral("forwardAuthorizationLineEdit"));
    m_authorizationEdit->setPlaceholderText(tr("optional, e.g. Bearer …"));
    m_authorizationEdit->setAccessibleName(tr("Authorization header sent to the URL"));
    m_bodyEdit->setObjectName(QStringLiteral("forwardBodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Request body sent to the URL"));
    m_bodyEdit->setPlaceholderText(tr("optional body"));
    m_bodyEdit->setMaximumHeight(m_bodyEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_bodyEdit->setTabChangesFocus(true);
    auto* forwardForm = new QFormLayout(m_forwardGroup);
    auto* urlLabel = new QLabel(tr("&URL:"), m_forwardGroup);
    urlLabel->setBuddy(m_urlEdit);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_methodCombo);
    urlRow->addWidget(m_urlEdit, 1);
    forwardForm->addRow(urlLabel, urlRow);
    auto* authLabel = new QLabel(tr("&Authorization:"), m_forwardGroup);
    authLabel->setBuddy(m_authorizationEdit);
    forwardForm->addRow(authLabel, m_authorizationEdit);
    auto* bodyLabel = new QLabel(tr("&Body:"), m_forwardGroup);
    bodyLabel->setBuddy(m_bodyEdit);
    forwardForm->addRow(bodyLabel, m_bodyEdit);
    auto* forwardNote = new QLabel(tr("Older versions of the tester made this call; the current service may only "
                                      "check the file. The Dashboard's forward tester uses the saved mapping."),
                                   m_forwardGroup);
    forwardNote->setWordWrap(true);
    forwardForm->addRow(forwardNote);

    m_testButton->setObjectName(QStringLiteral("remoteTestButton"));
    m_testButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_cancelButton->setObjectName(QStringLiteral("remoteTestCancelButton"));
    m_cancelButton->setVisible(false);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 22);
    m_busy->setAccessibleName(tr("Testing"));
    m_verdict->setObjectName(QStringLiteral("remoteTestVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("remoteTestDetails"));
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_details->setAccessibleName(tr("Answer details"));
    m_details->setTabChangesFocus(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_busy);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_forwardGroup);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);

    connect(m_testButton, &QPushButton::clicked, this, &RemoteTestPanel::runTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &RemoteTestPanel::cancel);
}

RemoteTestPanel::~RemoteTestPanel()
{
    if (m_job)
        m_job->abort();
}

void RemoteTestPanel::setForwardUrl(const QUrl& url)
{
    m_urlEdit->setText(url.toString());
}

void RemoteTestPanel::reset()
{
    if (m_job)
        m_job->abort();
    m_passed = false;
    m_outcome = {};
    m_verdict->clear();
    m_details->clear();
    m_details->setVisible(false);
    emit verdictChanged(false);
}

void RemoteTestPanel::cancel()
{
    if (m_job)
        m_job->abort();
}

void RemoteTestPanel::showVerdict(const QString& text, bool good)
{
    // Mark plus words plus colour: the verdict never rests on colour alone.
    m_verdict->setText((good ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
    StatusPalette::setTone(m_verdict, good ? StatusPalette::Tone::Ok : StatusPalette::Tone::Error);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
}

void RemoteTestPanel::runTest()
{
    if (isBusy())
        return;
    Source source = m_source();
    if (source.path.isEmpty()) {
        showVerdict(tr("Choose and inspect a PKCS#12 file first."), false);
        wipe(source.password);
        return;
    }
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        showVerdict(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(source.path), file.errorString()),
                    false);
        wipe(source.password);
        return;
    }
    const QByteArray p12 = file.read(p12::P12Inspector::MaxFileBytes + 1);
    std::optional<P12TestJob::Forward> forward;
    if (m_forwardGroup->isChecked()) {
        const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            showVerdict(tr("Enter a full https:// URL for the service to call, or untick the call."), false);
            wipe(source.password);
            return;
        }
        P12TestJob::Forward spec;
        spec.url = url;
        spec.method = m_methodCombo->currentText().toLatin1();
        spec.authorizationOverride = m_authorizationEdit->text().trimmed().toUtf8();
        spec.body = m_bodyEdit->toPlainText().toUtf8();
        if (!spec.body.isEmpty())
            spec.contentTypeOverride = QJsonDocument::fromJson(spec.body).isNull() ? "text/plain" : "application/json";
        forward = spec;
    }
    m_passed = false;
    emit verdictChanged(false);
    P12TestJob* job = m_manager.test(p12, source.password, forward);
    wipe(source.password);
    if (!job) {
        showVerdict(m_manager.unavailableReason(), false);
        return;
    }
    m_job = job;
    const QString testedPath = source.path;
    m_busy->setVisible(true);
    m_cancelButton->setVisible(true);
    m_testButton->setEnabled(false);
    StatusPalette::setTone(m_verdict, StatusPalette::Tone::Neutral);
    QFont regular = m_verdict->font();
    regular.setBold(false);
    m_verdict->setFont(regular);
    m_verdict->setText(tr("The service is testing the file…"));
    m_details->setVisible(false);
    connect(job, &P12TestJob::tested, this, [this, testedPath](const P12TestOutcome& outcome) {
        m_outcome = outcome;
        m_passedPath = testedPath;
        showOutcome(outcome);
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Canceled)
            showVerdict(tr("Test canceled."), false);
        else
            showVerdict(Messages::apiError(error, tr("The remote test")), false);
    });
    connect(job, &ApiJob::finished, this, [this] {
        m_job = nullptr; // deleted later by the manager; from here on the panel is idle
        m_busy->setVisible(false);
        m_cancelButton->setVisible(false);
        m_testButton->setEnabled(true);
        emit verdictChanged(passed());
    });
}

void RemoteTestPanel::showOutcome(const P12TestOutcome& outcome)
{
    QString details;
    if (!outcome.forwarded) {
        m_passed = outcome.accepted;
        if (outcome.accepted) {
            showVerdict(tr("The service can use this file: the password opens it and the key is usable."), true);
        } else {
            const QString reason = outcome.serviceMessage.isEmpty() ? tr("it gave no reason") : outcome.serviceMessage;
            // What happened (the service's words), then what to do: a new line, so that any reason reads well.
            showVerdict(tr("The service cannot use this file (HTTP %1): %2").arg(outcome.httpStatus).arg(reason) +
                            QLatin1Char('\n') +
                            tr("Check the file's password; if it is right, re-wrap the file for Java (Make or convert "
                               "a P12…) or export it again, then test again."),
                        false);
        }
    } else if (outcome.httpStatus == 424) {
        m_passed = false;
        showVerdict(tr("The service could not call the URL with this key (HTTP 424): %1")
                        .arg(outcome.transportMessage.isEmpty() ? outcome.serviceMessage : outcome.transportMessage),
                    false);
    } else {
        // The file worked (the service used it for the call); what the remote answered is the partner's business.
        m_passed = true;
        const bool remoteOk = outcome.httpStatus >= 200 && outcome.httpStatus < 300;
        showVerdict(remoteOk ? tr("The service called the URL with this key; it answered HTTP %1.").arg(outcome.httpStatus)
                             : tr("The service called the URL with this key, and the URL answered HTTP %1. Check "
                                  "the details below.")
                                   .arg(outcome.httpStatus),
                    remoteOk);
    }
    details += tr("HTTP status: %1").arg(outcome.httpStatus) + QLatin1Char('\n');
    if (!outcome.transportMessage.isEmpty())
        details += tr("Transport: %1").arg(outcome.transportMessage) + QLatin1Char('\n');
    if (outcome.forwarded) {
        for (const auto& [name, value] : outcome.headers)
            details += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    }
    const QJsonDocument json = QJsonDocument::fromJson(outcome.body);
    const QString body = json.isNull() ? QString::fromUtf8(outcome.body.left(64 * 1024))
                                       : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (!body.isEmpty())
        details += QLatin1Char('\n') + body;
    m_details->setPlainText(details);
    m_details->setVisible(true);
}

} // namespace mtlsdesk
