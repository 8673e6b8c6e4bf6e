#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "app/Workspace.h"
#include "dialogs/SettingsDialog.h"
#include "settings/AppSettings.h"
#include "text/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

const QString TranslationsDir = QStringLiteral(MTLSDESK_TRANSLATIONS_DIR);

// Asks the real translation and writes down every string of the app's own contexts it has no answer for.
// Installed alone, so no English fallback hides a miss.
class RecordingTranslator : public QTranslator
{
public:
    RecordingTranslator(QTranslator* real, QSet<QString> contexts)
        : m_real(real)
        , m_contexts(std::move(contexts))
    {
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        QString text = m_real->translate(context, sourceText, disambiguation, n);
        if (text.isNull() && m_contexts.contains(QLatin1String(context)))
            m_missing.insert(QStringLiteral("%1: \"%2\"").arg(QLatin1String(context), QString::fromUtf8(sourceText)));
        return text;
    }
    bool isEmpty() const override { return false; }

    QStringList missing() const
    {
        QStringList list(m_missing.cbegin(), m_missing.cend());
        list.sort();
        return list;
    }

private:
    QTranslator* m_real;
    QSet<QString> m_contexts;
    mutable QSet<QString> m_missing;
};

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, true};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            // Either text or <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    message.translations << xml.text().toString();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    return sorted(found);
}

QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured(0).toLower();
    return sorted(found);
}

int mnemonics(const QString& text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    // Entities written in the text (&amp; is already decoded by the XML reader; "&nbsp;" in rich text is not).
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    plain.remove(entity);
    static const QRegularExpression mnemonic(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (QRegularExpressionMatchIterator it = mnemonic.globalMatch(plain); it.hasNext(); it.next())
        ++count;
    return count;
}

QSet<QString> contextsOf(const QString& language)
{
    QString error;
    QSet<QString> contexts;
    for (const TsMessage& message : readTs(TranslationsDir + QStringLiteral("/mtlsdesk_%1.ts").arg(language), &error))
        contexts.insert(message.context);
    return contexts;
}

// English left in a translated window: whole words that neither German nor Hebrew uses.
QStringList englishIn(QWidget* root)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|your|and|with|this|that|from|are|have|has|not|to|of|for|is|it|be|been|can|could|"
                       "there|which|when|then|than|into|please)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList english;
    auto check = [&](QWidget* widget, const QString& text) {
        if (!widget->isVisible() || text.isEmpty())
            return;
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (words.match(plain).hasMatch())
            english << QStringLiteral("%1: %2").arg(widget->objectName(), plain.simplified());
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        check(label, label->text());
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        check(button, button->text());
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        check(box, box->title());
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        check(edit, edit->placeholderText());
    if (auto* wizard = qobject_cast<QWizard*>(root)) {
        check(wizard, wizard->currentPage()->title());
        check(wizard, wizard->currentPage()->subTitle());
    }
    return english;
}

} // namespace

// German and Hebrew: every message of the .ts files translated (placeholders, mnemonics and rich-text tags
// kept), and the whole wizard walked against a real sandbox with only that translation installed, which must
// answer every string the wizard asks for and leave no English sentence on screen. Hebrew lays out right to left.
class TestGuiTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void installFollowsTheLanguage_data();
    void installFollowsTheLanguage();
    void wizardIsFullyTranslated_data();
    void wizardIsFullyTranslated();
    void settingsSaveTheLanguage();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestGuiTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_translations"));
    QFile::remove(QSettings().fileName());
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("2")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
}

void TestGuiTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("he") << QStringLiteral("he");
}

