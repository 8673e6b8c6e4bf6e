#include "DarkPalette.h"
#include "SandboxFixture.h"

#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "PresenterMode.h"
#include "app/Workspace.h"
#include "pages/CheckPage.h"
#include "pages/MappingPage.h"
#include "pages/UploadPage.h"
#include "settings/AppSettings.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/StatusPalette.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

// The onboarding wizard as an admin goes through it, mostly with the keyboard: Login -> Domains -> P12 -> Test ->
// Upload -> Mapping -> Check against a real sandbox whose runtime cache is 3 seconds, ending with the mapping
// live; quitting half-way and coming back (nothing uploaded twice, no secret on disk); presenter mode; the
// accessible names and tab order of every page; and, on every page and in its error states, status texts that keep
// a WCAG contrast of 4.5:1 in the light palette and in a dark one switched on while the page is shown.
class TestGuiWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyInputHasAnAccessibleName();
    void walksTheWholeWizardToALiveMapping();
    void resumesAfterQuittingHalfWay();
    void presenterModeHidesSecretsAndEnlargesFonts();

private:
    struct Session
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
        OnboardingWizard* wizard = nullptr;
    };
    bool open(Session& session);
    bool logIn(Session& session);
    int certificatesOnServer(const QString& name);
    QStringList visitWithTab(QWidget* page);
    QStringList unreadableTexts(QWidget* page);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
};

template <typename T>
static T* child(QObject* root, const char* name)
{
    T* object = root->findChild<T*>(QLatin1String(name));
    if (!object)
        qWarning("no %s", name);
    return object;
}

// The inputs a keyboard or screen-reader user works with (not the parts inside a combo box or spin box).
static QList<QWidget*> inputsOf(QWidget* page)
{
    QList<QWidget*> inputs;
    const QList<QWidget*> widgets = page->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                           qobject_cast<QCheckBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
        if (!input)
            continue;
        if (qobject_cast<QComboBox*>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        if (qobject_cast<QAbstractItemView*>(widget->parentWidget())) // header views are part of their table
            continue;
        if (widget->inherits("QComboBoxListView") || widget->inherits("QCalendarView"))
            continue;
        inputs << widget;
    }
    return inputs;
}

