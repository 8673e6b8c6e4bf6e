#pragma once

// Loads the app's translations (Qt Linguist .qm files compiled into the binary under :/i18n) and Qt's own for
// standard dialogs. The language follows the system locale unless the user chose one in Settings; English is the
// fallback, and it is a real translation too: it holds the plural forms ("1 mapping", "2 mappings") of every
// counted string, which the source text writes as "%n mapping(s)".

#include <QString>
#include <QStringList>

namespace mtlsdesk {

class Translations
{
public:
    // `language`: a locale name ("de", "he", "en") or empty for the system's. Call once, after the application
    // object exists and before any widget is made. Returns the language that was loaded. In a GUI application it
    // also sets the layout direction of that language (right to left for Hebrew).
    static QString install(const QString& language = {});
    // The language install() loaded; empty before it ran.
    static QString current();
    // The languages compiled in ("de", "en", "he").
    static QStringList available();
    // A language's own name for itself ("Deutsch", "עברית", "English"), for a language picker.
    static QString nativeName(const QString& language);
};

} // namespace mtlsdesk
