#pragma once

// Certificate fields as text and time, shared by the P12 inspector and the handshake probe so that both show
// a name, a date and a fingerprint the same way.

#include <QDateTime>
#include <QString>

#include <openssl/x509.h>

namespace mtlsdesk::p12 {

// RFC 2253 order, UTF-8 kept ("CN=client,O=Example").
QString nameText(const X509_NAME* name);
// The (first) commonName, or empty.
QString commonName(const X509_NAME* name);
// UTC; invalid for a null or unreadable time.
QDateTime timeOf(const ASN1_TIME* time);
// SHA-256 of the DER encoding as upper-case hex with colons; empty on failure.
QString sha256Fingerprint(X509* certificate);

} // namespace mtlsdesk::p12