static QString describe(const QWidget* widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// What is painted under `widget`: its own background when it has one (a style sheet's `background` lands in its
// palette), else the nearest ancestor's that fills its background, else its window's.
static QColor backgroundOf(const QWidget* widget)
{
    if (widget->styleSheet().contains(QLatin1String("background")))
        return widget->palette().color(widget->backgroundRole());
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

// Every visible, enabled label with text on `page` whose text colour (its palette, as a style sheet or
// StatusPalette left it, and every colour in its rich text) has less than 4.5:1 against its background.
// Disabled text is exempt (WCAG 1.4.3).
static QStringList lowContrastTexts(QWidget* page, const QString& paletteName)
{
    static const QRegularExpression inlineColor(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    QStringList problems;
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty())
            continue;
        const QColor background = backgroundOf(label);
        QList<QColor> colors{label->palette().color(label->foregroundRole())};
        for (auto it = inlineColor.globalMatch(label->text()); it.hasNext();)
            colors << QColor(it.next().captured(1));
        for (const QColor& color : std::as_const(colors)) {
            const qreal ratio = StatusPalette::contrast(color, background);
            if (ratio < StatusPalette::MinTextContrast - 0.05)
                problems << QStringLiteral("%1 (%2): %3 on %4 is %5:1 \"%6\"")
                                .arg(describe(label), paletteName, color.name(), background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(label->text().left(60));
        }
    }
    return problems;
}

// The page's texts as they are, then with a dark palette switched on while the page is shown (as a desktop theme
// does: the widgets must follow without being built again), then back to the light one.
QStringList TestGuiWizard::unreadableTexts(QWidget* page)
{
    QStringList problems = lowContrastTexts(page, QStringLiteral("light"));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    if (!StatusPalette::isDark(page->palette()))
        problems << QStringLiteral("the dark palette did not reach the page");
    problems += lowContrastTexts(page, QStringLiteral("dark"));
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    problems += lowContrastTexts(page, QStringLiteral("light again"));
    return problems;
}

void TestGuiWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mtls-desk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_wizard"));
    QFile::remove(AppSettings().fileName());
    // The runtime picks up saved mappings after 3 s instead of 5 minutes: the Check step sees it live.
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("3")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    QVERIFY(!m_bearer.isEmpty());
}

void TestGuiWizard::cleanup()
{
    PresenterMode::of().setOn(false);
}

int TestGuiWizard::certificatesOnServer(const QString& name)
{
    const HttpResult result =
        m_sandbox->get(QStringLiteral("/mtls/account/%1/certificates").arg(m_sandbox->info().accountId),
                       {{"Authorization", "Bearer " + m_bearer}});
    int count = 0;
    const QJsonArray list = QJsonDocument::fromJson(result.body).array();
    for (const QJsonValue& entry : list)
        count += entry.toObject().value(QLatin1String("name")).toString() == name ? 1 : 0;
    return count;
}

bool TestGuiWizard::open(Session& session)
{
    session.workspace = std::make_unique<Workspace>();
    session.window = std::make_unique<MainWindow>(*session.workspace);
    session.window->show();
    if (!QTest::qWaitForWindowExposed(session.window.get()))
        return false;
    session.workspace->selectSandbox(m_sandbox->dataDir());
    if (!QTest::qWaitFor([&] { return session.workspace->environmentState() == Workspace::EnvironmentState::Ready; },
                         15000))
        return false;
    session.wizard = session.window->showWizard();
    if (!QTest::qWaitForWindowExposed(session.wizard))
        return false;
    session.wizard->activateWindow();
    return true;
}

// Logs in on the Login step with the keyboard: the demo account is filled in, the password typed, Enter.
bool TestGuiWizard::logIn(Session& session)
{
    OnboardingWizard* wizard = session.wizard;
    if (wizard->currentId() != OnboardingWizard::LoginPageId)
        return false;
    auto* account = child<QLineEdit>(wizard->currentPage(), "accountIdLineEdit");
    auto* password = child<QLineEdit>(wizard->currentPage(), "passwordLineEdit");
    if (!account || !password)
        return false;
    if (!QTest::qWaitFor([&] { return account->text() == m_sandbox->info().accountId; }, 5000))
        return false;
    password->setFocus();
    password->clear();
    QTest::keyClicks(password, m_sandbox->info().password);
    QTest::keyClick(password, Qt::Key_Return);
    return QTest::qWaitFor([&] { return session.workspace->session().isLoggedIn(); }, 15000);
}

// Presses Tab from the page's first input around the page and returns the inputs it reached, in order.
QStringList TestGuiWizard::visitWithTab(QWidget* page)
{
    QList<QWidget*> inputs;
    for (QWidget* input : inputsOf(page)) {
        if (input->isVisible() && input->isEnabled() && (input->focusPolicy() & Qt::TabFocus))
            inputs << input;
    }
    QStringList visited;
    if (inputs.isEmpty())
        return visited;
    inputs.first()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 60; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && inputs.contains(focus) && !visited.contains(describe(focus)))
            visited << describe(focus);
        if (focus)
            QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget* input : std::as_const(inputs)) {
        if (!visited.contains(describe(input)))
            missing << describe(input);
    }
    if (!missing.isEmpty())
        qWarning() << "not reached with Tab:" << missing;
    return missing;
}

void TestGuiWizard::everyInputHasAnAccessibleName()
{
    Workspace workspace;
    OnboardingWizard wizard(workspace);
    QStringList unnamed;
    const QList<int> ids = wizard.pageIds();
    QCOMPARE(ids.size(), 7);
    for (int id : ids) {
        QWizardPage* page = wizard.page(id);
        QVERIFY2(!page->subTitle().isEmpty(), qPrintable(page->title())); // what the service does, and why
        for (QWidget* input : inputsOf(page)) {
            if (input->accessibleName().trimmed().isEmpty())
                unnamed << QStringLiteral("%1/%2").arg(page->objectName(), describe(input));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    // Every wizard button has a mnemonic.
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CustomButton1, QWizard::CustomButton2})
        QVERIFY2(wizard.buttonText(which).contains(QLatin1Char('&')), qPrintable(wizard.buttonText(which)));
}

