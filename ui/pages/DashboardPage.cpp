#include "pages/DashboardPage.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "models/DashboardModel.h"
#include "runtime/RuntimeMonitor.h"
#include "text/Messages.h"
#include "widgets/AuditView.h"
#include "widgets/ForwardTesterPanel.h"
#include "widgets/StatusIcons.h"
#include "widgets/StatusPalette.h"
#include "widgets/StatusSummary.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mtlsdesk {

using Column = DashboardModel::Column;
using Kind = RuntimeStatus::Kind;

namespace {

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (int kind = 0; kind < int(Kind::Count); ++kind)
        kinds << Kind(kind);
    return kinds;
}

// The status column in words, icon and colour; the other columns as the model has them.
class DecoratedDashboardProxy : public DashboardProxyModel
{
public:
    using DashboardProxyModel::DashboardProxyModel;
    // The table: its palette decides the text colours (read at every paint, so a palette change shows at once).
    void setView(const QWidget* view) { m_view = view; }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() == int(Column::Status) && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const auto kind = Kind(DashboardProxyModel::data(index, DashboardModel::KindRole).toInt());
            if (role == Qt::DecorationRole)
                return StatusIcons::icon(kind);
            const StatusPalette::Tone tone = StatusPalette::toneOf(RuntimeStatus::severityOf(kind));
            if (tone == StatusPalette::Tone::Neutral || !m_view)
                return {};
            return StatusPalette::text(tone, m_view->palette(), QPalette::Base);
        }
        return DashboardProxyModel::data(index, role);
    }

