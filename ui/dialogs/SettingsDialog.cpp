#include "dialogs/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "text/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace mtlsdesk {

namespace {

const char* const RestartProperty = "mtlsdesk.restartRequested";

} // namespace

SettingsDialog::SettingsDialog(const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_saved(AppSettings().language())
    , m_language(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Interface language"));
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    const QStringList available = Translations::available();
    m_language->addItem(available.contains(system)
                            ? tr("System default (%1)").arg(Translations::nativeName(system))
                            : tr("System default (English)"),
                        QString());
    for (const QString& language : available)
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_saved)));

    m_hint->setObjectName(QStringLiteral("languageHintLabel"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    form->addRow(QString(), m_hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateHint);
    updateHint();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::updateHint()
{
    QString effective = language();
    if (effective.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        effective = Translations::available().contains(system) ? system : QStringLiteral("en");
    }
    m_hint->setText(effective == m_current
                        ? tr("mTLS Desk is shown in this language.")
                        : tr("The new language is used from the next start of mTLS Desk."));
}

bool SettingsDialog::apply()
{
    const QString chosen = language();
    if (chosen == m_saved)
        return false;
    AppSettings settings;
    settings.setLanguage(chosen);
    settings.sync();

    QMessageBox box(QMessageBox::Question, tr("Restart mTLS Desk?"),
                    tr("The language changes when mTLS Desk starts again. Restart now? Mapping edits that are not "
                       "saved yet are kept as a draft."),
                    QMessageBox::NoButton, this);
    QPushButton* restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    return box.clickedButton() == restart;
}

void SettingsDialog::requestRestart()
{
    qApp->setProperty(RestartProperty, true);
}

bool SettingsDialog::restartIfRequested()
{
    if (!qApp->property(RestartProperty).toBool())
        return false;
    // The same program and arguments, minus a --language given on the command line: the saved choice wins now.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            arguments.remove(i, 2);
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            arguments.remove(i);
        else
            ++i;
    }
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

} // namespace mtlsdesk
