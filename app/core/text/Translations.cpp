#include "text/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mtlsdesk {

namespace {

const QString Prefix = QStringLiteral(":/i18n");
QString g_current;

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(Prefix).entryList({QStringLiteral("mtlsdesk_*.qm")}, QDir::Files, QDir::Name);
    for (QString file : files)
        languages << file.remove(QStringLiteral("mtlsdesk_")).remove(QStringLiteral(".qm"));
    return languages;
}

QString Translations::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* app = QCoreApplication::instance();
    auto* translator = new QTranslator(app);
    QString loaded;
    // "mtlsdesk_de_DE", "mtlsdesk_de", ... as QTranslator tries them; English when none matches.
    if (translator->load(locale, QStringLiteral("mtlsdesk"), QStringLiteral("_"), Prefix))
        loaded = QLocale(translator->language()).name().section(QLatin1Char('_'), 0, 0);
    else if (translator->load(QStringLiteral("mtlsdesk_en"), Prefix))
        loaded = QStringLiteral("en");
    if (loaded.isEmpty()) {
        delete translator;
        return {};
    }
    // Widgets mirror for a right-to-left language. Set here rather than left to Qt's QT_LAYOUT_DIRECTION lookup,
    // which only works when Qt's own translation of that language is installed on the system.
    if (auto* gui = qobject_cast<QGuiApplication*>(app))
        gui->setLayoutDirection(QLocale(loaded).textDirection());
    QCoreApplication::installTranslator(translator);
    // Dates and numbers (QLocale()) in the language of the text: a language chosen in Settings that is not the
    // system's also gives its formats (German month names, not English ones, next to German text), in the system's
    // territory where the two go together. When the system's own language is shown, or has no translation, the
    // system's formats stay as they are.
    if (QLocale(loaded).language() != QLocale::system().language() && !language.isEmpty())
        QLocale::setDefault(QLocale(QLocale(loaded).language(), QLocale::system().territory()));
    else
        QLocale::setDefault(QLocale::system());
    if (loaded != QLatin1String("en")) {
        // Qt's own strings (standard buttons, file dialogs) in the same language, when the system has them.
        auto* qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    if (loaded != QLatin1String("en")) {
        // Untranslated strings fall back to English plurals rather than "(s)".
        auto* english = new QTranslator(app);
        if (english->load(QStringLiteral("mtlsdesk_en"), Prefix))
            QCoreApplication::installTranslator(english);
        else
            delete english;
        // installTranslator() puts the newest first: the chosen language must win over the English fallback.
        QCoreApplication::removeTranslator(translator);
        QCoreApplication::installTranslator(translator);
    }
    g_current = loaded;
    return loaded;
}

QString Translations::current()
{
    return g_current;
}

QString Translations::nativeName(const QString& language)
{
    // QLocale("en") calls itself "American English"; the app's English is not regional.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace mtlsdesk