private:
    const QWidget* m_view = nullptr;
};

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new QLabel(this))
    , m_loginButton(new QPushButton(tr("Go to &login"), this))
    , m_tabs(new QTabWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_progress(new QProgressBar(this))
    , m_lastChecked(new QLabel(this))
    , m_summary(new StatusSummary(this))
    , m_filterCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_proxy(new DecoratedDashboardProxy(this))
    , m_detailIcon(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_note(new QLabel(this))
    , m_forwardTester(new ForwardTesterPanel(workspace, this))
    , m_auditView(new AuditView(workspace, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->setWordWrap(true);
    m_loginButton->setObjectName(QStringLiteral("dashboardLoginButton"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));

    auto* statusPage = new QWidget(this);
    buildStatusTab(statusPage);
    m_tabs->addTab(statusPage, StatusIcons::icon(Kind::Live), tr("&Status"));
    auto* forwardPage = new QWidget(this);
    auto* forwardLayout = new QVBoxLayout(forwardPage);
    auto* forwardIntro = new QLabel(tr("Send one request through the gateway's forward endpoint, as the runtime "
                                       "does: the gateway finds the certificate by service and exact URL, calls the "
                                       "URL with it and returns the answer unchanged."),
                                    forwardPage);
    forwardIntro->setWordWrap(true);
    forwardLayout->addWidget(forwardIntro);
    forwardLayout->addWidget(m_forwardTester, 1);
    m_tabs->addTab(forwardPage, style()->standardIcon(QStyle::SP_DriveNetIcon), tr("For&ward test"));
    auto* auditPage = new QWidget(this);
    auto* auditLayout = new QVBoxLayout(auditPage);
    auditLayout->addWidget(m_auditView);
    m_tabs->addTab(auditPage, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Audit"));

    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_loginButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_tabs, 1);

    RuntimeMonitor& monitor = runtime();
    connect(m_loginButton, &QPushButton::clicked, this, &DashboardPage::loginRequested);
    connect(&monitor, &RuntimeMonitor::checkStarted, this, [this](int total) {
        m_checking = true;
        m_checkTotal = total;
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(0);
        m_progress->setFormat(tr("Checked %1 of %2").arg(QLocale().toString(0), QLocale().toString(total)));
        updateState();
    });
    connect(&monitor, &RuntimeMonitor::progress, this, [this](int checked, int total) {
        m_checkTotal = total;
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(checked);
        m_progress->setFormat(tr("Checked %1 of %2").arg(QLocale().toString(checked), QLocale().toString(total)));
    });
    connect(&monitor, &RuntimeMonitor::checkFinished, this, [this](bool complete) {
        m_checking = false;
        if (complete)
            showMessage(m_checkTotal == 0
                            ? tr("Nothing to check: no saved mapping is enabled.")
                            : tr("Checked %n enabled mapping(s) with the gateway.", nullptr, m_checkTotal),
                        false);
        else if (!m_errorShown)
            showMessage(tr("Check canceled: the table shows the answers that arrived."), false);
        updateLastChecked();
        updateState();
    });
    connect(&monitor, &RuntimeMonitor::failed, this, [this](const QString& sentence) { showMessage(sentence, true); });
    const DashboardModel& model = monitor.model();
    connect(&model, &DashboardModel::countsChanged, this, &DashboardPage::updateSummary);
    connect(&model, &DashboardModel::countsChanged, this, &DashboardPage::updateDetail);
    connect(&m_workspace.session(), &Session::stateChanged, this, [this] {
        updateState();
        loadIfNeeded();
    });
    connect(&m_workspace, &Workspace::domainsChanged, this, [this] {
        updateState();
        loadIfNeeded();
    });
    // A new account resets the mapping editor and the certificate manager: load what the dashboard shows for it.
    connect(&m_workspace, &Workspace::accountChanged, this, [this] {
        updateState();
        loadIfNeeded();
    });
    connect(&m_workspace, &Workspace::environmentChanged, this, &DashboardPage::updateState);
    updateState();
    updateSummary();
    updateDetail();
    updateLastChecked();
}

DashboardPage::~DashboardPage() = default;

RuntimeMonitor& DashboardPage::runtime() const
{
    return m_workspace.runtime();
}

void DashboardPage::buildStatusTab(QWidget* page)
{
    RuntimeMonitor& monitor = runtime();

    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_checkAllAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Check all"), this,
                                            &DashboardPage::checkAll);
    m_checkAllAction->setObjectName(QStringLiteral("checkAllAction"));
    m_checkAllAction->setShortcut(QKeySequence::Refresh);
    m_checkAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel"), this,
                                          &DashboardPage::cancelCheck);
    m_cancelAction->setObjectName(QStringLiteral("cancelCheckAction"));
    m_progress->setObjectName(QStringLiteral("checkProgressBar"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setMinimumWidth(220);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    // A widget in a tool bar is shown and hidden through its action (the tool bar's layout re-shows it otherwise).
    m_progressAction = m_toolBar->addWidget(m_progress);
    m_progressAction->setObjectName(QStringLiteral("checkProgressAction"));
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_lastChecked->setObjectName(QStringLiteral("lastCheckedLabel"));
    m_toolBar->addWidget(m_lastChecked);
    addActions({m_checkAllAction, m_cancelAction}); // their shortcuts work anywhere on the page

    m_filterCombo->setObjectName(QStringLiteral("dashboardFilterComboBox"));
    m_filterCombo->setAccessibleName(tr("Show mappings with status"));
    m_filterCombo->addItem(tr("All"), -1);
    m_filterCombo->addItem(StatusIcons::icon(RuntimeStatus::Severity::Error), tr("Problems"), -2);
    m_filterCombo->setItemData(1, tr("Mappings that do not work or need attention (errors and warnings)"),
                               Qt::ToolTipRole);
    for (Kind kind : allKinds())
        m_filterCombo->addItem(StatusIcons::icon(kind), RuntimeStatus::kindName(kind), int(kind));
    m_searchEdit->setObjectName(QStringLiteral("dashboardSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, service, URL or certificate"));
    m_searchEdit->setAccessibleName(tr("Search the dashboard"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(360);

    m_proxy->setSourceModel(&monitor.model());
    m_proxy->setSortRole(DashboardModel::SortRole);
    m_table->setObjectName(QStringLiteral("dashboardTableView"));
    m_table->setAccessibleName(tr("Runtime status of the mappings"));
    m_table->setModel(m_proxy);
    static_cast<DecoratedDashboardProxy*>(m_proxy)->setView(m_table);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Url), QHeaderView::Stretch);
    // In characters, so that the columns grow with the font (presenter mode).
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(int(Column::Status), 25 * character);
    header->resizeSection(int(Column::Name), 20 * character);
    header->resizeSection(int(Column::Service), 15 * character);
    header->resizeSection(int(Column::Certificate), 19 * character);
    header->resizeSection(int(Column::Detail), 33 * character);
    m_table->setToolTip(tr("Double-click a mapping to send a test request to its URL."));

    m_detailIcon->setFixedSize(QSize(fontMetrics().height(), fontMetrics().height()) + QSize(4, 4));
    m_detail->setObjectName(QStringLiteral("dashboardDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("Status of the selected mapping"));
    m_message->setObjectName(QStringLiteral("dashboardMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("dashboardNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Saved changes reach the gateway's runtime about 5 minutes after saving (its cache): until "
                       "then a mapping is \"not live yet\", with the time it should be live. Check all asks the "
                       "gateway's check-mapping in batches of up to %1 URLs per request, paced at 10 requests per "
                       "second like every call to the service.")
                        .arg(QLocale().toString(monitor.checker().batchSize())));
    StatusPalette::setTone(m_note, StatusPalette::Tone::Muted); // the placeholder grey is below 4.5:1

    auto* searchLabel = new QLabel(tr("Sea&rch:"), page);
    searchLabel->setBuddy(m_searchEdit);
    auto* filterLabel = new QLabel(tr("S&how:"), page);
    filterLabel->setBuddy(m_filterCombo);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(filterLabel);
    searchRow->addWidget(m_filterCombo);
    searchRow->addSpacing(12);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addStretch(1);
    auto* detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detailIcon, 0, Qt::AlignTop);
    detailRow->addWidget(m_detail, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_summary);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(detailRow);
    layout->addWidget(m_message);
    layout->addWidget(m_note);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilter);
    connect(m_summary, &StatusSummary::kindClicked, this, [this](std::optional<Kind> kind) {
        if (kind)
            showKind(*kind);
        else
            showAll();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateSummary(); // "(3 shown)"
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardPage::updateDetail);
    connect(m_table, &QTableView::doubleClicked, this, &DashboardPage::testSelected);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The detail's icon is a pixmap in the palette's colours at the font's size.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_detailIcon->setFixedSize(QSize(fontMetrics().height(), fontMetrics().height()) + QSize(4, 4));
        updateDetail();
    }
}

void DashboardPage::loadIfNeeded()
{
    // The table shows the saved mappings before any check ("not checked"); a check costs requests, so it waits
    // for the admin's click.
    if (!isVisible() || !m_workspace.session().isLoggedIn())
        return;
    CertificateManager& certificates = m_workspace.certificates();
    if (!certificates.isLoaded() && !certificates.isRefreshing() && certificates.unavailableReason().isEmpty())
        certificates.refresh();
    MappingEditor& mappings = m_workspace.mappings();
    if (!mappings.isLoaded() && mappings.state() == MappingEditor::State::Empty &&
        mappings.unavailableReason().isEmpty())
        mappings.load();
}

void DashboardPage::checkAll()
{
    // Said first: checkStarted(), checkFinished() (nothing to check) or failed() may follow at once.
    showMessage(tr("Checking the saved mappings with the gateway…"), false);
    // Until checkStarted(): the mappings and certificates it does not have yet are loading, no count to show.
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading…"));
    runtime().checkAll();
    updateState();
}

void DashboardPage::cancelCheck()
{
    runtime().cancel();
    updateState();
}

void DashboardPage::showKind(Kind kind)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(kind)));
}

