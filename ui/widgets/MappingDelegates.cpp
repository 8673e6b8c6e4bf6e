#include "widgets/MappingDelegates.h"

#include "mappings/Mapping.h"
#include "mappings/MappingValidator.h"
#include "models/CertificatesModel.h"
#include "widgets/StatusPalette.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

namespace mtlsdesk {

namespace {

// Selects the entry whose data is `id`, adding `fallbackText` for it first when the list does not have it.
void selectOrAdd(QComboBox* combo, const QString& id, const QString& fallbackText)
{
    int at = combo->findData(id);
    if (at < 0) {
        combo->addItem(fallbackText, id);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

QComboBox* newComboBox(QWidget* parent, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setFrame(false);
    return combo;
}

// The view calls setEditorData() again whenever the model reports the cell's row changed (also when only its
// validation marks changed). Only a new model value (an undo, a rebase) may overwrite what the admin is typing
// or choosing; the same value seen again leaves the editor alone.
bool takeModelValue(QWidget* editor, const QString& value)
{
    static constexpr const char* property = "mtlsdeskModelValue";
    const QVariant seen = editor->property(property);
    if (seen.isValid() && seen.toString() == value)
        return false;
    editor->setProperty(property, value);
    return true;
}

} // namespace

// --- NameDelegate ---

NameDelegate::NameDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* NameDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setObjectName(QStringLiteral("nameEditorLineEdit"));
    editor->setAccessibleName(tr("Mapping name"));
    return editor;
}

void NameDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (takeModelValue(editor, index.data(Qt::EditRole).toString()))
        QStyledItemDelegate::setEditorData(editor, index);
}

// --- ServiceDelegate ---

ServiceDelegate::ServiceDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString ServiceDelegate::serviceText(const QString& serviceId)
{
    if (MappingServices::isKnown(serviceId))
        return tr("%1 (%2)").arg(MappingServices::name(serviceId), serviceId);
    return serviceId.isEmpty() ? tr("(choose a service)") : tr("Service %1 (unknown)").arg(serviceId);
}

void ServiceDelegate::fillComboBox(QComboBox* combo, const QString& currentId)
{
    combo->clear();
    for (const auto& [id, name] : MappingServices::known())
        combo->addItem(tr("%1 (%2)").arg(name, id), id);
    selectOrAdd(combo, currentId, serviceText(currentId));
}

QWidget* ServiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    QComboBox* combo = newComboBox(parent, tr("Service"));
    combo->setObjectName(QStringLiteral("serviceEditorComboBox"));
    connect(combo, &QComboBox::activated, this, &ServiceDelegate::commitAndClose);
    return combo;
}

void ServiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString id = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && takeModelValue(editor, id))
        fillComboBox(combo, id);
}

void ServiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

void ServiceDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

void ServiceDelegate::commitAndClose()
{
    // Choosing an entry is the whole edit: write it at once rather than on focus loss.
    if (auto* editor = qobject_cast<QWidget*>(sender())) {
        emit commitData(editor);
        emit closeEditor(editor);
    }
}

// --- CertificateDelegate ---

CertificateDelegate::CertificateDelegate(const CertificatesModel& certificates, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_certificates(certificates)
{
}

void CertificateDelegate::fillComboBox(QComboBox* combo, const CertificatesModel& certificates,
                                       const QString& currentId)
{
    combo->clear();
    combo->addItem(tr("(choose a certificate)"), QString());
    for (const Certificate& certificate : certificates.certificates()) {
        QString text = certificate.name;
        if (certificate.expirationDate.isValid())
            text = tr("%1 · expires %2")
                       .arg(text,
                            QLocale().toString(certificate.expirationDate.toLocalTime().date(), QLocale::ShortFormat));
        if (certificates.health(certificate) == CertificatesModel::Health::Expired)
            text = tr("%1 (expired)").arg(text);
        combo->addItem(text, QString::number(certificate.id));
        combo->setItemData(combo->count() - 1, tr("Certificate id %1").arg(certificate.id), Qt::ToolTipRole);
    }
    selectOrAdd(combo, currentId, tr("%1 (not in the account)").arg(currentId));
}

QWidget* CertificateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    QComboBox* combo = newComboBox(parent, tr("Certificate"));
    combo->setObjectName(QStringLiteral("certificateEditorComboBox"));
    connect(combo, &QComboBox::activated, this, &CertificateDelegate::commitAndClose);
    return combo;
}

void CertificateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString id = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && takeModelValue(editor, id))
        fillComboBox(combo, m_certificates, id);
}

void CertificateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

void CertificateDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                               const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

void CertificateDelegate::commitAndClose()
{
    if (auto* editor = qobject_cast<QWidget*>(sender())) {
        emit commitData(editor);
        emit closeEditor(editor);
    }
}

// --- UrlDelegate ---

UrlDelegate::UrlDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString UrlDelegate::frameStyle(const QString& problem, const QPalette& palette)
{
    return problem.isEmpty() ? QString() : StatusPalette::frameStyle(StatusPalette::Tone::Error, palette);
}

QWidget* UrlDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("urlEditorLineEdit"));
    edit->setAccessibleName(tr("Full URL"));
    edit->setPlaceholderText(tr("https://partner.example/api/token"));
    // The hint follows every keystroke; the tooltip is shown at once so the admin need not hover to read it.
    connect(edit, &QLineEdit::textChanged, edit, [edit](const QString& text) {
        const QString problem = MappingValidator::urlProblem(text);
        if (problem == edit->toolTip())
            return;
        edit->setToolTip(problem);
        edit->setAccessibleDescription(problem);
        edit->setStyleSheet(frameStyle(problem, edit->palette()));
        if (problem.isEmpty())
            QToolTip::hideText();
        else if (edit->hasFocus())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), problem, edit);
    });
    return edit;
}

void UrlDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (!edit || !takeModelValue(editor, text))
        return;
    if (edit->text() != text)
        edit->setText(text);
    // textChanged does not fire for an unchanged text: set the initial state here.
    const QString problem = MappingValidator::urlProblem(text);
    edit->setToolTip(problem);
    edit->setAccessibleDescription(problem);
    edit->setStyleSheet(frameStyle(problem, edit->palette()));
}

void UrlDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

void UrlDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

} // namespace mtlsdesk
