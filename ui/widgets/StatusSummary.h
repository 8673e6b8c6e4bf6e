#pragma once

// The Dashboard's counts line: "Mappings: 12 — ✓ 10 live · ⏳ 1 not live yet · ✗ 1 not found", one flat button per
// status that occurs (icon + count + words), so that a click shows only those mappings; the button of the status
// shown alone stays pressed, and a second click on it shows everything again.

#include "runtime/RuntimeStatus.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace mtlsdesk {

class DashboardModel;

class StatusSummary : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSummary(QWidget* parent = nullptr);

    // The model's counts; `shown` is how many rows the filter lets through.
    void setCounts(const DashboardModel& model, int shown);
    // The status shown alone (its button stays pressed), or none.
    void setCurrentKind(std::optional<RuntimeStatus::Kind> kind);
    // "12 live · 2 not live yet · …": the counts as shown.
    QString text() const;
    // "12 live", "1 not found": the words for `count` mappings of `kind`.
    static QString countText(RuntimeStatus::Kind kind, int count);

signals:
    // A click on a status; nullopt: the pressed one again (show everything).
    void kindClicked(std::optional<mtlsdesk::RuntimeStatus::Kind> kind);

private:
    QLabel* m_total;
    QHash<RuntimeStatus::Kind, QToolButton*> m_buttons;
    QHash<RuntimeStatus::Kind, int> m_counts;
};

} // namespace mtlsdesk
