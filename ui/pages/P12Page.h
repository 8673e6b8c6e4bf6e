#pragma once

#include <QWizardPage>

namespace mtlsdesk {

class P12View;

// Wizard step 3: pick the PKCS#12 file and inspect it locally; Next once it is usable for mutual TLS.
class P12Page : public QWizardPage
{
    Q_OBJECT
public:
    explicit P12Page(QWidget* parent = nullptr);
    bool isComplete() const override;
    P12View& view() { return *m_view; }

private:
    P12View* m_view;
};

} // namespace mtlsdesk