void TestGuiWizard::walksTheWholeWizardToALiveMapping()
{
    Session session;
    QVERIFY(open(session));
    OnboardingWizard* wizard = session.wizard;
    auto nextWithKeyboard = [wizard](int expected) {
        // Alt+N is Next's mnemonic (an animated click: it lands about 100 ms later).
        QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
        return QTest::qWaitFor([wizard, expected] { return wizard->currentId() == expected; }, 2000);
    };

    // Every page is checked for readable status texts in light and dark palettes, error states included.
    auto expectReadable = [this, wizard] {
        const QStringList problems = unreadableTexts(wizard->currentPage());
        if (!problems.isEmpty())
            qWarning() << problems;
        return problems.isEmpty();
    };

    QCOMPARE(wizard->currentId(), int(OnboardingWizard::LoginPageId));
    QVERIFY(visitWithTab(wizard->currentPage()).isEmpty());
    {
        // A wrong password first: the error shows in place, readable.
        auto* password = child<QLineEdit>(wizard->currentPage(), "passwordLineEdit");
        auto* status = child<QLabel>(wizard->currentPage(), "statusLabel");
        QVERIFY(password && status);
        QTRY_VERIFY(!password->text().isEmpty());
        password->setText(QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 15000);
        QVERIFY(expectReadable());
    }
    QVERIFY(logIn(session));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::DomainsPageId));

    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    QVERIFY(visitWithTab(wizard->currentPage()).isEmpty());
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::P12PageId));

    // P12: Next waits for a usable file; the path and password are typed, Enter inspects.
    QWidget* page = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* path = child<QLineEdit>(page, "p12PathLineEdit");
    auto* p12Password = child<QLineEdit>(page, "p12PasswordLineEdit");
    QVERIFY(path && p12Password);
    QVERIFY(visitWithTab(page).isEmpty());
    path->setFocus();
    QTest::keyClicks(path, m_sandbox->info().demoP12);
    QTest::keyClick(path, Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != path);
    {
        // A wrong password first: the verdict says so, readable.
        auto* verdict = child<QLabel>(page, "verdictLabel");
        QVERIFY(verdict);
        p12Password->setFocus();
        QTest::keyClicks(p12Password, QStringLiteral("wrong"));
        QTest::keyClick(p12Password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QStringLiteral("✖")), 20000);
        QVERIFY(expectReadable());
        p12Password->clear();
    }
    p12Password->setFocus();
    QTest::keyClicks(p12Password, m_sandbox->info().demoP12Password);
    QTest::keyClick(p12Password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::RemoteTestPageId));

    // Test: Space on the focused test button; Next once the service accepts the file.
    page = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* testButton = child<QPushButton>(page, "remoteTestButton");
    QVERIFY(testButton);
    testButton->setFocus();
    QTest::keyClick(testButton, Qt::Key_Space);
    auto* verdict = child<QLabel>(page, "remoteTestVerdictLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(verdict->text()), 15000);
    QVERIFY(visitWithTab(page).isEmpty());
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::UploadPageId));

    // Upload: a unique name, Enter uploads; once.
    page = wizard->currentPage();
    auto* name = child<QLineEdit>(page, "uploadNameLineEdit");
    QVERIFY(name);
    QVERIFY(visitWithTab(page).isEmpty());
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("WizardPartner"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    QCOMPARE(certificatesOnServer(QStringLiteral("WizardPartner")), 1);
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::MappingPageId));

    // Mapping: name, service, full URL; Enter saves once the account's mappings are read.
    page = wizard->currentPage();
    auto* mappingName = child<QLineEdit>(page, "mappingNameLineEdit");
    auto* url = child<QLineEdit>(page, "mappingUrlLineEdit");
    auto* save = child<QPushButton>(page, "addAndSaveMappingButton");
    auto* certificate = child<QComboBox>(page, "mappingCertificateComboBox");
    QVERIFY(mappingName && url && save && certificate);
    QTRY_VERIFY_WITH_TIMEOUT(certificate->currentText().contains(QLatin1String("WizardPartner")), 15000);
    mappingName->setFocus();
    QTest::keyClicks(mappingName, QStringLiteral("wizard-token"));
    QTest::keyClick(mappingName, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), url); // name -> service -> URL
    // Not https: the problem shows under the field, readable; then the real URL.
    QTest::keyClicks(url, QStringLiteral("http://partner.example/wizard/token"));
    QVERIFY(!child<QLabel>(page, "mappingUrlHintLabel")->text().startsWith(QStringLiteral("✓")));
    QVERIFY(expectReadable());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://partner.example/wizard/token"));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 15000);
    QVERIFY(visitWithTab(page).isEmpty());
    url->setFocus();
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    QVERIFY(expectReadable());
    QVERIFY(nextWithKeyboard(OnboardingWizard::CheckPageId));

    // Check: pending first (cache), then live by itself.
    page = wizard->currentPage();
    auto* status = child<QLabel>(page, "checkStatusLabel");
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QVERIFY(expectReadable()); // not live yet, most likely
    QTRY_VERIFY2_WITH_TIMEOUT(status->text() == QLatin1String("Live"), qPrintable(status->text()),
                              CheckPage::RecheckMs + 20000);
    QVERIFY(expectReadable());
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QPushButton>(page, "checkTestRequestButton")->isVisible());
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(AppSettings().wizardCompleted());
    // Finished: nothing left to resume.
    QVERIFY(AppSettings().wizardProgress(session.workspace->environment().id(), m_sandbox->info().accountId).isEmpty());
}

