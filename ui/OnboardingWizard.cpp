#include "OnboardingWizard.h"

#include "PresenterMode.h"
#include "app/Workspace.h"
#include "certs/CertificateManager.h"
#include "mappings/MappingEditor.h"
#include "pages/CheckPage.h"
#include "pages/DomainsPage.h"
#include "pages/LoginPage.h"
#include "pages/MappingPage.h"
#include "pages/P12Page.h"
#include "pages/RemoteTestPage.h"
#include "pages/UploadPage.h"
#include "settings/AppSettings.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/P12View.h"
#include "widgets/UploadPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

namespace mtlsdesk {

OnboardingWizard::OnboardingWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_badge(new EnvironmentBadge(this))
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Set up mutual TLS — mTLS Desk"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(LoginPageId, new LoginPage(workspace, this));
    setPage(DomainsPageId, new DomainsPage(workspace, this));
    auto* p12Page = new P12Page(this);
    m_p12Page = p12Page;
    p12Page->view().setSecretStore(&workspace.secrets());
    setPage(P12PageId, p12Page);
    setPage(RemoteTestPageId, new RemoteTestPage(workspace.certificates(), p12Page->view(), this));
    auto* uploadPage = new UploadPage(workspace.certificates(), p12Page->view(), this);
    m_uploadPage = uploadPage;
    setPage(UploadPageId, uploadPage);
    auto* mappingPage = new MappingPage(workspace, [uploadPage] { return uploadPage->certificateId(); }, this);
    m_mappingPage = mappingPage;
    setPage(MappingPageId, mappingPage);
    setPage(CheckPageId, new CheckPage(workspace, [mappingPage] { return mappingPage->savedMapping(); }, this));

    // Keyboard: mnemonics on every button (Enter is Next, the default button; Escape is Cancel).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CustomButton1, tr("Presenter mo&de"));
    setButtonText(QWizard::CustomButton2, tr("Start o&ver"));
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    QAbstractButton* presenter = button(QWizard::CustomButton1);
    presenter->setObjectName(QStringLiteral("presenterModeButton"));
    presenter->setCheckable(true);
    presenter->setChecked(PresenterMode::of().isOn());
    // The shortcut in the user's words ("Strg+Umschalt+P" in German), from Qt's own translation.
    presenter->setToolTip(tr("Larger text and no secrets on screen, for sharing the screen (%1)")
                              .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
    presenter->setAccessibleDescription(presenter->toolTip());
    connect(presenter, &QAbstractButton::toggled, &PresenterMode::of(), &PresenterMode::setOn);
    connect(&PresenterMode::of(), &PresenterMode::toggled, presenter, &QAbstractButton::setChecked);
    connect(&PresenterMode::of(), &PresenterMode::toggled, this, &OnboardingWizard::fitToFont, Qt::QueuedConnection);
    auto* presenterShortcut = new QAction(this);
    presenterShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(presenterShortcut, &QAction::triggered, this, [] { PresenterMode::of().setOn(!PresenterMode::of().isOn()); });
    addAction(presenterShortcut);
    QAbstractButton* startOverButton = button(QWizard::CustomButton2);
    startOverButton->setObjectName(QStringLiteral("startOverButton"));
    startOverButton->setToolTip(tr("Forget where this wizard stood and begin again at the first step. Nothing on "
                                   "the service is deleted."));
    startOverButton->setAccessibleDescription(startOverButton->toolTip());
    connect(startOverButton, &QAbstractButton::clicked, this, &OnboardingWizard::startOver);

    // The side shows where the admin is (environment and account first, then the steps).
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_badge);
    m_steps = new QLabel(side);
    m_steps->setObjectName(QStringLiteral("stepsLabel"));
    m_steps->setTextFormat(Qt::RichText);
    sideLayout->addWidget(m_steps);
    sideLayout->addStretch(1);
    setSideWidget(side);
    resize(900, 660);

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::saveProgress);
    updateSteps();

    connect(&m_workspace, &Workspace::environmentChanged, this, &OnboardingWizard::updateBadge);
    connect(&m_workspace, &Workspace::accountChanged, this, &OnboardingWizard::updateBadge);
    updateBadge();

    // Progress: what is done on the service is stored when it happens, the draft as it is typed.
    connect(&m_uploadPage->panel(), &UploadPanel::uploadedCertificate, this, &OnboardingWizard::saveProgress);
    connect(m_mappingPage, &MappingPage::draftChanged, this, &OnboardingWizard::saveProgress);
    connect(m_mappingPage, &QWizardPage::completeChanged, this, &OnboardingWizard::saveProgress);
    if (auto* path = m_p12Page->findChild<QLineEdit*>(QStringLiteral("p12PathLineEdit")))
        connect(path, &QLineEdit::editingFinished, this, &OnboardingWizard::saveProgress);
    connect(&m_p12Page->view(), &P12View::inspected, this, &OnboardingWizard::saveProgress);

    // With a session the wizard continues where it stood; without one, right after the log-in.
    connect(&m_workspace.session(), &Session::stateChanged, this, &OnboardingWizard::resumeIfLoggedIn,
            Qt::QueuedConnection);
    connect(&m_workspace, &Workspace::accountChanged, this, [this] { m_resumeChecked = false; });
    resumeIfLoggedIn();
}

OnboardingWizard::~OnboardingWizard() = default;

