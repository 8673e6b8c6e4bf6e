#pragma once

// What the two forwarding endpoints share: the P12 tester's older forward mode (contract section 4.1) and runtime
// forward (section 6.2), and activate mapping's URL validation for its 424.
//   LP-forward-url       -> an absolute https URL, or 400 (85)
//   the caller's headers -> passed to the remote without LP-*, Authorization, Host and hop-by-hop headers
//   the remote answer    -> status, headers (without hop-by-hop ones) and body unchanged
//   no answer            -> 424 with LP-message-from-transport (a sentence naming the URL), LP-error-from-transport
//                           (a short key) and the JSON error
// Content coding is settled per hop: Accept-Encoding is not passed on, cpp-httplib decodes a compressed remote
// answer (so its Content-Encoding is dropped), and the sandbox's own server compresses for its caller as it accepts.

#include "ErrorCode.h"
#include "OutboundClient.h"

#include <QUrl>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mtlsdesk::sandbox {

class ForwardRelay
{
public:
    // A request header's value, trimmed; empty when absent.
    static QByteArray header(const httplib::Request& request, const char* name);
    // LP-forward-url parsed tolerantly: cpp-httplib 0.11 percent-decodes header values, so "%20" arrives as a space,
    // which the tolerant parser encodes again. Answers 400 (85) unless it is an absolute https URL with a host.
    static std::optional<QUrl> forwardUrl(const httplib::Request& request, httplib::Response& response);
    // The caller's headers that go on to the remote server: everything but LP-* headers, Authorization (the remote
    // gets LP-authorization-override instead), Host, Accept-Encoding, hop-by-hop headers (with those Connection
    // names) and the connection details cpp-httplib files among the headers.
    static HeaderList passedOn(const httplib::Request& request);
    // The remote answer unchanged (hop-by-hop and Content-Encoding headers left out), marked verbatim so that the
    // error handler keeps an empty error body; or 424 when no answer came back.
    static void answer(const OutboundResponse& remote, const QUrl& url, httplib::Response& response);
    // 424: the call to `url` failed (`error`, a short key; `reason`, a sentence). Both LP-*-from-transport headers
    // and the JSON error carry it.
    static void failedDependency(httplib::Response& response, const QUrl& url, const QString& error,
                                 const QString& reason, ErrorCode code);
    // `url` without user info and query, for messages.
    static QString displayUrl(const QUrl& url);
};

} // namespace mtlsdesk::sandbox
