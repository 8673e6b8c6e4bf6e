#include "pages/CheckPage.h"

#include "app/Workspace.h"
#include "runtime/RuntimeMonitor.h"
#include "text/Messages.h"
#include "widgets/ForwardTesterPanel.h"
#include "widgets/StatusIcons.h"
#include "widgets/StatusPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mtlsdesk {

CheckPage::CheckPage(Workspace& workspace, std::function<std::optional<Mapping>()> savedMapping, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_savedMapping(std::move(savedMapping))
    , m_mappingLabel(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_liveAt(new QLabel(this))
    , m_checkButton(new QPushButton(tr("&Check now"), this))
    , m_testButton(new QPushButton(tr("Send a &test request…"), this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_tester(new ForwardTesterPanel(workspace, this))
{
    setObjectName(QStringLiteral("checkWizardPage"));
    setTitle(tr("Check that the mapping is live"));
    setSubTitle(tr("The gateway's check-mapping says whether its runtime presents a certificate for this service "
                   "and exact URL. Saved changes reach the runtime through a cache after about 5 minutes."));
    auto* intro = new QLabel(tr("Until the cache picks the mapping up it is \"not live yet\": this step shows when it "
                                "should be live and checks again by itself. You can finish the wizard now; the "
                                "Dashboard shows every mapping's status later.") +
                                 QLatin1Char(' ') +
                                 tr("Like every request of mTLS Desk, these checks are paced so that the account "
                                    "stays under the service's limit of 10 requests per second."),
                             this);
    intro->setObjectName(QStringLiteral("checkIntroLabel"));
    intro->setWordWrap(true);

    m_mappingLabel->setObjectName(QStringLiteral("checkMappingLabel"));
    m_mappingLabel->setWordWrap(true);
    m_mappingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("checkStatusLabel"));
    m_statusLabel->setWordWrap(true);
    fitToFont();
    m_detail->setObjectName(QStringLiteral("checkDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveAt->setObjectName(QStringLiteral("checkLiveAtLabel"));
    m_liveAt->setWordWrap(true);
    m_checkButton->setObjectName(QStringLiteral("checkNowButton"));
    m_checkButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_testButton->setObjectName(QStringLiteral("checkTestRequestButton"));
    m_testButton->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_testButton->setCheckable(true);
    m_testButton->setVisible(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Checking"));
    m_message->setObjectName(QStringLiteral("checkMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tester->setObjectName(QStringLiteral("checkForwardTesterPanel"));
    m_tester->setCompact(true);
    m_tester->setVisible(false);

    auto* statusText = new QVBoxLayout;
    statusText->addWidget(m_statusLabel);
    statusText->addWidget(m_detail);
    statusText->addWidget(m_liveAt);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addLayout(statusText, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_mappingLabel);
    layout->addSpacing(6);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tester, 1);
    layout->addStretch(0);

    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        m_nextCheck = {};
        if (isVisible())
            checkNow();
    });
    connect(m_checkButton, &QPushButton::clicked, this, &CheckPage::checkNow);
    connect(m_testButton, &QPushButton::toggled, m_tester, &QWidget::setVisible);
    RuntimeMonitor& monitor = runtime();
    connect(&monitor, &RuntimeMonitor::checkFinished, this, &CheckPage::checkFinished);
    connect(&monitor.model(), &DashboardModel::countsChanged, this, &CheckPage::updateStatus);
    connect(&monitor, &RuntimeMonitor::failed, this, [this](const QString& sentence) {
        if (m_running || isVisible())
            setMessage(sentence, true);
    });
}

RuntimeMonitor& CheckPage::runtime() const
{
    return m_workspace.runtime();
}

void CheckPage::initializePage()
{
    m_mapping = m_savedMapping ? m_savedMapping() : std::nullopt;
    m_checked = false;
    m_testButton->setChecked(false);
    setMessage(QString(), false);
    if (!m_mapping) {
        m_mappingLabel->setText(tr("No mapping was saved in the previous step: go back and save one first."));
        updateStatus();
        return;
    }
    const QString service = MappingServices::name(m_mapping->serviceId);
    m_mappingLabel->setText(tr("Mapping \"%1\": %2 · %3").arg(m_mapping->name, service, m_mapping->url));
    m_tester->setTarget(m_mapping->url, service);
    checkNow();
}

void CheckPage::cleanupPage()
{
    // Back to the Mapping step: no more checks in the background for a mapping that may change.
    m_recheck.stop();
    m_nextCheck = {};
    m_waiting = false;
}

bool CheckPage::isComplete() const
{
    return m_checked && !m_running;
}

void CheckPage::checkNow()
{
    if (!m_mapping || m_running)
        return;
    m_recheck.stop();
    m_nextCheck = {};
    RuntimeMonitor& monitor = runtime();
    if (monitor.isChecking()) {
        // One check at a time per workspace: this one follows the running one.
        m_waiting = true;
        setMessage(tr("Another check is running (Dashboard); this mapping is checked right after it."), false);
        updateStatus();
        return;
    }
    m_waiting = false;
    if (!monitor.checkMappings({*m_mapping})) {
        const QString reason = monitor.unavailableReason();
        if (!reason.isEmpty())
            setMessage(reason, true);
        updateStatus();
        return;
    }
    m_running = true;
    setMessage(tr("Asking the gateway…"), false);
    emit completeChanged();
    updateStatus();
}

void CheckPage::checkFinished(bool complete)
{
    if (m_running) {
        m_running = false;
        if (complete) {
            m_checked = true;
            setMessage(tr("Checked at %1.").arg(Messages::clockTime(QDateTime::currentDateTime())), false);
        }
        emit completeChanged();
    }
    updateStatus();
    if (m_waiting && isVisible())
        checkNow();
}

void CheckPage::updateStatus()
{
    m_busy->setVisible(m_running || m_waiting);
    m_checkButton->setEnabled(m_mapping.has_value() && !m_running);
    if (!m_mapping) {
        m_statusIcon->clear();
        m_statusLabel->clear();
        m_detail->clear();
        m_liveAt->clear();
        m_liveAt->setVisible(false);
        return;
    }
    const DashboardModel& model = runtime().model();
    const QList<Mapping>& mappings = model.mappings();
    int row = -1;
    for (int i = 0; i < mappings.size() && row < 0; ++i) {
        const Mapping& candidate = mappings.at(i);
        if (m_mapping->id != 0 ? candidate.id == m_mapping->id : candidate.key() == m_mapping->key())
            row = i;
    }
    if (row < 0) {
        m_statusIcon->setPixmap(StatusIcons::pixmap(RuntimeStatus::Kind::Unchecked, *this, iconExtent()));
        m_statusLabel->setText(RuntimeStatus::kindName(RuntimeStatus::Kind::Unchecked));
        StatusPalette::setTone(m_statusLabel, StatusPalette::Tone::Neutral);
        m_detail->setText(tr("The mapping is not in the account's saved list yet."));
        m_liveAt->clear();
        m_liveAt->setVisible(false);
        m_testButton->setVisible(false);
        return;
    }
    const RuntimeStatus& status = model.statusAt(row);
    m_statusIcon->setPixmap(StatusIcons::pixmap(status.kind, *this, iconExtent()));
    m_statusLabel->setText(status.text);
    StatusPalette::setTone(m_statusLabel, StatusPalette::toneOf(status.severity()));
    m_detail->setText(status.detail);
    const bool live = status.kind == RuntimeStatus::Kind::Live ||
                      status.kind == RuntimeStatus::Kind::CertificateExpiring ||
                      status.kind == RuntimeStatus::Kind::DuplicateRisk;
    m_testButton->setVisible(live);
    if (!live && m_testButton->isChecked())
        m_testButton->setChecked(false);
    if (status.kind == RuntimeStatus::Kind::Pending && !m_running) {
        scheduleRecheck(status.liveAt);
    } else if (status.kind != RuntimeStatus::Kind::Pending) {
        m_recheck.stop();
        m_nextCheck = {};
    }
    if (status.kind == RuntimeStatus::Kind::Pending) {
        // The status itself says "Live at 14:05"; this line says what the step does meanwhile.
        m_liveAt->setText(m_nextCheck.isValid() ? tr("Checking again at %1, and every %2 seconds until it is live.")
                                                      .arg(QLocale().toString(m_nextCheck.toLocalTime().time(),
                                                                              QStringLiteral("HH:mm:ss")))
                                                      .arg(RecheckMs / 1000)
                                                : tr("Waiting for the gateway's cache."));
    } else if (live) {
        m_liveAt->setText(tr("The gateway presents the certificate when %1 calls this URL.")
                              .arg(MappingServices::name(m_mapping->serviceId)));
    } else {
        m_liveAt->clear();
    }
    m_liveAt->setVisible(!m_liveAt->text().isEmpty());
}

void CheckPage::scheduleRecheck(const QDateTime& liveAt)
{
    if (m_recheck.isActive() || !isVisible())
        return;
    qint64 wait = RecheckMs;
    if (liveAt.isValid())
        wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(liveAt), 1000, RecheckMs);
    m_nextCheck = QDateTime::currentDateTimeUtc().addMSecs(wait);
    m_recheck.start(int(wait));
}

void CheckPage::setMessage(const QString& text, bool error)
{
    m_message->setText(error && !text.isEmpty() ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_message, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

int CheckPage::iconExtent() const
{
    // As tall as about two lines of the status's large text, whatever the font (presenter mode) and scale.
    return qRound(QFontMetricsF(m_statusLabel->font()).height() * 1.6);
}

void CheckPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    // The status icon is a pixmap in the palette's colours at the font's size: paint it again for the new ones.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (event->type() == QEvent::FontChange)
            fitToFont();
        updateStatus();
    }
}

void CheckPage::fitToFont()
{
    // The status is larger than the text around it, also when that text grows (presenter mode).
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_statusLabel->setFont(big);
    m_statusIcon->setFixedSize(QSize(iconExtent(), iconExtent()) + QSize(4, 4));
}

} // namespace mtlsdesk
