#pragma once

#include <QWizard>

class QLabel;

namespace mtlsdesk {

class EnvironmentBadge;
class MappingPage;
class P12Page;
class UploadPage;
class Workspace;

// The guided flow for a first-time admin: Login -> Domains -> P12 -> Test -> Upload -> Mapping -> Check.
// The pages share their logic with the main window (LoginForm, DomainsView, P12View, RemoteTestPanel, UploadPanel,
// the Mappings working copy, the runtime monitor).
//
// Resumable: where the admin stands (page, P12 path, uploaded certificate id and name, the mapping draft) is kept per
// environment and account in AppSettings (WizardProgress; never a secret). Opened again, the wizard continues there
// once there is a session: steps done on the service are shown as done (and checked on the service), not repeated.
// The P12 password is never stored, so a resume before the upload goes back to the P12 step for it.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LoginPageId, DomainsPageId, P12PageId, RemoteTestPageId, UploadPageId, MappingPageId, CheckPageId };

    explicit OnboardingWizard(Workspace& workspace, QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    // The page a stored progress resumes on (LoginPageId when there is nothing to resume).
    static int resumePage(int storedPage, bool uploaded);

public slots:
    // Forgets the stored progress and goes back to the first step (the session stays).
    void startOver();

protected:
    void done(int result) override;

private:
    void updateBadge();
    void updateSteps();
    void fitToFont();
    void resumeIfLoggedIn();
    void saveProgress();
    QString progressAccount() const;

    Workspace& m_workspace;
    EnvironmentBadge* m_badge;
    QLabel* m_steps = nullptr;
    P12Page* m_p12Page = nullptr;
    UploadPage* m_uploadPage = nullptr;
    MappingPage* m_mappingPage = nullptr;
    bool m_resumeChecked = false; // the stored progress was looked at for this session
    bool m_restoring = false;     // walking to the resumed page: do not store the pages passed on the way
};

} // namespace mtlsdesk
