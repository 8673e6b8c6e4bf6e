#include "pages/ServicePage.h"

#include "app/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mtlsdesk {

ServicePage::ServicePage(Workspace& workspace, QString title, QString description, QString service,
                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(std::move(service))
    , m_stateLabel(new QLabel(this))
    , m_loginButton(new QPushButton(tr("Go to &log-in"), this))
{
    auto* titleLabel = new QLabel(title, this);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setObjectName(QStringLiteral("serviceStateLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel);
    layout->addSpacing(12);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_loginButton, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_loginButton, &QPushButton::clicked, this, &ServicePage::loginRequested);
    connect(&m_workspace.session(), &Session::stateChanged, this, &ServicePage::update);
    connect(&m_workspace, &Workspace::domainsChanged, this, &ServicePage::update);
    update();
}

void ServicePage::update()
{
    const bool loggedIn = m_workspace.session().isLoggedIn();
    m_loginButton->setVisible(!loggedIn);
    if (!loggedIn) {
        m_stateLabel->setText(tr("Log in first: this section works on the account's live configuration."));
        return;
    }
    const QString host = m_workspace.domains().host(m_service);
    m_stateLabel->setText(host.isEmpty()
                              ? tr("The %1 domain is not known for this account: set it on the Account page.")
                                    .arg(m_service)
                              : tr("Connected: account %1 on %2 (%3). This section's tools are not part of this "
                                   "version of mTLS Desk yet.")
                                    .arg(m_workspace.accountId(), host, m_service));
}

} // namespace mtlsdesk
