#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "OnboardingWizard.h"
#include "PresenterMode.h"
#include "app/BuildInfo.h"
#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "dialogs/CertificateUploadDialog.h"
#include "dialogs/SettingsDialog.h"
#include "pages/CertificatesPage.h"
#include "pages/DashboardPage.h"
#include "pages/MappingsPage.h"
#include "secrets/Wipe.h"
#include "settings/AppSettings.h"
#include "text/Messages.h"
#include "text/Translations.h"
#include "widgets/DomainsView.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/LoginForm.h"
#include "widgets/P12View.h"
#include "widgets/RemoteTestPanel.h"
#include "widgets/UploadPanel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>


namespace mtlsdesk {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    auto* environmentLabel = new QLabel(tr("&Environment:"), this);
    m_environmentComboBox = new QComboBox(this);
    m_environmentComboBox->setObjectName(QStringLiteral("environmentComboBox"));
    m_environmentComboBox->setAccessibleName(tr("Environment"));
    m_environmentComboBox->addItem(tr("Sandbox (local, built in)"), QVariant::fromValue(Environment::Kind::Sandbox));
    m_environmentComboBox->addItem(tr("Production (LivePerson)"), QVariant::fromValue(Environment::Kind::Production));
    m_environmentComboBox->addItem(tr("Custom…"), QVariant::fromValue(Environment::Kind::Custom));
    environmentLabel->setBuddy(m_environmentComboBox);
    m_badge = new EnvironmentBadge(this);
    m_ui->mainToolBar->addWidget(environmentLabel);
    m_ui->mainToolBar->addWidget(m_environmentComboBox);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_badge);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addAction(m_ui->wizardAction);

    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentStatusLabel"));
    statusBar()->addWidget(m_environmentLabel, 1);
    statusBar()->addPermanentWidget(m_sessionLabel);

    buildSections();

    // View > Presenter mode: for sharing the screen in an onboarding or support session.
    QMenu* viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(PresenterMode::of().createToggleAction(viewMenu));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), viewMenu);
    connect(&PresenterMode::of(), &PresenterMode::toggled, this, [this] {
        updateEnvironment();
        updateSession();
    });

    connect(m_ui->wizardAction, &QAction::triggered, this, &MainWindow::showWizard);
    connect(m_ui->openP12Action, &QAction::triggered, this, [this] {
        showSection(P12Section);
        m_p12View->browse();
    });
    connect(m_ui->logoutAction, &QAction::triggered, &m_workspace, &Workspace::logout);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_environmentComboBox, &QComboBox::activated, this, &MainWindow::chooseEnvironment);
    connect(&m_workspace, &Workspace::environmentChanged, this, &MainWindow::updateEnvironment);
    connect(&m_workspace, &Workspace::environmentStateChanged, this, &MainWindow::updateEnvironment);
    connect(&m_workspace, &Workspace::accountChanged, this, &MainWindow::updateEnvironment);
    connect(&m_workspace.session(), &Session::stateChanged, this, &MainWindow::updateSession);
    connect(&m_workspace.session(), &Session::expiresAtChanged, this, &MainWindow::updateSession);
    connect(&m_workspace.session(), &Session::reloginRequired, this, [this] { showSection(AccountSection); });
    // The expiry countdown in the status bar.
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::updateSession);
    m_clock.start();

    const QByteArray geometry = AppSettings().windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    updateEnvironment();
    updateSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSections()
{
    m_p12View = new P12View(this);
    m_p12View->setObjectName(QStringLiteral("p12View"));
    m_p12View->setSecretStore(&m_workspace.secrets());
    // The workbench: local inspection on top, then what the service says about the same file.
    auto* workbench = new QSplitter(Qt::Vertical, this);
    workbench->setObjectName(QStringLiteral("p12WorkbenchSplitter"));
    workbench->addWidget(m_p12View);
    auto* remote = new QGroupBox(tr("Test with the service, then upload"), workbench);
    auto* remoteLayout = new QVBoxLayout(remote);
    auto* testPanel = new RemoteTestPanel(
        m_workspace.certificates(),
        [view = m_p12View] { return RemoteTestPanel::Source{view->filePath(), view->password()}; }, remote);
    testPanel->setObjectName(QStringLiteral("workbenchRemoteTestPanel"));
    remoteLayout->addWidget(testPanel);
    auto* uploadButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upload as a certificate…"),
                                         remote);
    uploadButton->setObjectName(QStringLiteral("workbenchUploadButton"));
    remoteLayout->addWidget(uploadButton, 0, Qt::AlignLeft);
    workbench->addWidget(remote);
    workbench->setStretchFactor(0, 3);
    workbench->setStretchFactor(1, 1);
    connect(m_p12View, &P12View::inspected, testPanel, &RemoteTestPanel::reset);
    connect(uploadButton, &QPushButton::clicked, this, [this] {
        CertificateUploadDialog dialog(m_workspace.certificates(), CertificateUploadDialog::Mode::Upload, {}, this);
        QByteArray password = m_p12View->password();
        dialog.panel().setFile(m_p12View->filePath(), password);
        wipe(password);
        if (dialog.exec() == QDialog::Accepted)
            showSection(CertificatesSection);
    });
    auto* account = new QSplitter(Qt::Vertical, this);
    account->setObjectName(QStringLiteral("accountSplitter"));
    m_loginForm = new LoginForm(m_workspace, account);
    m_loginForm->setObjectName(QStringLiteral("loginForm"));
    auto* domains = new DomainsView(m_workspace, account);
    domains->setObjectName(QStringLiteral("domainsView"));
    account->addWidget(m_loginForm);
    account->addWidget(domains);

    auto* certificates = new CertificatesPage(m_workspace, this);
    connect(certificates, &CertificatesPage::loginRequested, this, [this] { showSection(AccountSection); });
    auto* mappings = new MappingsPage(m_workspace, this);
    connect(mappings, &MappingsPage::loginRequested, this, [this] { showSection(AccountSection); });
    auto* dashboard = new DashboardPage(m_workspace, this);
    connect(dashboard, &DashboardPage::loginRequested, this, [this] { showSection(AccountSection); });

    struct Entry
    {
        QString name;
        QStyle::StandardPixmap icon;
        QWidget* page;
    };
    const QList<Entry> entries{
        {tr("Account"), QStyle::SP_DirHomeIcon, account},
        {tr("P12 workbench"), QStyle::SP_DialogOpenButton, workbench},
        {tr("Certificates"), QStyle::SP_FileDialogDetailedView, certificates},
        {tr("Mappings"), QStyle::SP_FileDialogListView, mappings},
        {tr("Dashboard"), QStyle::SP_ComputerIcon, dashboard},
    };
    for (const Entry& entry : entries) {
        m_ui->navigationListWidget->addItem(new QListWidgetItem(style()->standardIcon(entry.icon), entry.name));
        m_ui->pagesStackedWidget->addWidget(entry.page);
    }
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(AccountSection);
    fitNavigation();
}