void TestGuiWizard::resumesAfterQuittingHalfWay()
{
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    QByteArray bearer;
    QString environmentId;
    {
        Session session;
        QVERIFY(open(session));
        OnboardingWizard* wizard = session.wizard;
        QVERIFY(logIn(session));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        wizard->next();
        QWidget* page = wizard->currentPage();
        child<QLineEdit>(page, "p12PathLineEdit")->setText(m_sandbox->info().demoP12);
        auto* p12Password = child<QLineEdit>(page, "p12PasswordLineEdit");
        QTest::keyClicks(p12Password, m_sandbox->info().demoP12Password);
        QTest::keyClick(p12Password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        wizard->next();
        QTest::mouseClick(child<QPushButton>(wizard->currentPage(), "remoteTestButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        wizard->next();
        auto* name = child<QLineEdit>(wizard->currentPage(), "uploadNameLineEdit");
        name->setText(QStringLiteral("ResumePartner"));
        QTest::mouseClick(child<QPushButton>(wizard->currentPage(), "uploadButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        QCOMPARE(certificatesOnServer(QStringLiteral("ResumePartner")), 1);
        const QByteArray live = session.workspace->session().bearer();
        bearer = QByteArray(live.constData(), live.size());
        environmentId = session.workspace->environment().id();
        // Quit half-way: the wizard, the window and the workspace go away.
        wizard->reject();
    }
    const WizardProgress stored = AppSettings().wizardProgress(environmentId, m_sandbox->info().accountId);
    QCOMPARE(stored.page, int(OnboardingWizard::UploadPageId));
    QVERIFY(stored.certificateId > 0);
    QCOMPARE(stored.p12Path, m_sandbox->info().demoP12);

    {
        Session session;
        QVERIFY(open(session));
        OnboardingWizard* wizard = session.wizard;
        // No session: the Login step cannot be skipped.
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::LoginPageId));
        QVERIFY(logIn(session));
        // Logged in: straight back to the Upload step, shown as done and checked on the service.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::UploadPageId), 15000);
        auto* upload = qobject_cast<UploadPage*>(wizard->currentPage());
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
        QCOMPARE(upload->certificateId(), stored.certificateId);
        QVERIFY(!child<QPushButton>(upload, "uploadButton")->isEnabled());
        QVERIFY(child<QLabel>(upload, "uploadStatusLabel")->text().contains(QLatin1String("ResumePartner")));
        QCOMPARE(certificatesOnServer(QStringLiteral("ResumePartner")), 1);
        // Back goes through every step.
        wizard->back();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::RemoteTestPageId));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::UploadPageId));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::MappingPageId));
        auto* mappingName = child<QLineEdit>(wizard->currentPage(), "mappingNameLineEdit");
        auto* url = child<QLineEdit>(wizard->currentPage(), "mappingUrlLineEdit");
        QTest::keyClicks(mappingName, QStringLiteral("resume-token"));
        QTest::keyClicks(url, QStringLiteral("https://partner.example/resume"));
        session.window->close(); // quits the app with the wizard open
        wizard->reject();
    }

    {
        Session session;
        QVERIFY(open(session));
        OnboardingWizard* wizard = session.wizard;
        QVERIFY(logIn(session));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::MappingPageId), 15000);
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "mappingNameLineEdit")->text(), QStringLiteral("resume-token"));
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "mappingUrlLineEdit")->text(),
                 QStringLiteral("https://partner.example/resume"));
        QCOMPARE(certificatesOnServer(QStringLiteral("ResumePartner")), 1);

        // Start over: back to the first step, nothing stored any more.
        QTest::mouseClick(wizard->button(QWizard::CustomButton2), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::LoginPageId));
        QVERIFY(AppSettings().wizardProgress(environmentId, m_sandbox->info().accountId).isEmpty());
        wizard->reject();
    }
    AppSettings().sync();

    // No secret in the settings file or anywhere under the XDG directories.
    const SandboxInfo& info = m_sandbox->info();
    const QList<QByteArray> secrets{info.password.toUtf8(), info.demoP12Password.toUtf8(),
                                    info.appKey.consumerSecret.toUtf8(), info.appKey.accessTokenSecret.toUtf8(),
                                    bearer};
    for (const QByteArray& secret : secrets)
        QVERIFY(secret.size() >= 6);
    QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        if (qEnvironmentVariableIsSet(variable))
            roots << qEnvironmentVariable(variable);
    }
    const QString sandboxData = QDir(m_sandbox->dataDir()).canonicalPath();
    const QString settingsFile = QFileInfo(AppSettings().fileName()).canonicalFilePath();
    bool sawSettings = false;
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            // The sandbox's data dir holds its demo account by design: it is the service, not the app.
            if (file.canonicalFilePath().startsWith(sandboxData) || file.size() > 64 * 1024 * 1024)
                continue;
            if (file.lastModified() < started && file.canonicalFilePath() != settingsFile)
                continue;
            QFile f(file.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            sawSettings |= file.canonicalFilePath() == settingsFile;
            for (const QByteArray& secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(QStringLiteral("a secret is in %1").arg(file.filePath())));
        }
    }
    QVERIFY2(sawSettings, qPrintable(settingsFile));
}