void TestGuiTranslations::tsFileIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(TranslationsDir + QStringLiteral("/mtlsdesk_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);
    QStringList problems;
    for (const TsMessage& message : messages) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(message.context, message.source.left(60));
        if (!message.finished || message.translations.isEmpty()) {
            problems << where + QStringLiteral(": not translated");
            continue;
        }
        const bool numerus = message.translations.size() > 1;
        for (int form = 0; form < message.translations.size(); ++form) {
            const QString& translation = message.translations.at(form);
            if (translation.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty");
                continue;
            }
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(translation);
            // A singular may say "one" instead of "%n".
            if (numerus && form == 0 && !actual.contains(QLatin1String("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (expected != actual)
                problems << where + QStringLiteral(": placeholders %1 ≠ %2")
                                        .arg(expected.join(QLatin1Char(' ')), actual.join(QLatin1Char(' ')));
            if (tags(message.source) != tags(translation))
                problems << where + QStringLiteral(": rich-text tags differ");
            if (mnemonics(message.source) != mnemonics(translation))
                problems << where + QStringLiteral(": mnemonic count %1 ≠ %2 in \"%3\"")
                                        .arg(mnemonics(message.source))
                                        .arg(mnemonics(translation))
                                        .arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                            problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestGuiTranslations::installFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("next");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("de") << QStringLiteral("de") << QString() << Qt::LeftToRight;
    QTest::newRow("he") << QStringLiteral("he") << QString() << Qt::RightToLeft;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Next >") << Qt::LeftToRight;
}

void TestGuiTranslations::installFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, next);
    QFETCH(Qt::LayoutDirection, direction);
    // Undone after each row: the next row (and the wizard walks) start without translators.
    const auto uninstall = qScopeGuard([] {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale::system());
    });
    QCOMPARE(Translations::install(language), language);
    QCOMPARE(Translations::current(), language);
    QCOMPARE(QApplication::layoutDirection(), direction);
    // Dates in the tables follow the chosen language (the test runs on an English or C system locale).
    if (language != QLatin1String("en")) {
        QCOMPARE(QLocale().language(), QLocale(language).language());
        const QString month = QLocale().toString(QDate(2027, 3, 1), QStringLiteral("MMMM"));
        QVERIFY2(month != QLatin1String("March"), qPrintable(month));
    }
    const QString translated = QCoreApplication::translate("mtlsdesk::OnboardingWizard", "&Next >");
    if (next.isEmpty())
        QVERIFY2(translated != QLatin1String("&Next >"), qPrintable(translated));
    else
        QCOMPARE(translated, next);
    // Counted strings are plural-correct in every language, English included.
    auto counted = [](int n) { return QCoreApplication::translate("AuditDiagram", "%n mapping(s)", nullptr, n); };
    for (int n : {1, 2, 5})
        QVERIFY2(!counted(n).contains(QLatin1String("(s)")) && counted(n).contains(QString::number(n)),
                 qPrintable(counted(n)));
    QVERIFY(QString(counted(1)).remove(QLatin1Char('1')) != QString(counted(2)).remove(QLatin1Char('2')));
}

void TestGuiTranslations::wizardIsFullyTranslated_data()
{
    tsFileIsComplete_data();
}

void TestGuiTranslations::wizardIsFullyTranslated()
{
    QFETCH(QString, language);
    QTranslator real;
    QVERIFY(real.load(QStringLiteral(":/i18n/mtlsdesk_%1.qm").arg(language)));
    RecordingTranslator recording(&real, contextsOf(language));
    QVERIFY(QCoreApplication::installTranslator(&recording));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&recording);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    });
    QApplication::setLayoutDirection(QLocale(language).textDirection());

    Workspace workspace;
    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    workspace.selectSandbox(m_sandbox->dataDir());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.environmentState() == Workspace::EnvironmentState::Ready, 15000);
    OnboardingWizard* wizard = window.showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->isRightToLeft(), language == QLatin1String("he"));
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    auto find = [wizard](const char* name) { return wizard->currentPage()->findChild<QWidget*>(QLatin1String(name)); };
    QStringList english;
    auto pageDone = [&] { english << englishIn(wizard); };

    // Login
    auto* password = qobject_cast<QLineEdit*>(find("passwordLineEdit"));
    QVERIFY(password);
    password->setText(m_sandbox->info().password);
    pageDone();
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    pageDone();
    wizard->next();
    // Domains
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    pageDone();
    wizard->next();
    // P12: a file that does not exist first (an error in place), then the demo file.
    auto* path = qobject_cast<QLineEdit*>(find("p12PathLineEdit"));
    auto* p12Password = qobject_cast<QLineEdit*>(find("p12PasswordLineEdit"));
    QVERIFY(path && p12Password);
    path->setText(QDir::temp().filePath(QStringLiteral("no-such-file.p12")));
    QTest::keyClick(p12Password, Qt::Key_Return);
    QTest::qWait(500);
    pageDone();
    path->setText(m_sandbox->info().demoP12);
    p12Password->setText(m_sandbox->info().demoP12Password);
    QTest::keyClick(p12Password, Qt::Key_Return);
    auto* verdict = qobject_cast<QLabel*>(find("verdictLabel"));
    QVERIFY(verdict);
    QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(),
                              qPrintable(verdict->text() + QLatin1Char(' ') + path->text() + QLatin1Char(' ') +
                                         p12Password->text() + QLatin1Char(' ') + m_sandbox->info().demoP12Password),
                              20000);
    pageDone();
    wizard->next();
    // Test
    qobject_cast<QPushButton*>(find("remoteTestButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    pageDone();
    wizard->next();
    // Upload
    auto* name = qobject_cast<QLineEdit*>(find("uploadNameLineEdit"));
    QVERIFY(name);
    name->setText(QStringLiteral("partner-%1").arg(language));
    qobject_cast<QPushButton*>(find("uploadButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    pageDone();
    wizard->next();
    // Mapping
    auto* certificate = qobject_cast<QComboBox*>(find("mappingCertificateComboBox"));
    QVERIFY(certificate);
    QTRY_VERIFY_WITH_TIMEOUT(certificate->currentText().contains(QStringLiteral("partner-%1").arg(language)), 15000);
    qobject_cast<QLineEdit*>(find("mappingNameLineEdit"))->setText(QStringLiteral("token-%1").arg(language));
    qobject_cast<QLineEdit*>(find("mappingUrlLineEdit"))
        ->setText(QStringLiteral("https://partner.example/%1/token").arg(language));
    auto* save = qobject_cast<QPushButton*>(find("addAndSaveMappingButton"));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 15000);
    pageDone();
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    pageDone();
    wizard->next();
    // Check: pending, then live (the sandbox's cache is 2 s).
    QTest::qWait(300);
    pageDone();
    auto* testRequest = find("checkTestRequestButton");
    QVERIFY(testRequest);
    QTRY_VERIFY_WITH_TIMEOUT(testRequest->isVisible(), 40000);
    pageDone();
    wizard->button(QWizard::FinishButton)->click();

    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left on screen:\n") + english.join(QLatin1Char('\n'))));
    const QStringList missing = recording.missing();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a translation:\n").arg(missing.size()) +
                                           missing.join(QLatin1Char('\n'))));
}

