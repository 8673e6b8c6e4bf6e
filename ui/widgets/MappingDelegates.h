#pragma once

// Editors for the Mappings table (MappingsModel). The model keeps ids as strings and validates every change; the
// delegates only offer the admin readable choices and say early what is wrong with a URL being typed. The
// Enabled column is a check box from the model's CheckStateRole and needs no delegate.

#include <QStyledItemDelegate>

class QComboBox;

namespace mtlsdesk {

class CertificatesModel;

// Name: the standard line edit, except that a validation pass (which reports every row as changed) does not
// overwrite what the admin is typing. Only a new model value (an undo, a rebase) does.
class NameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit NameDelegate(QObject* parent = nullptr);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
};

// Service: a combo box of MappingServices::known() ("IDP (1)"); the id string is stored (Qt::EditRole). An id
// the app does not know stays selectable so that opening the editor never changes the value by itself.
class ServiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ServiceDelegate(QObject* parent = nullptr);

    // Shared with the wizard's Mapping step: fills `combo` (item data = id) and selects `currentId`.
    static void fillComboBox(QComboBox* combo, const QString& currentId);
    static QString serviceText(const QString& serviceId);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    void commitAndClose();
};

// Certificate: a combo box of the account's certificates ("name · expires 2026-01-31", "(expired)"); the id is
// stored as a string. An empty value shows "(choose a certificate)"; an id the account does not have stays.
class CertificateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CertificateDelegate(const CertificatesModel& certificates, QObject* parent = nullptr);

    // Shared with the wizard's Mapping step: fills `combo` (item data = id text, "" for none) and selects
    // `currentId`.
    static void fillComboBox(QComboBox* combo, const CertificatesModel& certificates, const QString& currentId);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    void commitAndClose();

    const CertificatesModel& m_certificates;
};

// URL: a line edit that, while the admin types, puts MappingValidator::urlProblem() in its tooltip and draws a
// red frame when the text is not an absolute https URL. The text is committed as typed: the model marks the cell
// too, and an admin may well save a half-typed URL into the working copy to finish it later.
class UrlDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit UrlDelegate(QObject* parent = nullptr);

    // The stylesheet the URL editors use when `problem` is not empty (shared with the wizard's Mapping step).
    static QString frameStyle(const QString& problem, const QPalette& palette);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace mtlsdesk