void TestGuiWizard::presenterModeHidesSecretsAndEnlargesFonts()
{
    Session session;
    QVERIFY(open(session));
    QVERIFY(logIn(session));
    const QString account = m_sandbox->info().accountId;
    auto* badge = child<EnvironmentBadge>(session.wizard, "environmentBadgeLabel");
    auto* windowBadge = child<EnvironmentBadge>(session.window.get(), "environmentBadgeLabel");
    auto* sessionLabel = child<QLabel>(session.window.get(), "sessionLabel");
    QVERIFY(badge && windowBadge && sessionLabel);
    QTRY_VERIFY(badge->text().contains(account));
    QVERIFY(sessionLabel->text().contains(QLatin1String("token")));
    const qreal before = QApplication::font().pointSizeF();

    // The wizard's button (the main window's View menu has the same action).
    QAbstractButton* toggle = session.wizard->button(QWizard::CustomButton1);
    QVERIFY(toggle && toggle->isCheckable());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(PresenterMode::of().isOn());
    QVERIFY(AppSettings().presenterMode());
    const QString masked = PresenterMode::maskAccount(account);
    QVERIFY(masked.startsWith(QString(5, QChar(0x2022))));
    QVERIFY(masked.endsWith(account.right(4)));
    for (EnvironmentBadge* shown : {badge, windowBadge}) {
        QVERIFY2(!shown->text().contains(account), qPrintable(shown->text()));
        QVERIFY(shown->text().contains(masked));
        QVERIFY(!shown->accessibleName().contains(account));
    }
    QVERIFY(!session.window->windowTitle().contains(account));
    QVERIFY2(!sessionLabel->text().contains(QLatin1String("token")), qPrintable(sessionLabel->text()));
    QVERIFY(!sessionLabel->text().contains(QLatin1String("minute")));
    QVERIFY(qAbs(QApplication::font().pointSizeF() - before * PresenterMode::FontScale) < 0.6);
    QTRY_VERIFY(session.wizard->currentPage()->font().pointSizeF() > before);

    // The main window's View > Presenter mode follows, and switches it off again.
    auto* action = child<QAction>(session.window.get(), "presenterModeAction");
    QVERIFY(action && action->isChecked());
    action->trigger();
    QVERIFY(!PresenterMode::of().isOn());
    QVERIFY(!toggle->isChecked());
    QVERIFY(badge->text().contains(account));
    QVERIFY(qAbs(QApplication::font().pointSizeF() - before) < 0.01);
    session.wizard->reject();
}

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
