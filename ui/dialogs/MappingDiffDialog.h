#pragma once

// What a save will send, or what the service changed meanwhile: the mappings added, changed (field by field,
// "URL: old → new") and deleted, with the counts in the title. In Confirm mode the admin accepts with
// "Save N changes"; in ServiceChanges mode (after a rebase) the dialog only informs and lists at the top the
// mappings that both the admin and someone else changed.

#include "mappings/MappingEditor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mtlsdesk {

class CertificatesModel;

class MappingDiffDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Confirm,
        ServiceChanges
    };
    Q_ENUM(Mode)

    // `certificates` (optional) turns certificate ids into names.
    MappingDiffDialog(const MappingDiff& diff, Mode mode, const QStringList& clashes = {},
                      const CertificatesModel* certificates = nullptr, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QTreeWidget* tree() const { return m_tree; }

    // One line per changed field of `before` -> `after` ("URL: https://a → https://b"); also used by tests.
    static QStringList fieldLines(const Mapping& before, const Mapping& after,
                                  const CertificatesModel* certificates = nullptr);

private:
    QTreeWidgetItem* addSection(const QString& title, int count, const QString& objectName);
    QString summary(const Mapping& mapping) const;

    Mode m_mode;
    const CertificatesModel* m_certificates;
    QLabel* m_intro;
    QLabel* m_clashes;
    QTreeWidget* m_tree;
    QDialogButtonBox* m_buttons;
};

} // namespace mtlsdesk
