#pragma once

// mtls-desk-cli check / audit: the dashboard's "Check all" and the visual mapping audit for a brand's own CI.
// Credentials come from environment variables or the keychain entry the app stored ("remember"), never from the
// command line (where other users could read them in the process list):
//   MTLSDESK_ACCOUNT                         the account id (else --account, else the app's last account)
//   MTLSDESK_APPKEY                          the AppKey as JSON {"consumerKey","consumerSecret","accessToken",
//                                            "accessTokenSecret"}, or the four variables
//   MTLSDESK_APPKEY_CONSUMER_KEY, MTLSDESK_APPKEY_CONSUMER_SECRET, MTLSDESK_APPKEY_ACCESS_TOKEN,
//   MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET
// The Sandbox environment uses the demo account's AppKey when none is given.
// Exit status: 0 nothing broken (live, not live yet, warnings), 1 something broken (not found, certificate missing
// or expired), 2 the check could not run (no credentials, no answer), 64 usage error.

#include <QString>

namespace mtlsdesk::cli {

struct RuntimeOptions
{
    QString command;     // "check" or "audit"
    QString environment; // sandbox, production or custom
    QString sandboxDir;  // sandbox: its data directory (attached to when running, else started)
    QString discoveryHost; // custom
    QString accountId;
    int batchSize = 0;  // 0: the default
    QString checkForm;  // auto, current, v2, v1
    bool json = false;  // check: one JSON object
    QString format;     // audit: json, csv, html, pdf
    QString outFile;    // audit: where to write (stdout for text formats when empty)
    bool noCheck = false; // audit: do not run the check first
};

// Returns the exit status.
int runRuntimeCommand(const RuntimeOptions& options);

} // namespace mtlsdesk::cli
