#pragma once

// Check mapping (contract section 6.1): does runtime know an mTLS mapping for (account, service, URL)? OAuth1
// (AppKey) only; a batch of at most 1000 triplets per request (413 beyond), answered from RuntimeCache's snapshot,
// so a configuration change shows here up to --cache-seconds later.
//   POST /mtls/mapping[?v=1]  [{"serviceName","accountId","url"}]
//        -> 200 {"CertificateMappingParamters{serviceName='IDP', accountId='123', url='https://…'}": true, …}
//   POST /mtls/mapping?v=2    the same body -> 200 [{"serviceName","accountId","url","doExist"}]
//   POST /api/account/{acc}/checks/serviceUrlMappings  [{"serviceName","url"}] -> 200 [{"serviceName","url","exist"}]
// The v1 key is the Java toString() of the real service, misspelling included; identical triplets share one key.
// The arrays keep the request's order. A triplet exists when the snapshot holds an enabled mapping of the account
// with that service (a name, or its numeric id) and exactly that URL (byte for byte, query included) whose
// certificate is live; an unknown service name simply does not exist. /mtls/mapping has no account in its path: the
// AppKey's consumer key names the account, and a triplet of another account gets 403.
// Order of the checks: authentication, v, the body (415, 400), its size (413), the fields (400), the accounts (403).

#include "Router.h"

#include <QtGlobal>

namespace mtlsdesk::sandbox {

class Authenticator;
class RuntimeCache;

class CheckMappingApi
{
public:
    static constexpr qsizetype MaxTriplets = 1000;

    CheckMappingApi(const Authenticator& authenticator, RuntimeCache& cache);

    void registerRoutes(Router& router);

private:
    void checkTriplets(const httplib::Request& request, httplib::Response& response);
    void checkServiceUrls(const httplib::Request& request, httplib::Response& response);

    const Authenticator& m_authenticator;
    RuntimeCache& m_cache;
};

} // namespace mtlsdesk::sandbox
