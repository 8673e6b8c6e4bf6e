#include "LoggedInWorkspace.h"

#include "flow/LoginFlow.h"
#include "text/Messages.h"

#include <QTest>

namespace mtlsdesk::test {

bool logIn(Workspace& workspace, SandboxFixture& sandbox, QString* why)
{
    workspace.selectSandbox(sandbox.dataDir());
    if (!QTest::qWaitFor([&] { return workspace.environmentState() == Workspace::EnvironmentState::Ready; }, 30000)) {
        *why = QStringLiteral("the workspace did not attach to the sandbox");
        return false;
    }
    const SandboxInfo& info = sandbox.info();
    LoginRequest request;
    request.environment = workspace.environment();
    request.accountId = info.accountId;
    request.username = info.username;
    request.password = info.password.toUtf8();
    request.appKey = info.appKey;
    request.pacing = workspace.pacing();
    LoginFlow flow(workspace.network());
    flow.start(request);
    const bool ended = QTest::qWaitFor(
        [&] { return flow.status() == LoginFlow::Status::Succeeded || flow.status() == LoginFlow::Status::Failed; }, 30000);
    if (!ended || flow.status() != LoginFlow::Status::Succeeded) {
        *why = Messages::loginProblem(flow);
        return false;
    }
    workspace.adopt(flow);
    return workspace.session().isLoggedIn();
}

} // namespace mtlsdesk::test
