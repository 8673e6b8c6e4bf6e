#pragma once

// The P12 key tester (contract section 4.1), Bearer only:
//   POST /mtls/account/{acc}/p12-test/multipart   parts file + password
// Current behaviour: 200 {"result":"OK","message"} when P12Verdict accepts the file, 500 with the JSON error
// (P12Verdict's code and message) otherwise.
// Older behaviour, when the header LP-forward-url is present: the sandbox calls that URL for real with the file's
// key and certificate as its TLS client certificate (OutboundClient): method LP-method-override (default POST when
// a text part "body" is present, else GET), LP-authorization-override -> Authorization, LP-content-type-override ->
// Content-Type, the part "body" as the body. It answers with the remote status, headers (without hop-by-hop ones)
// and body unchanged, or 424 with LP-message-from-transport / LP-error-from-transport when no answer came back
// (ForwardRelay, shared with runtime forward).

#include "OutboundClient.h"
#include "Router.h"

namespace mtlsdesk::sandbox {

class Authenticator;
struct P12Identity;

class P12TesterApi
{
public:
    P12TesterApi(const Authenticator& authenticator, const OutboundClient& outbound);

    void registerRoutes(Router& router);

private:
    void test(const httplib::Request& request, httplib::Response& response) const;
    void forward(const httplib::Request& request, httplib::Response& response, const P12Identity& identity) const;

    const Authenticator& m_authenticator;
    const OutboundClient& m_outbound;
};

} // namespace mtlsdesk::sandbox
