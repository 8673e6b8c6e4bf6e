#include "widgets/DomainsView.h"

#include "app/Workspace.h"
#include "models/DomainsModel.h"
#include "net/DomainsJob.h"
#include "settings/AppSettings.h"
#include "text/Messages.h"
#include "widgets/StatusPalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mtlsdesk {

DomainsView::DomainsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DomainsModel(this))
    , m_tableView(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_rediscoverButton(new QPushButton(tr("&Discover again"), this))
{
    auto* intro = new QLabel(tr("The Domain API (CSDS) tells which host serves each part of the service for this "
                                "account. mTLS Desk uses mtlsGateway for certificates and runtime calls, "
                                "accountConfigReadWrite for mappings and agentVep for the Login Service. "
                                "Double-click an Override cell to pin another host."),
                             this);
    intro->setWordWrap(true);
    m_tableView->setObjectName(QStringLiteral("domainsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setAccessibleName(tr("Service domains"));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_rediscoverButton->setObjectName(QStringLiteral("rediscoverPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("domainsStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tableView, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rediscoverButton);
    row->addWidget(m_statusLabel, 1);
    layout->addLayout(row);

    connect(m_rediscoverButton, &QPushButton::clicked, this, &DomainsView::rediscover);
    connect(&m_workspace, &Workspace::domainsChanged, this, &DomainsView::refresh);
    connect(m_model, &DomainsModel::overrideChanged, this, [this](const QString& service, const QString& host) {
        m_workspace.setDomainOverride(service, host);
        AppSettings().setDomainOverrides(m_workspace.environment().id(), m_workspace.accountId(),
                                         m_workspace.domains().overrides());
    });
    refresh();
}

bool DomainsView::isComplete() const
{
    return !m_workspace.accountId().isEmpty() && m_workspace.domains().missing().isEmpty();
}

void DomainsView::refresh()
{
    m_model->setDomains(m_workspace.domains());
    m_rediscoverButton->setEnabled(!m_workspace.accountId().isEmpty());
    const QStringList missing = m_workspace.domains().missing();
    StatusPalette::setTone(m_statusLabel, !m_workspace.accountId().isEmpty() && !missing.isEmpty()
                                              ? StatusPalette::Tone::Error
                                              : StatusPalette::Tone::Neutral);
    if (m_workspace.accountId().isEmpty())
        m_statusLabel->setText(tr("Log in first: the domains are discovered for the account."));
    else if (!missing.isEmpty())
        m_statusLabel->setText(QStringLiteral("✗ ") +
                               tr("Not discovered: %1. Press Discover again; if it stays missing, set the override "
                                  "that LivePerson support gives you.")
                                   .arg(missing.join(QStringLiteral(", "))));
    else
        m_statusLabel->setText(tr("%n domain(s) discovered for account %1.", nullptr,
                                  static_cast<int>(m_workspace.domains().discovered().size()))
                                   .arg(m_workspace.accountId()));
    emit completeChanged();
}

void DomainsView::rediscover()
{
    auto* job = new DomainsJob(m_workspace.network(), m_workspace.apiContext(),
                               m_workspace.environment().discoveryHost, this);
    m_rediscoverButton->setEnabled(false);
    m_statusLabel->setText(tr("Discovering…"));
    StatusPalette::setTone(m_statusLabel, StatusPalette::Tone::Neutral);
    connect(job, &DomainsJob::discovered, &m_workspace, &Workspace::setDiscoveredDomains);
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_statusLabel->setText(QStringLiteral("✗ ") + Messages::apiError(error, tr("Discovering domains")));
        StatusPalette::setTone(m_statusLabel, StatusPalette::Tone::Error);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        m_rediscoverButton->setEnabled(true);
        if (!job->error())
            refresh();
        job->deleteLater();
    });
    job->start();
}

} // namespace mtlsdesk
