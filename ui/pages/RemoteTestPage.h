#pragma once

#include <QWizardPage>

namespace mtlsdesk {

class CertificateManager;
class P12View;
class RemoteTestPanel;

// Wizard step 4: the service's own P12 tester on the file chosen in the P12 step; Next once it accepts it.
class RemoteTestPage : public QWizardPage
{
    Q_OBJECT
public:
    RemoteTestPage(CertificateManager& manager, const P12View& file, QWidget* parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    RemoteTestPanel& panel() { return *m_panel; }

private:
    RemoteTestPanel* m_panel;
};

} // namespace mtlsdesk
