#include "pages/CertificatesPage.h"

#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "dialogs/CertificateUploadDialog.h"
#include "dialogs/HandshakeDialog.h"
#include "models/CertificatesModel.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mtlsdesk {

CertificatesPage::CertificatesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_toolBar(new QToolBar(this))
    , m_searchEdit(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_loginButton(new QPushButton(tr("Go to &login"), this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    CertificateManager& manager = workspace.certificates();

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setObjectName(QStringLiteral("certificatesToolBar"));
    auto add = [this](QStyle::StandardPixmap icon, const QString& text, const QString& name, auto slot,
                      const QKeySequence& shortcut = {}) {
        QAction* action = m_toolBar->addAction(style()->standardIcon(icon), text, this, slot);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    };
    m_refreshAction = add(QStyle::SP_BrowserReload, tr("&Refresh"), QStringLiteral("refreshCertificatesAction"),
                          &CertificatesPage::refresh, QKeySequence::Refresh);
    m_uploadAction = add(QStyle::SP_ArrowUp, tr("&Upload…"), QStringLiteral("uploadCertificateAction"),
                         &CertificatesPage::uploadNew, QKeySequence::New);
    m_generateAction = add(QStyle::SP_FileIcon, tr("&Generate…"), QStringLiteral("generateCertificateAction"),
                           &CertificatesPage::generate);
    m_toolBar->addSeparator();
    m_replaceAction = add(QStyle::SP_BrowserReload, tr("Re&place…"), QStringLiteral("replaceCertificateAction"),
                          &CertificatesPage::replaceSelected);
    m_renameAction = add(QStyle::SP_FileDialogDetailedView, tr("Re&name…"), QStringLiteral("renameCertificateAction"),
                         &CertificatesPage::renameSelected, QKeySequence(Qt::Key_F2));
    m_deleteAction = add(QStyle::SP_TrashIcon, tr("&Delete…"), QStringLiteral("deleteCertificateAction"),
                         &CertificatesPage::deleteSelected, QKeySequence::Delete);
    m_handshakeAction = add(QStyle::SP_DriveNetIcon, tr("&Handshake test…"),
                            QStringLiteral("handshakeCertificateAction"), &CertificatesPage::handshakeSelected);
    addActions(m_toolBar->actions());

    m_searchEdit->setObjectName(QStringLiteral("certificateSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, id or status"));
    m_searchEdit->setAccessibleName(tr("Search certificates"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(320);

    m_banner->setObjectName(QStringLiteral("certificatesBanner"));
    m_banner->setWordWrap(true);
    m_loginButton->setObjectName(QStringLiteral("certificatesLoginButton"));

    m_proxy->setSourceModel(&manager.model());
    m_proxy->setSortRole(CertificatesModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(QStringLiteral("certificatesTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(CertificatesModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Certificates of the account"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* action : {m_replaceAction, m_renameAction, m_deleteAction, m_handshakeAction})
        m_table->addAction(action);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_message->setObjectName(QStringLiteral("certificatesMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addStretch(1);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_loginButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_busy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(bannerRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_loginButton, &QPushButton::clicked, this, &CertificatesPage::loginRequested);
    connect(m_table, &QTableView::doubleClicked, this, &CertificatesPage::replaceSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPage::updateState);
    connect(&manager, &CertificateManager::runningChanged, this, &CertificatesPage::updateState);
    connect(&manager, &CertificateManager::failed, this, [this](const QString& sentence) { showMessage(sentence, true); });
    connect(&manager, &CertificateManager::refreshed, this, [this, &manager] {
        const int count = manager.model().rowCount();
        showMessage(count == 0 ? tr("The account has no certificates yet. Upload one, or generate one with the service.")
                               : tr("%n certificate(s).", nullptr, count),
                    false);
    });
    connect(&manager, &CertificateManager::saved, this, [this](const Certificate& certificate, bool created) {
        showMessage((created ? tr("Certificate \"%1\" saved with id %2.") : tr("Certificate \"%1\" (id %2) updated."))
                            .arg(certificate.name)
                            .arg(certificate.id) +
                        QLatin1Char(' ') + tr("Mappings see the change after the service's ~5 minute cache."),
                    false);
        const QModelIndex source = m_workspace.certificates().model().index(
            m_workspace.certificates().model().rowOf(certificate.id), 0);
        m_table->selectRow(m_proxy->mapFromSource(source).row());
    });
    connect(&manager, &CertificateManager::removed, this, [this] { showMessage(tr("Certificate deleted."), false); });
    connect(&workspace.session(), &Session::stateChanged, this, [this] {
        updateState();
        if (isVisible() && m_workspace.session().isLoggedIn() && !m_workspace.certificates().isLoaded())
            refresh();
    });
    connect(&workspace, &Workspace::domainsChanged, this, &CertificatesPage::updateState);
    updateState();
}

void CertificatesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    CertificateManager& manager = m_workspace.certificates();
    if (!manager.isLoaded() && manager.unavailableReason().isEmpty())
        refresh();
}

std::optional<Certificate> CertificatesPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_proxy->data(rows.first(), CertificatesModel::CertificateRole).value<Certificate>();
}

void CertificatesPage::updateState()
{
    CertificateManager& manager = m_workspace.certificates();
    const QString reason = manager.unavailableReason();
    const bool usable = reason.isEmpty();
    const bool hasSelection = selected().has_value();
    m_banner->setText(reason);
    m_banner->setVisible(!usable);
    m_loginButton->setVisible(!m_workspace.session().isLoggedIn());
    m_busy->setVisible(manager.runningJobs() > 0);
    m_refreshAction->setEnabled(usable && !manager.isRefreshing());
    m_uploadAction->setEnabled(usable);
    m_generateAction->setEnabled(usable);
    m_replaceAction->setEnabled(usable && hasSelection);
    m_renameAction->setEnabled(usable && hasSelection);
    m_deleteAction->setEnabled(usable && hasSelection);
    m_handshakeAction->setEnabled(hasSelection);
}

void CertificatesPage::showMessage(const QString& text, bool error)
{
    m_message->setText(error ? QStringLiteral("✗ ") + text : text);
    StatusPalette::setTone(m_message, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Neutral);
}

void CertificatesPage::refresh()
{
    if (m_workspace.certificates().refresh())
        showMessage(tr("Loading the certificates…"), false);
}

void CertificatesPage::uploadNew()
{
    CertificateUploadDialog dialog(m_workspace.certificates(), CertificateUploadDialog::Mode::Upload, {}, this);
    dialog.exec();
}

void CertificatesPage::generate()
{
    GenerateCertificateDialog dialog(m_workspace.certificates(), this);
    dialog.exec();
}

void CertificatesPage::replaceSelected()
{
    if (const std::optional<Certificate> certificate = selected()) {
        CertificateUploadDialog dialog(m_workspace.certificates(), CertificateUploadDialog::Mode::Replace,
                                       *certificate, this);
        dialog.exec();
    }
}

void CertificatesPage::renameSelected()
{
    if (const std::optional<Certificate> certificate = selected()) {
        CertificateUploadDialog dialog(m_workspace.certificates(), CertificateUploadDialog::Mode::Rename,
                                       *certificate, this);
        dialog.exec();
    }
}

void CertificatesPage::deleteSelected()
{
    const std::optional<Certificate> certificate = selected();
    if (!certificate)
        return;
    CertificateManager& manager = m_workspace.certificates();
    QString text = tr("Delete certificate \"%1\" (id %2) from the account?").arg(certificate->name).arg(certificate->id);
    QMessageBox::Icon icon = QMessageBox::Question;
    if (const std::optional<int> used = manager.model().usage(certificate->id); used && *used > 0) {
        text += QLatin1String("\n\n") +
                tr("%n mapping(s) use this certificate: calls to their URLs will go out without a client "
                   "certificate and will fail once the service's cache refreshes (about 5 minutes).",
                   nullptr, *used);
        icon = QMessageBox::Warning;
    } else if (!manager.model().usage(certificate->id)) {
        text += QLatin1String("\n\n") + tr("Mappings that use it stop working after about 5 minutes.");
    }
    QMessageBox box(icon, tr("Delete certificate"), text, QMessageBox::Cancel, this);
    QPushButton* deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    if (manager.remove(certificate->id))
        showMessage(tr("Deleting \"%1\"…").arg(certificate->name), false);
}

void CertificatesPage::handshakeSelected()
{
    const std::optional<Certificate> certificate = selected();
    if (!certificate)
        return;
    // The service keeps the key; the handshake needs the admin's own copy of the file it was uploaded from.
    HandshakeDialog::Prefill prefill;
    prefill.p12Path = m_workspace.certificates().fileFor(certificate->id);
    if (m_workspace.environmentKind() == Environment::Kind::Sandbox) {
        prefill.url = m_workspace.sandbox().info().targetUrl;
        if (!m_workspace.environment().caFile.isEmpty())
            prefill.extraCaFiles << m_workspace.environment().caFile;
    }
    auto* dialog = new HandshakeDialog(prefill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Handshake test — %1").arg(certificate->name));
    dialog->show();
}

} // namespace mtlsdesk