int OnboardingWizard::resumePage(int storedPage, bool uploaded)
{
    if (storedPage <= DomainsPageId || storedPage > CheckPageId)
        return LoginPageId;
    // The P12 password is not stored: testing and uploading need it typed again on the P12 step.
    if (!uploaded)
        return P12PageId;
    // The check needs the account's mappings read again: the Mapping step does that and shows the saved one.
    return std::min(storedPage, int(MappingPageId));
}

QString OnboardingWizard::progressAccount() const
{
    return m_workspace.accountId();
}

void OnboardingWizard::resumeIfLoggedIn()
{
    if (m_resumeChecked || !m_workspace.session().isLoggedIn() || progressAccount().isEmpty())
        return;
    m_resumeChecked = true;
    if (currentId() != LoginPageId)
        return; // the admin already moved on
    const WizardProgress progress =
        AppSettings().wizardProgress(m_workspace.environment().id(), progressAccount());
    const int target = resumePage(progress.page, progress.certificateId > 0);
    if (target == LoginPageId)
        return;

    // Fill what the pages need first, then walk there with Next so that Back goes through every step.
    m_restoring = true;
    if (!progress.p12Path.isEmpty())
        m_p12Page->view().setFilePath(progress.p12Path);
    if (progress.certificateId > 0)
        m_uploadPage->resume(progress.certificateId, progress.certificateName);
    if (!progress.mappingName.isEmpty() || !progress.mappingUrl.isEmpty())
        m_mappingPage->restoreDraft(progress.mappingName, progress.mappingService, progress.mappingUrl,
                                    progress.mappingSaved);
    while (currentId() != target && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_restoring = false;
    saveProgress();
}

void OnboardingWizard::saveProgress()
{
    const QString account = progressAccount();
    if (m_restoring || account.isEmpty() || !m_workspace.session().isLoggedIn())
        return;
    AppSettings settings;
    const QString environment = m_workspace.environment().id();
    WizardProgress progress = settings.wizardProgress(environment, account);
    const int page = currentId();
    // Login and Domains are done again by every session: nothing to store before the P12 step.
    if (page >= P12PageId)
        progress.page = std::max(page, m_uploadPage->certificateId() > 0 ? int(UploadPageId) : page);
    else if (progress.isEmpty())
        return;
    if (const QString path = m_p12Page->view().filePath(); !path.isEmpty())
        progress.p12Path = path;
    if (m_uploadPage->certificateId() > 0) {
        progress.certificateId = m_uploadPage->certificateId();
        progress.certificateName = m_uploadPage->panel().uploaded().name;
    }
    const Mapping draft = m_mappingPage->draft();
    if (!draft.name.isEmpty() || !draft.url.isEmpty() || m_mappingPage->isComplete()) {
        progress.mappingName = draft.name;
        progress.mappingService = draft.serviceId;
        progress.mappingUrl = draft.url;
        progress.mappingSaved = m_mappingPage->isComplete();
    }
    settings.setWizardProgress(environment, account, progress);
}

void OnboardingWizard::startOver()
{
    const QString account = progressAccount();
    if (!account.isEmpty())
        AppSettings().clearWizardProgress(m_workspace.environment().id(), account);
    m_restoring = true;
    restart();
    m_restoring = false;
}

void OnboardingWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        // Finished: the next opening starts a new set-up.
        if (const QString account = progressAccount(); !account.isEmpty())
            AppSettings().clearWizardProgress(m_workspace.environment().id(), account);
    } else {
        saveProgress();
    }
    QWizard::done(result);
}

void OnboardingWizard::fitToFont()
{
    // The header keeps the height it had for the old font until its layout is redone: re-setting a page's
    // subtitle does that. Then the window grows to what the larger text needs (within the screen).
    for (int id : pageIds())
        page(id)->setSubTitle(page(id)->subTitle());
    QSize wanted = size().expandedTo(sizeHint());
    if (const QScreen* shown = screen())
        wanted = wanted.boundedTo(shown->availableGeometry().size());
    resize(wanted);
}

void OnboardingWizard::updateSteps()
{
    QString html = QStringLiteral("<ol style='margin-left:0'>");
    const QList<int> ids = pageIds();
    for (int id : ids) {
        const QString title = page(id)->title().toHtmlEscaped();
        html += id == currentId() ? QStringLiteral("<li><b>%1</b></li>").arg(title)
                                  : QStringLiteral("<li>%1</li>").arg(title);
    }
    html += QStringLiteral("</ol>");
    m_steps->setText(html);
    m_steps->setAccessibleName(tr("Step %1 of %2: %3")
                                   .arg(ids.indexOf(currentId()) + 1)
                                   .arg(ids.size())
                                   .arg(currentPage() ? currentPage()->title() : QString()));
}

void OnboardingWizard::updateBadge()
{
    m_badge->setEnvironment(m_workspace.environmentKind(), m_workspace.accountId());
    const bool sandbox = m_workspace.environmentKind() == Environment::Kind::Sandbox &&
                         !m_workspace.environment().caFile.isEmpty();
    m_p12Page->view().setHandshakeDefaults(sandbox ? m_workspace.sandbox().info().targetUrl : QUrl(),
                                           sandbox ? QStringList{m_workspace.environment().caFile} : QStringList());
}

} // namespace mtlsdesk
