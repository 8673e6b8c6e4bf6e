#pragma once

#include <QWizard>

class QLabel;

namespace mtlsdesk {

class EnvironmentBadge;
class P12Page;
class Workspace;

// The guided flow for a first-time admin: Login -> Domains -> P12 -> Test -> Upload -> Mapping -> Check.
// The pages share their logic with the main window (LoginForm, DomainsView).
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LoginPageId, DomainsPageId, P12PageId, RemoteTestPageId, UploadPageId, MappingPageId, CheckPageId };

    explicit OnboardingWizard(Workspace& workspace, QWidget* parent = nullptr);

private:
    void updateBadge();
    void updateSteps();

    Workspace& m_workspace;
    EnvironmentBadge* m_badge;
    QLabel* m_steps = nullptr;
    P12Page* m_p12Page = nullptr;
};

} // namespace mtlsdesk
