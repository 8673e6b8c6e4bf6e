#pragma once

// Forward (contract section 6.2), OAuth1 (AppKey) only, as the current page says:
//   GET | POST | PUT | DELETE /mtls/account/{acc}     (exactly this path; HEAD, served by the GET route, is forwarded
//                                                      as HEAD)
//   LP-forward-url                    required; the absolute https URL to call (400 otherwise)
//   LP-service-name                   optional; TEST_SERVICE, IDP, WEBHOOKS (or the numeric id). Given: the mapping
//                                     must have that service. Absent: any enabled mapping with that URL.
//   LP-authorization-override         optional; becomes the remote Authorization header
//   LP-stop-if-certificate-not-found  optional true | false (default false; anything else 400)
// The other headers (not LP-*, not hop-by-hop, not Authorization or Host) and the body go to the remote unchanged
// (ForwardRelay); a multipart/form-data body gets 415, because cpp-httplib 0.11 parses it into parts before the
// handler runs and its bytes are gone. The mapping is looked up in RuntimeCache's snapshot:
//   a mapping found            -> a real mTLS call to the mapping's URL with its certificate's P12
//   none, stop false (default) -> the same call over plain TLS, without a client certificate
//   none, stop true            -> 500 with the reason (87); nothing is sent
// The answer is the remote status, headers (without hop-by-hop ones) and body, or 424 with LP-message-from-transport
// and LP-error-from-transport when no answer came back.

#include "Router.h"

namespace mtlsdesk::sandbox {

class Authenticator;
class OutboundClient;
class RuntimeCache;

class ForwardApi
{
public:
    ForwardApi(const Authenticator& authenticator, RuntimeCache& cache, const OutboundClient& outbound);

    void registerRoutes(Router& router);

private:
    void forward(const httplib::Request& request, httplib::Response& response);

    const Authenticator& m_authenticator;
    RuntimeCache& m_cache;
    const OutboundClient& m_outbound;
};

} // namespace mtlsdesk::sandbox
