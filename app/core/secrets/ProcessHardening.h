#pragma once

// Keeps the secrets a running mTLS Desk holds (passwords, bearer, AppKey secrets, P12 passwords) out of crash
// output: no core file is written (RLIMIT_CORE 0, so a crash never leaves the process memory on disk) and the
// process is not dumpable (PR_SET_DUMPABLE 0: no core through a pipe handler either, and other processes of the
// same user cannot ptrace it or read /proc/<pid>/mem). Called first thing by the GUI and the CLI.
// Builds with AddressSanitizer keep the process dumpable: LeakSanitizer stops the world through ptrace.

namespace mtlsdesk::ProcessHardening {

// True when both settings took effect (on systems without them, true when there was nothing to do).
bool apply();

// What apply() set, read back from the kernel (for tests and the About box's diagnostics).
bool coreDumpsDisabled();
bool dumpable();

} // namespace mtlsdesk::ProcessHardening
