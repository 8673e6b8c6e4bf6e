#pragma once

// The runtime methods of the mTLS gateway (contract §6) and activate mapping (§4.6), one job per call:
//   CheckMappingJob     one batch of (service, account, url) triplets -> exists?, in one of the three documented
//                       forms: the current POST /api/account/{acc}/checks/serviceUrlMappings ("exist"), or the
//                       older POST /mtls/mapping?v=2 ("doExist") and ?v=1 (an object keyed by Java toString text)
//   ForwardJob          GET/POST/PUT/DELETE /mtls/account/{acc} with the LP-* headers; every status is an answer
//   ActivateMappingJob  POST /mtls/account/{acc}/certificates/activate/{cert} -> the Mapping it created
// Check and forward take the AppKey (OAuth1); activate takes the Bearer ("OAuth 2 only").

#include "mappings/Mapping.h"
#include "net/AccountJob.h"

namespace mtlsdesk {

// What check-mapping asks about: names, not ids (TEST_SERVICE, IDP, WEBHOOKS), and the URL exactly as mapped.
struct MappingTriplet
{
    QString serviceName;
    QString accountId;
    QString url;

    static MappingTriplet of(const Mapping& mapping, const QString& accountId);
    // The v1 answer's key: CertificateMappingParamters{serviceName='IDP', accountId='123', url='https://…'}
    // (the misspelling is the real API's).
    QString v1Key() const;
    // Reads a v1 key back; the URL is everything between ", url='" and the final "'}", so quotes and commas in it
    // survive.
    static std::optional<MappingTriplet> fromV1Key(const QString& key);

    friend bool operator==(const MappingTriplet&, const MappingTriplet&) = default;
};

class CheckMappingJob : public AccountJob
{
    Q_OBJECT
public:
    enum class Form { Current, V2, V1 };
    Q_ENUM(Form)

    CheckMappingJob(QNetworkAccessManager& network, ApiContext context, QString host, QList<MappingTriplet> triplets,
                    Form form = Form::Current, QObject* parent = nullptr);

    Form form() const { return m_form; }
    const QList<MappingTriplet>& triplets() const { return m_triplets; }

    // One flag per triplet, in the order given, out of an answer in `form`; nullopt with `problem` when the
    // answer does not say. Pure, so that the fuzz targets feed it the same bytes the job gets.
    static std::optional<QList<bool>> parseAnswer(const QByteArray& body, Form form,
                                                  const QList<MappingTriplet>& triplets, QString* problem);

signals:
    // One flag per triplet, in the order given.
    void checked(const QList<bool>& exists);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isIdempotent() const override { return true; } // a read, although it is a POST

private:
    QList<MappingTriplet> m_triplets;
    Form m_form;
};

struct ForwardRequest
{
    QByteArray method = "GET"; // GET, POST, PUT or DELETE
    QString url;               // LP-forward-url: the full URL, as mapped
    QString serviceName;       // LP-service-name; empty: not sent
    QByteArray authorizationOverride; // LP-authorization-override; empty: not sent
    bool stopIfCertificateNotFound = true;
    QList<std::pair<QByteArray, QByteArray>> headers; // passed through to the remote (Content-Type, X-Request-Id, ...)
    QByteArray body;
};

struct ForwardResult
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    // 424: the gateway reached no answer from the remote side.
    QString transportMessage; // LP-message-from-transport
    QString transportError;   // LP-error-from-transport

    bool isTransportFailure() const { return status == 424; }
    QByteArray header(const QByteArray& name) const;
};

class ForwardJob : public AccountJob
{
    Q_OBJECT
public:
    ForwardJob(QNetworkAccessManager& network, ApiContext context, QString host, ForwardRequest forward,
               QObject* parent = nullptr);

    const ForwardRequest& forward() const { return m_forward; }

    // The answer as the job reports it (without the elapsed time); pure, for the fuzz targets.
    static ForwardResult resultFrom(int httpStatus, const QList<QNetworkReply::RawHeaderPair>& headers,
                                    const QByteArray& body);

signals:
    void answered(const mtlsdesk::ForwardResult& result);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    // The remote status comes back unchanged, so every status is an answer, except the gateway's own 401/403
    // (its authentication, which carries WWW-Authenticate or the service's error shape) and 429.
    bool isResultStatus(int httpStatus) const override;

private:
    ForwardRequest m_forward;
};

class ActivateMappingJob : public AccountJob
{
    Q_OBJECT
public:
    ActivateMappingJob(QNetworkAccessManager& network, ApiContext context, QString host, qint64 certificateId,
                       QString serviceName, QString url, bool validateUrl, QObject* parent = nullptr);

    // The mapping the service created, out of its answer; nullopt with `problem` when it is not one.
    static std::optional<Mapping> parseActivated(const QByteArray& body, QString* problem);

signals:
    void activated(const mtlsdesk::Mapping& mapping);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    qint64 m_certificateId;
    QString m_serviceName;
    QString m_url;
    bool m_validateUrl;
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::ForwardResult)
