#include "widgets/EnvironmentBadge.h"

#include "PresenterMode.h"

namespace mtlsdesk {

EnvironmentBadge::EnvironmentBadge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadgeLabel"));
    setTextFormat(Qt::PlainText);
    setMargin(4);
    connect(&PresenterMode::of(), &PresenterMode::toggled, this, &EnvironmentBadge::render);
}

QString EnvironmentBadge::kindName(Environment::Kind kind)
{
    switch (kind) {
    case Environment::Kind::Sandbox:
        return tr("SANDBOX");
    case Environment::Kind::Production:
        return tr("PRODUCTION");
    case Environment::Kind::Custom:
        return tr("CUSTOM");
    }
    return {};
}

void EnvironmentBadge::setEnvironment(Environment::Kind kind, const QString& accountId)
{
    m_kind = kind;
    m_accountId = accountId;
    render();
}

void EnvironmentBadge::render()
{
    const Environment::Kind kind = m_kind;
    const QString accountId = PresenterMode::of().account(m_accountId);
    const char* background = "#1b7f3b";
    switch (kind) {
    case Environment::Kind::Sandbox:
        background = "#1b7f3b";
        break;
    case Environment::Kind::Production:
        background = "#b3261e";
        break;
    case Environment::Kind::Custom:
        background = "#8a5a00";
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 6px; padding: 2px 10px; "
                                 "font-weight: bold; }")
                      .arg(QLatin1String(background)));
    const QString account = accountId.isEmpty() ? tr("no account") : tr("account %1").arg(accountId);
    setText(QStringLiteral("%1 · %2").arg(kindName(kind), account));
    setAccessibleName(tr("Environment %1, %2").arg(kindName(kind), account));
}

} // namespace mtlsdesk
