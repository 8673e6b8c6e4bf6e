#pragma once

// Activate mapping (contract section 4.6), Bearer only ("Supports OAuth 2 Only"): creates the ac-common mapping of a
// certificate in one call.
//   POST /mtls/account/{acc}/certificates/activate/{cert}[?isValidateUrlEnabled=true|false]
//        {"serviceName":"IDP","url":"https://…"}  -> 201 Mapping (MappingApi's shape)
// With isValidateUrlEnabled=true (default false; anything else 400) the sandbox first makes a real mTLS GET to the
// URL with that certificate, read from the store (a configuration call, never cached): no answer, or an answer with
// a status of 400 or more, gets 424 with LP-message-from-transport / LP-error-from-transport, and no mapping is made.
// The mapping is saved through Store::createMappings like an ac-common create (so the collection revision goes up):
// name "<serviceName>-<certificate name>-<n>" with the first n that no live mapping of the account uses, serviceId
// from the service name (or numeric id), enable true. Refusals: an unknown or deleted certificate 404 (54); a bad
// body 415 / 400; a service or URL that a mapping cannot have 400 (100); the (service, URL) key of another live
// mapping 400 (102) naming it, as MappingApi answers.

#include "Router.h"

namespace mtlsdesk::sandbox {

class Authenticator;
class OutboundClient;
class Store;

class ActivateMappingApi
{
public:
    ActivateMappingApi(Store& store, const Authenticator& authenticator, const OutboundClient& outbound);

    void registerRoutes(Router& router);

private:
    void activate(const httplib::Request& request, httplib::Response& response);

    Store& m_store;
    const Authenticator& m_authenticator;
    const OutboundClient& m_outbound;
};

} // namespace mtlsdesk::sandbox
