#include "PresenterMode.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>

namespace mtlsdesk {

PresenterMode::PresenterMode(QObject* parent)
    : QObject(parent)
    , m_on(AppSettings().presenterMode())
    , m_baseFont(QApplication::font())
{
    setObjectName(QStringLiteral("presenterMode"));
    if (m_on)
        applyFont();
}

PresenterMode& PresenterMode::of()
{
    // Parented to the application: it lives as long as the font it changes.
    auto* mode = qApp->findChild<PresenterMode*>(QStringLiteral("presenterMode"), Qt::FindDirectChildrenOnly);
    if (!mode)
        mode = new PresenterMode(qApp);
    return *mode;
}

QString PresenterMode::maskAccount(const QString& accountId)
{
    if (accountId.isEmpty())
        return accountId;
    const qsizetype shown = accountId.size() > 4 ? 4 : accountId.size() / 2;
    return QString(5, QChar(0x2022)) + accountId.right(shown);
}

void PresenterMode::setOn(bool on)
{
    if (on == m_on)
        return;
    if (on)
        m_baseFont = QApplication::font();
    m_on = on;
    AppSettings().setPresenterMode(on);
    applyFont();
    emit toggled(on);
}

void PresenterMode::applyFont()
{
    QFont font = m_baseFont;
    if (m_on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * FontScale);
        else
            font.setPixelSize(qRound(font.pixelSize() * FontScale));
    }
    QApplication::setFont(font);
}

QAction* PresenterMode::createToggleAction(QObject* parent)
{
    auto* action = new QAction(tr("&Presenter mode"), parent);
    action->setObjectName(QStringLiteral("presenterModeAction"));
    action->setCheckable(true);
    action->setChecked(m_on);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action->setToolTip(tr("Larger text and no secrets on screen (masked account id, no token details), for "
                          "sharing the screen"));
    connect(action, &QAction::toggled, this, &PresenterMode::setOn);
    connect(this, &PresenterMode::toggled, action, &QAction::setChecked);
    return action;
}

void PresenterMode::guardRevealAction(QAction* reveal)
{
    auto apply = [reveal](bool on) {
        if (on)
            reveal->setChecked(false);
        reveal->setEnabled(!on);
    };
    apply(m_on);
    connect(this, &PresenterMode::toggled, reveal, apply);
}

} // namespace mtlsdesk
