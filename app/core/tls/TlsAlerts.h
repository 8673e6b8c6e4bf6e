#pragma once

// TLS alerts and certificate verification errors as sentences an administrator can act on. The alert codes are
// the wire values of RFC 8446 section 6 (e.g. 48 unknown_ca, 116 certificate_required); verification errors are
// OpenSSL's X509_V_ERR_* codes. Pure functions; the text is translated in the "TlsAlerts" context.

#include <QJsonObject>
#include <QString>

namespace mtlsdesk::tls {

struct TlsAlert
{
    enum class Direction
    {
        Received,
        Sent
    }; // Received: the server sent it; Sent: this computer did
    Direction direction = Direction::Received;
    bool fatal = true;
    int code = 0;

    QString name() const;     // OpenSSL's name, e.g. "unknown CA"
    QString sentence() const; // one sentence, see alertSentence()
    QJsonObject toJson() const;
};

// OpenSSL's long name of an alert ("unknown CA", "certificate required"); "alert N" for codes it does not know.
QString alertName(int code);
// What the alert means, e.g. 48 from the server: "The server rejected the certificate: it does not trust the CA
// that issued it (unknown CA)."
QString alertSentence(int code, TlsAlert::Direction direction);
// Alerts with which a server turns down the client certificate that was sent (bad, expired, revoked, unknown CA...).
bool isCertificateRejection(int code);

// Why the server's certificate failed this computer's verification, e.g. X509_V_ERR_HOSTNAME_MISMATCH: "The
// server's certificate is not valid for the host name that was asked for (hostname mismatch)."
QString verifyErrorSentence(long x509Error);
// OpenSSL's own short text of the code ("certificate has expired").
QString verifyErrorText(long x509Error);

} // namespace mtlsdesk::tls
