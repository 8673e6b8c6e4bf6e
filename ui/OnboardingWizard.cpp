#include "OnboardingWizard.h"

#include "app/Workspace.h"
#include "pages/CheckPage.h"
#include "pages/DomainsPage.h"
#include "pages/LoginPage.h"
#include "pages/MappingPage.h"
#include "pages/P12Page.h"
#include "pages/RemoteTestPage.h"
#include "pages/UploadPage.h"
#include "certs/CertificateManager.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/P12View.h"

#include <QLabel>
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
    setPage(UploadPageId, uploadPage);
    auto* mappingPage = new MappingPage(workspace, [uploadPage] { return uploadPage->certificateId(); }, this);
    setPage(MappingPageId, mappingPage);
    setPage(CheckPageId, new CheckPage(workspace, [mappingPage] { return mappingPage->savedMapping(); }, this));

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
    resize(860, 620);

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::updateSteps);
    updateSteps();

    connect(&m_workspace, &Workspace::environmentChanged, this, &OnboardingWizard::updateBadge);
    connect(&m_workspace, &Workspace::accountChanged, this, &OnboardingWizard::updateBadge);
    updateBadge();
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
