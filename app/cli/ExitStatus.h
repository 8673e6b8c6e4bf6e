#pragma once

// mtls-desk-cli's exit statuses, one set for every command (see the usage text and the man page).

namespace mtlsdesk::cli {

constexpr int ExitOk = 0;
// inspect: readable, with error findings; handshake: a problem was found; check, audit: a mapping is broken.
constexpr int ExitFindings = 1;
// Unreadable input, a failed operation, or a check that could not run.
constexpr int ExitFailed = 2;
constexpr int ExitUsage = 64;

} // namespace mtlsdesk::cli
