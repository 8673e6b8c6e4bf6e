#pragma once

// Edit > Settings…: the preferences that are not part of the set-up flow. For now the interface language
// ("System default" or one of the compiled-in translations). A new language takes effect at the next start:
// every widget would otherwise have to re-translate itself; the dialog offers to restart at once.

#include <QDialog>

class QComboBox;
class QLabel;

namespace mtlsdesk {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the language the app runs in now (Translations::install()'s answer).
    explicit SettingsDialog(const QString& current, QWidget* parent = nullptr);

    // The language chosen: "de", "he", "en", or empty for the system's.
    QString language() const;
    QComboBox* languageComboBox() const { return m_language; }

    // Saves the choice; when it changes the language, asks whether to restart now. Returns true on yes: the
    // caller then closes the main window (which may still ask about unsaved work) and calls requestRestart().
    bool apply();

    // The restart happens in main() once the window, the workspace and the built-in sandbox are gone, so the
    // new instance never meets the old one's sandbox on the same data directory.
    static void requestRestart();
    // Starts the same program again (without a --language argument) if requestRestart() was called.
    static bool restartIfRequested();

private:
    void updateHint();

    QString m_current;
    QString m_saved;
    QComboBox* m_language;
    QLabel* m_hint;
};

} // namespace mtlsdesk