// File > Settings: the languages compiled in, each under its own name, the system's first; a choice is saved for
// the next start, and "Later" keeps this instance running.
void TestGuiTranslations::settingsSaveTheLanguage()
{
    AppSettings().setLanguage(QString());
    const auto reset = qScopeGuard([] { AppSettings().setLanguage(QString()); });
    SettingsDialog dialog(QStringLiteral("en"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox* combo = dialog.languageComboBox();
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toString();
    QCOMPARE(offered, QStringList({QString(), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("he")}));
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("he"))), QStringLiteral("עברית"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("languageHintLabel"));
    QVERIFY(hint);
    const QString shownNow = hint->text();
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QVERIFY(hint->text() != shownNow); // "from the next start"

    // apply() saves, then asks whether to restart now: answer "Later".
    bool asked = false;
    QTimer later;
    later.setInterval(50);
    connect(&later, &QTimer::timeout, &dialog, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole) {
                asked = true;
                button->click();
            }
        }
    });
    later.start();
    QVERIFY(!dialog.apply());
    QVERIFY(asked);
    QCOMPARE(AppSettings().language(), QStringLiteral("de"));
    // The same choice again asks nothing and saves nothing new.
    SettingsDialog again(QStringLiteral("en"));
    QCOMPARE(again.language(), QStringLiteral("de"));
    asked = false;
    QVERIFY(!again.apply());
    QVERIFY(!asked);
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
