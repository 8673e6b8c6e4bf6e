#pragma once

#include <QWizardPage>

namespace mtlsdesk {

class DomainsView;
class Workspace;

// Wizard step 2: the discovered domains, each overridable; complete when every needed domain is known.
class DomainsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DomainsPage(Workspace& workspace, QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    DomainsView* m_view;
};

} // namespace mtlsdesk
