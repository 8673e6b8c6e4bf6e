#pragma once

// The versions an About box, --version and bug reports need: the app's, and those of Qt, OpenSSL and QtKeychain
// (the libraries actually loaded at run time where they can tell, else the ones built against).

#include <QString>

namespace mtlsdesk {

struct BuildInfo
{
    static QString appVersion();
    static QString qtVersion();         // run time; "(built with X)" when that differs
    static QString openSslVersion();    // run time, e.g. "OpenSSL 3.0.17 1 Jul 2025"
    static QString qtKeychainVersion(); // built with (QtKeychain has no run-time version call)
    // "Qt 6.4.2 · OpenSSL 3.0.17 1 Jul 2025 · QtKeychain 0.13.2"
    static QString librariesLine();
};

} // namespace mtlsdesk
