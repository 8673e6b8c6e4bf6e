#pragma once

// The service's rules for an uploaded P12, on the app's own inspector (mtlsdesk_p12), so that the sandbox, the GUI
// and the CLI give one verdict: the password opens the file, it holds a private key matching its leaf certificate,
// and Java (JDK 17) would load it (contract section 7, "Java compliance"). The certificate endpoints answer a
// failure with 400, the P12 tester with 500; both use `code` and `message`.

#include "ErrorCode.h"

#include <QByteArray>
#include <QString>

namespace mtlsdesk::sandbox {

struct P12Verdict
{
    bool ok = false;
    ErrorCode code = ErrorCode::P12Unreadable; // when !ok
    QString message;                           // one sentence, when !ok
    qint64 expiresMs = 0;                      // the leaf's notAfter, when ok

    static P12Verdict of(const QByteArray& p12, const QByteArray& password);
};

} // namespace mtlsdesk::sandbox
