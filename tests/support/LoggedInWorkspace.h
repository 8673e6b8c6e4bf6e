#pragma once

// A Workspace attached to a test's sandbox and logged in as the demo user, as the app would be after the
// Login step; for end-to-end tests of the parts that need a session (certificates, mappings).

#include "SandboxFixture.h"

#include "app/Workspace.h"

namespace mtlsdesk::test {

// Attaches `workspace` to `sandbox` and logs in; false with `why` on failure.
bool logIn(Workspace& workspace, SandboxFixture& sandbox, QString* why);

} // namespace mtlsdesk::test
