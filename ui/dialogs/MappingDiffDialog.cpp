#include "dialogs/MappingDiffDialog.h"

#include "models/CertificatesModel.h"
#include "widgets/MappingDelegates.h"
#include "widgets/StatusPalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mtlsdesk {

namespace {

// MappingDiff::changedFields() names the fields as the service's JSON does; the short forms are accepted too.
bool isField(const QString& field, QLatin1String json, QLatin1String alias)
{
    return field == json || field == alias;
}

} // namespace

MappingDiffDialog::MappingDiffDialog(const MappingDiff& diff, Mode mode, const QStringList& clashes,
                                     const CertificatesModel* certificates, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_certificates(certificates)
    , m_intro(new QLabel(this))
    , m_clashes(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("mappingDiffDialog"));
    const int added = int(diff.added.size());
    const int changed = int(diff.changed.size());
    const int deleted = int(diff.deleted.size());
    const QString counts = tr("%1 added · %2 changed · %3 deleted").arg(added).arg(changed).arg(deleted);
    const bool confirm = mode == Mode::Confirm;
    setWindowTitle(confirm ? tr("Save changes to the mappings (%1)").arg(counts)
                           : tr("Mappings changed on the service (%1)").arg(counts));

    m_intro->setObjectName(QStringLiteral("mappingDiffIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setText(confirm ? tr("These changes go to the service now. Its runtime uses them after its cache "
                                  "refreshes, about 5 minutes after saving.")
                             : tr("Someone changed the mappings on the service while you were editing. Your edits "
                                  "are kept and now apply on top of what the service has; review them before "
                                  "saving."));

    m_clashes->setObjectName(QStringLiteral("mappingDiffClashesLabel"));
    m_clashes->setWordWrap(true);
    m_clashes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusPalette::setTone(m_clashes, StatusPalette::Tone::Warning);
    m_clashes->setVisible(!clashes.isEmpty());
    if (!clashes.isEmpty())
        m_clashes->setText(tr("Changed on both sides:") + QStringLiteral("\n• ") +
                           clashes.join(QStringLiteral("\n• ")));

    m_tree->setObjectName(QStringLiteral("mappingDiffTreeWidget"));
    m_tree->setAccessibleName(confirm ? tr("Changes to save") : tr("Changes on the service"));
    m_tree->setColumnCount(1);
    m_tree->header()->hide();
    // Whole URLs, scrolled sideways when long: an elided URL would hide exactly the part that differs.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    QTreeWidgetItem* addedItem =
        addSection(confirm ? tr("Added") : tr("Added on the service"), added, QStringLiteral("added"));
    for (const Mapping& mapping : diff.added) {
        auto* item = new QTreeWidgetItem(addedItem, {summary(mapping)});
        item->setToolTip(0, item->text(0));
    }
    QTreeWidgetItem* changedItem =
        addSection(confirm ? tr("Changed") : tr("Changed on the service"), changed, QStringLiteral("changed"));
    for (const auto& [before, after] : diff.changed) {
        auto* item = new QTreeWidgetItem(changedItem, {tr("\"%1\" (id %2)").arg(after.name).arg(after.id)});
        for (const QString& line : fieldLines(before, after, m_certificates)) {
            auto* field = new QTreeWidgetItem(item, {line});
            field->setToolTip(0, line);
        }
    }
    QTreeWidgetItem* deletedItem =
        addSection(confirm ? tr("Deleted") : tr("Deleted on the service"), deleted, QStringLiteral("deleted"));
    for (const Mapping& mapping : diff.deleted) {
        auto* item = new QTreeWidgetItem(deletedItem, {summary(mapping)});
        item->setToolTip(0, item->text(0));
    }
    m_tree->expandAll();

    m_buttons->setObjectName(QStringLiteral("mappingDiffButtonBox"));
    if (confirm) {
        QPushButton* save =
            m_buttons->addButton(tr("&Save %n change(s)", nullptr, diff.size()), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("confirmSaveMappingsButton"));
        save->setEnabled(!diff.isEmpty());
        save->setDefault(true);
        m_buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        m_buttons->addButton(QDialogButtonBox::Close)->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_clashes);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(720, 460);
}

QTreeWidgetItem* MappingDiffDialog::addSection(const QString& title, int count, const QString& objectName)
{
    auto* item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
    item->setData(0, Qt::UserRole, objectName); // stable key for tests; the text is translated
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QString MappingDiffDialog::summary(const Mapping& mapping) const
{
    QString certificate = mapping.certificationId;
    if (m_certificates) {
        if (const std::optional<Certificate> known = m_certificates->byId(mapping.certificationId.toLongLong()))
            certificate = known->name;
    }
    return tr("\"%1\": %2 · %3 · certificate %4 · %5")
        .arg(mapping.name, ServiceDelegate::serviceText(mapping.serviceId), mapping.url, certificate,
             mapping.enable ? tr("enabled") : tr("disabled"));
}

QStringList MappingDiffDialog::fieldLines(const Mapping& before, const Mapping& after,
                                          const CertificatesModel* certificates)
{
    auto certificateText = [certificates](const QString& id) {
        if (id.isEmpty())
            return tr("(none)");
        if (certificates) {
            if (const std::optional<Certificate> known = certificates->byId(id.toLongLong()))
                return tr("%1 (id %2)").arg(known->name, id);
        }
        return tr("id %1").arg(id);
    };
    auto orEmpty = [](const QString& text) { return text.isEmpty() ? tr("(empty)") : text; };
    QStringList lines;
    for (const QString& field : MappingDiff::changedFields(before, after)) {
        QString label;
        QString from;
        QString to;
        if (isField(field, QLatin1String("url"), QLatin1String("URL"))) {
            label = tr("URL");
            from = orEmpty(before.url);
            to = orEmpty(after.url);
        } else if (isField(field, QLatin1String("name"), QLatin1String("name"))) {
            label = tr("name");
            from = orEmpty(before.name);
            to = orEmpty(after.name);
        } else if (isField(field, QLatin1String("serviceId"), QLatin1String("service"))) {
            label = tr("service");
            from = ServiceDelegate::serviceText(before.serviceId);
            to = ServiceDelegate::serviceText(after.serviceId);
        } else if (isField(field, QLatin1String("certificationId"), QLatin1String("certificate"))) {
            label = tr("certificate");
            from = certificateText(before.certificationId);
            to = certificateText(after.certificationId);
        } else if (isField(field, QLatin1String("enable"), QLatin1String("enabled"))) {
            label = tr("enabled");
            from = before.enable ? tr("yes") : tr("no");
            to = after.enable ? tr("yes") : tr("no");
        } else {
            // A field this dialog does not know by name: show the service's values as they are.
            label = field;
            from = before.toJson().value(field).toVariant().toString();
            to = after.toJson().value(field).toVariant().toString();
        }
        lines << tr("%1: %2 → %3").arg(label, from, to);
    }
    return lines;
}

} // namespace mtlsdesk
