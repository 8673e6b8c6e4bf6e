#pragma once

// One job per certificate endpoint of the mTLS gateway (contract §4). Every URL starts with
// https://{mtlsGateway}; the host is passed in, the account comes from the ApiContext.
//
// Authentication follows §2.4: by-file create/update, the P12 tester and auto-generate take a Bearer only;
// get, delete and the JSON variants take either (Bearer when logged in, else the AppKey).

#include "certs/Certificate.h"
#include "net/AccountJob.h"

#include <optional>

namespace mtlsdesk {

// The jobs' shared base: the mTLS gateway host and /mtls/account/{acc}/... URLs.
using CertificateJob = AccountJob;

// GET /mtls/account/{acc}/certificates
class CertificateListJob : public CertificateJob
{
    Q_OBJECT
public:
    CertificateListJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost,
                       QObject* parent = nullptr);
signals:
    void listed(const QList<mtlsdesk::Certificate>& certificates);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isIdempotent() const override { return true; }
};

// GET /mtls/account/{acc}/certificates/{cert}
class CertificateGetJob : public CertificateJob
{
    Q_OBJECT
public:
    CertificateGetJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, qint64 id,
                      QObject* parent = nullptr);
signals:
    void fetched(const mtlsdesk::Certificate& certificate);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isIdempotent() const override { return true; }

private:
    qint64 m_id;
};

// DELETE /mtls/account/{acc}/certificates/{cert}
class CertificateDeleteJob : public CertificateJob
{
    Q_OBJECT
public:
    CertificateDeleteJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, qint64 id,
                         QObject* parent = nullptr);
    qint64 certificateId() const { return m_id; }
signals:
    void deleted(qint64 id);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    // DELETE is idempotent by definition (RFC 9110); a retry after a lost answer finds it gone (404), which
    // the caller treats as done.
    bool isIdempotent() const override { return true; }

private:
    qint64 m_id;
};

// POST (create, 201) or PUT (update, 200) /mtls/account/{acc}/certificates/by-file with the parts `file` and
// `certificate` = {"name","password"[,"id"]}. Never retried on a server error: a create that reached the
// service must not be sent twice (a 429 is retried, the service did nothing then). When a create's answer is lost
// (connection lost, cut-off answer, timeout, 5xx), the job reads the certificate list: names are unique in the
// account, so the name there means the upload was saved (saved() as usual); otherwise it fails saying that the
// service did not save it, or that this could not be checked.
class CertificateUploadJob : public CertificateJob
{
    Q_OBJECT
public:
    struct Upload
    {
        QString name;
        QByteArray p12;
        QByteArray password;
        qint64 id = 0; // > 0: update (replace the file and/or rename) this certificate
        QString fileName = QStringLiteral("certificate.p12");
    };

    CertificateUploadJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, Upload upload,
                         QObject* parent = nullptr);
    ~CertificateUploadJob() override;
    bool isUpdate() const { return m_upload.id > 0; }

signals:
    void saved(const mtlsdesk::Certificate& certificate);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool checkOutcome(const ApiError& error) override;

private:
    Upload m_upload;
};

// POST /api/account/{acc}/certificate {"certificateName","p12Password"}: the service creates a key and a
// certificate signed by its CA (newer endpoint, §4.6).
class CertificateGenerateJob : public CertificateJob
{
    Q_OBJECT
public:
    CertificateGenerateJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, QString name,
                           QByteArray password, QObject* parent = nullptr);
    ~CertificateGenerateJob() override;

    // The documented rules: alphanumeric name; password 8-500 characters with a digit, a lower-case letter, an
    // upper-case letter and one of !@#$%^&*()–_+. Returns one sentence per broken rule (empty: fine).
    static QStringList nameProblems(const QString& name);
    static QStringList passwordProblems(const QByteArray& password);

signals:
    void saved(const mtlsdesk::Certificate& certificate);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    QString m_name;
    QByteArray m_password;
};

// POST /mtls/account/{acc}/p12-test/multipart with parts `file` and `password` (Bearer only). The answer is a
// verdict either way: 200 the service can use the file, 500 it cannot (the body says why). With a forward URL
// (older behaviour), the service calls that URL with the file's key and returns the remote answer unchanged.
struct P12TestOutcome
{
    bool accepted = false;  // 2xx
    int httpStatus = 0;
    QString serviceMessage; // the reason on 500, or the service's text on 200
    QByteArray body;        // as received (the remote body when forwarding)
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool forwarded = false;
    QString transportMessage; // LP-message-from-transport / LP-error-from-transport on 424
};

class P12TestJob : public CertificateJob
{
    Q_OBJECT
public:
    struct Forward
    {
        QUrl url;
        QByteArray method; // empty: the service's default
        QByteArray authorizationOverride;
        QByteArray contentTypeOverride;
        QByteArray body;
    };

    P12TestJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, QByteArray p12,
               QByteArray password, QObject* parent = nullptr);
    ~P12TestJob() override;
    void setForward(const Forward& forward) { m_forward = forward; }

    // The verdict out of an answer (status, headers, body) the job takes as a result; pure, for the fuzz targets.
    static P12TestOutcome outcomeFrom(int httpStatus, const QList<QNetworkReply::RawHeaderPair>& headers,
                                      const QByteArray& body, bool forwarded);

signals:
    void tested(const mtlsdesk::P12TestOutcome& outcome);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isResultStatus(int httpStatus) const override;
    // The plain test only reads the file (retried like a read); with a forward the service calls a remote URL.
    bool isIdempotent() const override { return !m_forward.has_value(); }

private:
    QByteArray m_p12;
    QByteArray m_password;
    std::optional<Forward> m_forward;
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::P12TestOutcome)
