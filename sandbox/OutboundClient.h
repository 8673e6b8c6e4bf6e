#pragma once

// Real outbound HTTPS calls, presenting a client certificate (mTLS) or none (plain TLS): the P12 tester's forward
// mode, runtime forward (with the mapped certificate, or plain TLS when no mapping matched) and activate mapping's
// URL validation use it. The server is verified against the system CAs plus the sandbox's own CA (so the sandbox's
// mTLS target verifies too), with host name checks; redirects are not followed. A call either gets an HTTP answer
// (any status) or a transport failure with a short key and a sentence, which the caller turns into 424.
// cpp-httplib decodes a compressed answer (gzip, deflate, br), so the body handed back is never content-coded.

#include "OpenSslPtr.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace mtlsdesk::sandbox {

struct P12Identity;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct OutboundRequest
{
    QUrl url; // https only
    QByteArray method = "GET";
    HeaderList headers;
    QByteArray body;
};

struct OutboundResponse
{
    bool delivered = false; // an HTTP answer came back; otherwise see transportError
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QString transportError;   // e.g. "Connection", "SSLServerVerification", "ConnectionTimeout"
    QString transportMessage; // one sentence
};

class OutboundClient
{
public:
    // `extraCa` (may be null) is trusted besides the system CAs; the client keeps its own reference.
    explicit OutboundClient(X509* extraCa, int timeoutSeconds = 10);

    // Presents `identity` as the TLS client certificate, or none when it is null. Blocks for at most about three
    // times the timeout (connect, write, read). Safe from any thread.
    OutboundResponse send(const OutboundRequest& request, const P12Identity* identity) const;

private:
    X509Ptr m_extraCa;
    int m_timeoutSeconds;
};

} // namespace mtlsdesk::sandbox