void DashboardPage::showAll()
{
    m_filterCombo->setCurrentIndex(0);
}

void DashboardPage::applyFilter()
{
    const int choice = m_filterCombo->currentData().toInt();
    QSet<Kind> kinds;
    if (choice == -2) {
        for (Kind kind : allKinds()) {
            const RuntimeStatus::Severity severity = RuntimeStatus::severityOf(kind);
            if (severity == RuntimeStatus::Severity::Error || severity == RuntimeStatus::Severity::Warning)
                kinds.insert(kind);
        }
    } else if (choice >= 0) {
        kinds.insert(Kind(choice));
    }
    m_proxy->setKinds(kinds);
    m_summary->setCurrentKind(choice >= 0 ? std::optional(Kind(choice)) : std::nullopt);
    updateSummary();
}

void DashboardPage::updateState()
{
    RuntimeMonitor& monitor = runtime();
    const QString reason = monitor.unavailableReason();
    const bool checking = m_checking || monitor.isChecking();
    m_banner->setText(reason);
    m_banner->setVisible(!reason.isEmpty());
    m_loginButton->setVisible(!m_workspace.session().isLoggedIn());
    m_checkAllAction->setEnabled(reason.isEmpty() && !checking);
    m_checkAllAction->setToolTip(!reason.isEmpty() ? reason
                                 : checking
                                     ? tr("A check is running.")
                                     : tr("Ask the gateway about every saved, enabled mapping (%1)")
                                           .arg(m_checkAllAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setVisible(checking);
    m_progressAction->setVisible(checking);
}

void DashboardPage::updateSummary()
{
    m_summary->setCounts(runtime().model(), m_proxy->rowCount());
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

QStringList DashboardPage::filterNames() const
{
    QStringList names;
    for (int index = 0; index < m_filterCombo->count(); ++index)
        names << m_filterCombo->itemText(index);
    return names;
}

void DashboardPage::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailIcon->clear();
        m_detail->setText(tr("Select a mapping to see what the runtime makes of it and what to do."));
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const DashboardModel& model = runtime().model();
    if (row < 0 || row >= model.rowCount())
        return;
    const RuntimeStatus& status = model.statusAt(row);
    const Mapping& mapping = model.mappings().at(row);
    m_detailIcon->setPixmap(StatusIcons::pixmap(status.kind, *this, fontMetrics().height()));
    m_detail->setText(
        tr("\"%1\" — %2. %3").arg(mapping.name.isEmpty() ? tr("(no name)") : mapping.name, status.text, status.detail));
}

void DashboardPage::updateLastChecked()
{
    const QDateTime last = runtime().lastChecked();
    m_lastChecked->setText(
        last.isValid() ? tr("Last checked %1").arg(Messages::clockTime(last))
                       : tr("Not checked yet"));
    m_lastChecked->setToolTip(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::LongFormat) : QString());
}

void DashboardPage::showMessage(const QString& text, bool error)
{
    m_errorShown = error;
    m_message->setText(error ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_message, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

void DashboardPage::testSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Mapping& mapping = runtime().model().mappings().at(m_proxy->mapToSource(current).row());
    m_forwardTester->setTarget(mapping.url, MappingServices::name(mapping.serviceId));
    m_tabs->setCurrentIndex(ForwardTab);
}

} // namespace mtlsdesk
