#pragma once

#include "mappings/Mapping.h"

#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mtlsdesk {

class ForwardTesterPanel;
class RuntimeMonitor;
class Workspace;

// Wizard step: asks the gateway's check-mapping about the mapping the Mapping step saved, and shows what the
// runtime makes of it (RuntimeStatus: icon, words, what to do). A fresh mapping is "not live yet" until the
// gateway's cache picks it up (about 5 minutes): the step says when, and checks again by itself every 15 s, or
// at the expected time when that is sooner. Once live, a compact forward tester can send a first request.
// Complete once a check ran: live and pending both finish the wizard; a problem says what to fix.
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int RecheckMs = 15000;

    CheckPage(Workspace& workspace, std::function<std::optional<Mapping>()> savedMapping, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // When the step checks again by itself (invalid: it does not).
    QDateTime nextCheck() const { return m_nextCheck; }
    ForwardTesterPanel& tester() { return *m_tester; }

public slots:
    void checkNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    int iconExtent() const;
    void fitToFont();
    RuntimeMonitor& runtime() const;
    void checkFinished(bool complete);
    void updateStatus();
    void scheduleRecheck(const QDateTime& liveAt);
    void setMessage(const QString& text, bool error);

    Workspace& m_workspace;
    std::function<std::optional<Mapping>()> m_savedMapping;
    std::optional<Mapping> m_mapping;
    QLabel* m_mappingLabel;
    QLabel* m_statusIcon;
    QLabel* m_statusLabel;
    QLabel* m_detail;
    QLabel* m_liveAt;
    QPushButton* m_checkButton;
    QPushButton* m_testButton;
    QProgressBar* m_busy;
    QLabel* m_message;
    ForwardTesterPanel* m_tester;
    QTimer m_recheck;
    QDateTime m_nextCheck;
    bool m_running = false; // this page's check is in flight
    bool m_waiting = false; // another check (the Dashboard's) runs; this one starts after it
    bool m_checked = false; // a check of this mapping completed
};

} // namespace mtlsdesk
