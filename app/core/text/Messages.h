#pragma once

// User-facing sentences for the core's status enums. Core reports enums; this is where they become
// translated text, shared by the GUI and the command line.

#include "env/SandboxLauncher.h"
#include "flow/LoginFlow.h"
#include "net/ApiError.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace mtlsdesk {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    // One sentence a user can act on; `what` names the call ("Logging in", "Discovering domains").
    static QString apiError(const ApiError& error, const QString& what = {});
    static QString loginStatus(LoginFlow::Status status);
    static QString loginProblem(const LoginFlow& flow);
    static QString sessionState(Session::State state);
    static QString secretStatus(SecretStore::Status status);
    static QString sandboxFailure(SandboxLauncher::Failure failure, const QString& detail);
    // A clock time in the user's locale without seconds ("14:05", "2:05 PM"): "live at", "last checked".
    static QString clockTime(const QDateTime& time);
};

} // namespace mtlsdesk
