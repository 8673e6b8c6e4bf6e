#pragma once

// The certificate endpoints of the mTLS gateway (contract sections 3 and 4.2-4.6), on Store's certificate table:
//   POST /mtls/account/{acc}/certificates/by-file (also byFile)  Bearer   parts file + certificate {name,password}
//   PUT  /mtls/account/{acc}/certificates/by-file (also byFile)  Bearer   parts file + certificate (or body)
//                                                                         {name,password,id}
//   POST /mtls/account/{acc}/certificates                        either   [{name,p12,password}]
//   PUT  /mtls/account/{acc}/certificates                        either   [{name,p12,password,id}]
//   GET  /mtls/account/{acc}/certificates                        either   -> [Certificate]
//   GET  /mtls/account/{acc}/certificates/{cert}                 either   -> Certificate
//   DELETE /mtls/account/{acc}/certificates/{cert}               either   -> 200 {}
//   POST /api/account/{acc}/certificate (auto-generate)          Bearer   {certificateName,p12Password}
// Creates answer 201 and updates 200 with the result wrapper {"successfulySavedCertificates":[…],
// "failedSaveToVaultCertificates":[]} (the misspelling is the real API's). Every P12 must pass P12Verdict (400
// otherwise); a name already used by a live certificate of the account gets 409. A request with several
// certificates is saved all or nothing.

#include "Router.h"
#include "Store.h"

#include <QJsonObject>

#include <optional>

namespace mtlsdesk::sandbox {

class Authenticator;
class Pki;

class CertificateApi
{
public:
    CertificateApi(Store& store, const Authenticator& authenticator, const Pki& pki);

    void registerRoutes(Router& router);

    // The Certificate shape of contract section 3.
    static QJsonObject toJson(const StoredCertificate& certificate);

private:
    enum class Auth
    {
        BearerOnly,
        Either
    };
    // Authenticates for the account in capture 1; on failure answers and returns nullopt.
    std::optional<QString> account(const httplib::Request& request, httplib::Response& response, Auth auth) const;

    void createByFile(const httplib::Request& request, httplib::Response& response);
    void updateByFile(const httplib::Request& request, httplib::Response& response);
    void createByJson(const httplib::Request& request, httplib::Response& response);
    void updateByJson(const httplib::Request& request, httplib::Response& response);
    void list(const httplib::Request& request, httplib::Response& response) const;
    void one(const httplib::Request& request, httplib::Response& response) const;
    void remove(const httplib::Request& request, httplib::Response& response);
    void generate(const httplib::Request& request, httplib::Response& response);

    std::optional<CertificateWrite> fromForm(const httplib::Request& request, httplib::Response& response,
                                             bool update) const;
    std::optional<QList<CertificateWrite>> fromJsonArray(const httplib::Request& request, httplib::Response& response,
                                                         bool update) const;
    // Writes and answers (201/200 with the wrapper, 409, 404).
    void save(const QString& accountId, QList<CertificateWrite> certificates, bool update, httplib::Response& response);

    Store& m_store;
    const Authenticator& m_authenticator;
    const Pki& m_pki;
};

} // namespace mtlsdesk::sandbox
