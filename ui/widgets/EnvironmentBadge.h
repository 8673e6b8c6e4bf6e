#pragma once

#include "env/Environment.h"

#include <QLabel>

namespace mtlsdesk {

// A pill that names the environment and the account in a colour of its own (Sandbox green, Production red,
// Custom amber) and in words, so an admin never mistakes production for the sandbox — not by colour alone.
// In presenter mode the account id is masked.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBadge(QWidget* parent = nullptr);

    void setEnvironment(Environment::Kind kind, const QString& accountId);
    static QString kindName(Environment::Kind kind);

private:
    void render();

    Environment::Kind m_kind = Environment::Kind::Sandbox;
    QString m_accountId;
};

} // namespace mtlsdesk
