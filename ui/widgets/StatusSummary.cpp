#include "widgets/StatusSummary.h"

#include "models/DashboardModel.h"
#include "widgets/StatusIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace mtlsdesk {

using Kind = RuntimeStatus::Kind;

StatusSummary::StatusSummary(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardSummary"));
    setAccessibleName(tr("Mappings per status"));
    m_total->setObjectName(QStringLiteral("dashboardTotalLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_total);
    for (int value = 0; value < int(Kind::Count); ++value) {
        const auto kind = Kind(value);
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("summaryButton-") + RuntimeStatus::kindKey(kind));
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(StatusIcons::icon(kind));
        button->setToolTip(tr("Show only \"%1\"").arg(RuntimeStatus::kindName(kind)));
        button->setCursor(Qt::PointingHandCursor);
        button->setVisible(false);
        connect(button, &QToolButton::clicked, this, [this, kind](bool checked) {
            // Clicking toggled the button: pressed now means "show only this one".
            emit kindClicked(checked ? std::optional(kind) : std::nullopt);
        });
        layout->addWidget(button);
        m_buttons.insert(kind, button);
    }
    layout->addStretch(1);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    setFont(larger);
}

void StatusSummary::setCounts(const DashboardModel& model, int shown)
{
    const int total = model.rowCount();
    m_counts.clear();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int count = model.count(it.key());
        m_counts.insert(it.key(), count);
        it.value()->setText(countText(it.key(), count));
        // A status the filter shows alone keeps its button, even at 0, so that it can be released.
        it.value()->setVisible(count > 0 || it.value()->isChecked());
    }
    QString totalText = total == 0 ? tr("No saved mappings yet.") : tr("Mappings: %n —", nullptr, total);
    if (shown != total)
        totalText += QLatin1Char(' ') + tr("(%n shown)", nullptr, shown);
    m_total->setText(totalText);
    setAccessibleDescription(text());
}

void StatusSummary::setCurrentKind(std::optional<Kind> kind)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setChecked(kind == it.key());
        it.value()->setVisible(m_counts.value(it.key()) > 0 || kind == it.key());
    }
}

QString StatusSummary::text() const
{
    QStringList parts;
    for (int value = 0; value < int(Kind::Count); ++value) {
        if (const int count = m_counts.value(Kind(value)); count > 0)
            parts << countText(Kind(value), count);
    }
    return parts.join(QStringLiteral(" · "));
}

QString StatusSummary::countText(Kind kind, int count)
{
    switch (kind) {
    case Kind::Live:
        return tr("%n live", nullptr, count);
    case Kind::Pending:
        return tr("%n not live yet", nullptr, count);
    case Kind::NotFound:
        return tr("%n not found", nullptr, count);
    case Kind::Disabled:
        return tr("%n disabled", nullptr, count);
    case Kind::CertificateMissing:
        return tr("%n missing a certificate", nullptr, count);
    case Kind::CertificateExpired:
        return tr("%n with an expired certificate", nullptr, count);
    case Kind::CertificateExpiring:
        return tr("%n with an expiring certificate", nullptr, count);
    case Kind::DuplicateRisk:
        return tr("%n with a duplicate risk", nullptr, count);
    case Kind::Unchecked:
        return tr("%n not checked", nullptr, count);
    case Kind::CheckFailed:
        return tr("%n with a failed check", nullptr, count);
    case Kind::Count:
        break;
    }
    return QString::number(count);
}

} // namespace mtlsdesk
