#pragma once

// Support mode for screen sharing: larger fonts (the application font times FontScale) and no secret on screen
// (the account id masked, no token detail, password fields stay masked and their reveal buttons off). One object
// per QApplication, because the font it scales is the application's; widgets ask it instead of keeping flags.
// The state is remembered in AppSettings.
//
// Why of() and not a constructor argument: the mode owns process-wide state (QApplication::font), so a second
// instance would fight the first over it; as a child of qApp it lives exactly as long as that font, and a new
// QApplication (each test executable) starts from the remembered state again.

#include <QFont>
#include <QObject>

class QAction;

namespace mtlsdesk {

class PresenterMode : public QObject
{
    Q_OBJECT
public:
    static constexpr qreal FontScale = 1.4;

    // The application's presenter mode, created on first use with the remembered state.
    static PresenterMode& of();

    bool isOn() const { return m_on; }
    // "•••••4821": the last four characters stay, so that the admin still knows which account it is.
    static QString maskAccount(const QString& accountId);
    // The account id as it may be shown now.
    QString account(const QString& accountId) const { return m_on ? maskAccount(accountId) : accountId; }

    // A checkable "Presenter mode" action (Ctrl+Shift+P) that follows and switches the mode.
    QAction* createToggleAction(QObject* parent);
    // A reveal ("show the value") action: unchecked and disabled while the mode is on.
    void guardRevealAction(QAction* reveal);

public slots:
    void setOn(bool on);

signals:
    void toggled(bool on);

private:
    explicit PresenterMode(QObject* parent);
    void applyFont();

    bool m_on = false;
    QFont m_baseFont;
};

} // namespace mtlsdesk
