#pragma once

#include "mappings/Mapping.h"

#include <QWizardPage>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mtlsdesk {

class Workspace;

// Wizard step: map one full URL of one service to the certificate uploaded in the previous step, and save it.
// The row goes into the same working copy as the Mappings section (workspace.mappings()), so the validator, the
// draft and the conflict handling are the same; the step is complete once the service's list has the mapping.
class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    MappingPage(Workspace& workspace, std::function<qint64()> uploadedCertificateId, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // The mapping this step saved, as the service's list has it (with its id); nullopt before it is saved.
    std::optional<Mapping> savedMapping() const;

    // The form as typed (name, service id, URL), for a resumed wizard; and putting it back. `saved`: the draft was
    // saved before, so the step is complete as soon as the service's list has that name (nothing is saved twice).
    Mapping draft() const { return mapping(); }
    void restoreDraft(const QString& name, const QString& serviceId, const QString& url, bool saved);

public slots:
    void addAndSave();

signals:
    void draftChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    Mapping mapping() const;
    QString formKey() const;
    void fillCertificates();
    void validate();
    void setStatus(const QString& text, bool error);

    Workspace& m_workspace;
    std::function<qint64()> m_uploadedCertificateId;
    QLineEdit* m_nameEdit;
    QComboBox* m_serviceCombo;
    QLineEdit* m_urlEdit;
    QLabel* m_urlHint;
    QComboBox* m_certificateCombo;
    QCheckBox* m_enabledCheck;
    QLabel* m_problems;
    QPushButton* m_addButton;
    QLabel* m_status;
    qint64 m_rowKey = 0;   // the working-copy row this page added and has not seen saved yet
    QString m_savedName;   // the name asked to be saved; complete once the service's list has it
    QString m_savedForm;   // the form's values at that moment (to tell "saved" from "about to add another")
    bool m_blocked = true; // the form has errors
    bool m_restoredSaved = false; // restoreDraft(saved): the form takes the saved row once the list is read
};

} // namespace mtlsdesk