void MainWindow::fitNavigation()
{
    // As wide as its longest entry, whatever the language, font (presenter mode) or scale: never clipped, never a
    // scroll bar.
    QListWidget* list = m_ui->navigationListWidget;
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + fontMetrics().averageCharWidth() * 2);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange) // after the list's own font has changed
        QMetaObject::invokeMethod(this, &MainWindow::fitNavigation, Qt::QueuedConnection);
}

void MainWindow::showSection(Section section)
{
    m_ui->navigationListWidget->setCurrentRow(section);
}

OnboardingWizard* MainWindow::showWizard()
{
    if (!m_wizard) {
        m_wizard = new OnboardingWizard(m_workspace, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &QWizard::accepted, this, [] { AppSettings().setWizardCompleted(true); });
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void MainWindow::chooseEnvironment(int index)
{
    const auto kind = m_environmentComboBox->itemData(index).value<Environment::Kind>();
    AppSettings settings;
    switch (kind) {
    case Environment::Kind::Sandbox:
        m_workspace.selectSandbox();
        break;
    case Environment::Kind::Production:
        if (m_workspace.environmentKind() != Environment::Kind::Production &&
            QMessageBox::question(this, tr("Switch to production?"),
                                  tr("Changes in Production affect the live account's traffic. Switch?")) !=
                QMessageBox::Yes) {
            updateEnvironment();
            return;
        }
        m_workspace.selectProduction();
        break;
    case Environment::Kind::Custom: {
        bool ok = false;
        const QString host =
            QInputDialog::getText(this, tr("Custom environment"),
                                  tr("Domain API host (host or host:port) of the environment:"), QLineEdit::Normal,
                                  settings.customDiscoveryHost(), &ok)
                .trimmed();
        if (!ok || host.isEmpty()) {
            updateEnvironment();
            return;
        }
        if (!Domains::isValidHost(host)) {
            QMessageBox::warning(this, tr("Custom environment"),
                                 tr("\"%1\" is not a host name or host:port.").arg(host));
            updateEnvironment();
            return;
        }
        settings.setCustomDiscoveryHost(host);
        m_workspace.selectCustom(host);
        break;
    }
    }
    settings.setEnvironmentKind(kind);
}

void MainWindow::updateEnvironment()
{
    const Environment::Kind kind = m_workspace.environmentKind();
    m_environmentComboBox->setCurrentIndex(m_environmentComboBox->findData(QVariant::fromValue(kind)));
    m_badge->setEnvironment(kind, m_workspace.accountId());
    // The Sandbox's mTLS target is the natural first URL for a handshake test, and its CA the one to trust.
    if (m_p12View) {
        const bool sandbox = kind == Environment::Kind::Sandbox && !m_workspace.environment().caFile.isEmpty();
        m_p12View->setHandshakeDefaults(sandbox ? m_workspace.sandbox().info().targetUrl : QUrl(),
                                        sandbox ? QStringList{m_workspace.environment().caFile} : QStringList());
    }
    setWindowTitle(m_badge->text()); // Qt appends the application display name, "mTLS Desk"
    const QString host = m_workspace.environment().discoveryHost;
    switch (m_workspace.environmentState()) {
    case Workspace::EnvironmentState::Unset:
        m_environmentLabel->setText(tr("Choose an environment."));
        break;
    case Workspace::EnvironmentState::Starting:
        m_environmentLabel->setText(tr("Starting the local sandbox…"));
        break;
    case Workspace::EnvironmentState::Ready:
        m_environmentLabel->setText(tr("Domain API: %1").arg(host));
        break;
    case Workspace::EnvironmentState::Failed:
        m_environmentLabel->setText(kind == Environment::Kind::Sandbox
                                        ? Messages::sandboxFailure(m_workspace.sandbox().failure(),
                                                                   m_workspace.environmentFailure())
                                        : tr("The environment's Domain API host is not valid."));
        break;
    }
}

void MainWindow::updateSession()
{
    const Session& session = m_workspace.session();
    QString text = Messages::sessionState(session.state());
    if (session.isLoggedIn() && PresenterMode::of().isOn()) {
        // Screen sharing: who is logged in is fine to show; the token's lifetime is not.
        text = tr("Logged in as %1").arg(session.loginName());
    } else if (session.isLoggedIn()) {
        const qint64 minutes = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(session.expiresAt()) / 60);
        text = tr("Logged in as %1 · token valid for %n minute(s) (until %2)", nullptr, static_cast<int>(minutes))
                   .arg(session.loginName(), QLocale().toString(session.expiresAt().toLocalTime().time(),
                                                                QLocale::ShortFormat));
    }
    m_sessionLabel->setText(text);
    m_ui->logoutAction->setEnabled(session.state() != Session::State::LoggedOut);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About mTLS Desk"),
                       tr("<h3>mTLS Desk %1</h3><p>Set up mutual TLS with an mTLS gateway: log in, test and upload "
                          "PKCS#12 certificates, map them to URLs and check them.</p>"
                          "<p>Qt %2<br>%3<br>QtKeychain %4</p>")
                           .arg(BuildInfo::appVersion().toHtmlEscaped(), BuildInfo::qtVersion().toHtmlEscaped(),
                                BuildInfo::openSslVersion().toHtmlEscaped(),
                                BuildInfo::qtKeychainVersion().toHtmlEscaped()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(Translations::current(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.apply())
        return;
    if (close())
        SettingsDialog::requestRestart();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mtlsdesk
