#include "certs/CertificateJobs.h"

#include "secrets/Wipe.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtlsdesk {

namespace {

QHttpPart filePart(const QByteArray& name, const QString& fileName, const QByteArray& bytes)
{
    QHttpPart part;
    QString safeName = fileName;
    safeName.remove(QLatin1Char('"')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name + "\"; filename=\"" + safeName.toUtf8() + "\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-pkcs12"));
    part.setBody(bytes);
    return part;
}

QHttpPart textPart(const QByteArray& name, const QByteArray& bytes, const QByteArray& contentType = "text/plain")
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + "\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    part.setBody(bytes);
    return part;
}

} // namespace

// --- list / get / delete ------------------------------------------------------------------------------------

CertificateListJob::CertificateListJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost,
                                       QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
{
}

ApiJob::Request CertificateListJob::request() const
{
    Request r;
    r.url = url(QStringLiteral("/certificates"));
    r.auth = eitherAuth();
    return r;
}

bool CertificateListJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<QList<Certificate>> certificates = Certificate::listFromJson(body, &problem);
    if (!certificates) {
        setPayloadDetail(problem);
        return false;
    }
    emit listed(*certificates);
    return true;
}

CertificateGetJob::CertificateGetJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost,
                                     qint64 id, QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
    , m_id(id)
{
}

ApiJob::Request CertificateGetJob::request() const
{
    Request r;
    r.url = url(QStringLiteral("/certificates/%1").arg(m_id));
    r.auth = eitherAuth();
    return r;
}

bool CertificateGetJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<Certificate> certificate = Certificate::oneFromJson(body, &problem);
    if (!certificate) {
        setPayloadDetail(problem);
        return false;
    }
    emit fetched(*certificate);
    return true;
}

CertificateDeleteJob::CertificateDeleteJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost,
                                           qint64 id, QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
    , m_id(id)
{
}

ApiJob::Request CertificateDeleteJob::request() const
{
    Request r;
    r.verb = "DELETE";
    r.url = url(QStringLiteral("/certificates/%1").arg(m_id));
    r.auth = eitherAuth();
    return r;
}

bool CertificateDeleteJob::parse(const QByteArray& body)
{
    Q_UNUSED(body); // no body is documented
    emit deleted(m_id);
    return true;
}

// --- upload by file -----------------------------------------------------------------------------------------

CertificateUploadJob::CertificateUploadJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost,
                                           Upload upload, QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
    , m_upload(std::move(upload))
{
    m_upload.password.detach();
}

CertificateUploadJob::~CertificateUploadJob()
{
    wipe(m_upload.password);
}

ApiJob::Request CertificateUploadJob::request() const
{
    Request r;
    r.verb = isUpdate() ? "PUT" : "POST";
    r.url = url(QStringLiteral("/certificates/by-file"));
    r.auth = Auth::Bearer;
    r.multipart = [upload = m_upload] {
        QJsonObject certificate{{QStringLiteral("name"), upload.name},
                                {QStringLiteral("password"), QString::fromUtf8(upload.password)}};
        if (upload.id > 0)
            certificate.insert(QStringLiteral("id"), upload.id);
        // The parts share these buffers until the request is sent, so they are not wiped here (wipe() works
        // in place); the job wipes its own copy of the password when it is destroyed.
        const QByteArray json = QJsonDocument(certificate).toJson(QJsonDocument::Compact);
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(filePart("file", upload.fileName, upload.p12));
        multipart->append(textPart("certificate", json, "application/json"));
        return multipart;
    };
    return r;
}

bool CertificateUploadJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<SaveResult> result = SaveResult::fromJson(body, &problem);
    if (!result) {
        setPayloadDetail(problem);
        return false;
    }
    if (result->saved.isEmpty()) {
        setPayloadDetail(result->failedToVault.isEmpty()
                             ? QStringLiteral("the service saved no certificate")
                             : QStringLiteral("the service could not store %1 in its vault")
                                   .arg(result->failedToVault.join(QStringLiteral(", "))));
        return false;
    }
    emit saved(result->saved.first());
    return true;
}

bool CertificateUploadJob::checkOutcome(const ApiError& error)
{
    if (isUpdate())
        return false; // the same file and name again would change nothing: trying again is safe as it is
    auto* list = new CertificateListJob(network(), context(), host(), this);
    connect(list, &CertificateListJob::listed, this, [this, error](const QList<Certificate>& certificates) {
        const auto found =
            std::find_if(certificates.cbegin(), certificates.cend(),
                         [this](const Certificate& certificate) { return certificate.name == m_upload.name; });
        if (found != certificates.cend()) {
            emit saved(*found); // it landed; only its answer was lost
            settleSucceeded();
            return;
        }
        ApiError notSaved = error;
        notSaved.effect = ApiError::Effect::NotApplied;
        settleFailed(notSaved);
    });
    connect(list, &ApiJob::failed, this, [this, error](const ApiError&) {
        ApiError unknown = error;
        unknown.effect = ApiError::Effect::Unknown;
        settleFailed(unknown);
    });
    connect(list, &ApiJob::finished, list, &QObject::deleteLater);
    setOutcomeCheck(list);
    list->start();
    return true;
}

// --- auto-generate ------------------------------------------------------------------------------------------

CertificateGenerateJob::CertificateGenerateJob(QNetworkAccessManager& network, ApiContext context,
                                               QString gatewayHost, QString name, QByteArray password,
                                               QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
    , m_name(std::move(name))
    , m_password(std::move(password))
{
    m_password.detach();
}

CertificateGenerateJob::~CertificateGenerateJob()
{
    wipe(m_password);
}

QStringList CertificateGenerateJob::nameProblems(const QString& name)
{
    QStringList problems;
    if (name.isEmpty())
        problems << tr("Enter a certificate name.");
    else if (!std::all_of(name.cbegin(), name.cend(),
                          [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); }))
        problems << tr("The name may contain only letters A–Z, a–z and digits.");
    return problems;
}

QStringList CertificateGenerateJob::passwordProblems(const QByteArray& password)
{
    const QString text = QString::fromUtf8(password);
    QStringList problems;
    if (text.size() < 8 || text.size() > 500)
        problems << tr("The password must be 8 to 500 characters long.");
    auto has = [&text](auto predicate) { return std::any_of(text.cbegin(), text.cend(), predicate); };
    if (!has([](QChar c) { return c.isDigit(); }))
        problems << tr("The password needs at least one digit.");
    if (!has([](QChar c) { return c.isLower(); }))
        problems << tr("The password needs at least one lower-case letter.");
    if (!has([](QChar c) { return c.isUpper(); }))
        problems << tr("The password needs at least one upper-case letter.");
    const QString specials = QStringLiteral("!@#$%^&*()\u2013_+.");
    if (!has([&specials](QChar c) { return specials.contains(c); }))
        problems << tr("The password needs at least one of %1").arg(specials);
    return problems;
}

ApiJob::Request CertificateGenerateJob::request() const
{
    Request r;
    r.verb = "POST";
    r.url = url(QStringLiteral("/certificate"), QStringLiteral("/api/account/"));
    r.auth = Auth::Bearer;
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("certificateName"), m_name},
                                       {QStringLiteral("p12Password"), QString::fromUtf8(m_password)}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

bool CertificateGenerateJob::parse(const QByteArray& body)
{
    QString problem;
    const std::optional<SaveResult> result = SaveResult::fromJson(body, &problem);
    if (!result || result->saved.isEmpty()) {
        setPayloadDetail(result ? QStringLiteral("the service saved no certificate") : problem);
        return false;
    }
    emit saved(result->saved.first());
    return true;
}

// --- P12 tester ---------------------------------------------------------------------------------------------

P12TestJob::P12TestJob(QNetworkAccessManager& network, ApiContext context, QString gatewayHost, QByteArray p12,
                       QByteArray password, QObject* parent)
    : CertificateJob(network, std::move(context), std::move(gatewayHost), parent)
    , m_p12(std::move(p12))
    , m_password(std::move(password))
{
    m_password.detach();
}

P12TestJob::~P12TestJob()
{
    wipe(m_password);
}

ApiJob::Request P12TestJob::request() const
{
    Request r;
    r.verb = "POST";
    r.url = url(QStringLiteral("/p12-test/multipart"));
    r.auth = Auth::Bearer;
    if (m_forward) {
        r.headers.append({"LP-forward-url", m_forward->url.toEncoded()});
        if (!m_forward->method.isEmpty())
            r.headers.append({"LP-method-override", m_forward->method});
        if (!m_forward->authorizationOverride.isEmpty())
            r.headers.append({"LP-authorization-override", m_forward->authorizationOverride});
        if (!m_forward->contentTypeOverride.isEmpty())
            r.headers.append({"LP-content-type-override", m_forward->contentTypeOverride});
    }
    r.multipart = [p12 = m_p12, password = m_password, forward = m_forward] {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(filePart("file", QStringLiteral("certificate.p12"), p12));
        multipart->append(textPart("password", password));
        if (forward && !forward->body.isEmpty())
            multipart->append(textPart("body", forward->body));
        return multipart; // the part shares the password's buffer: not wiped here (see the upload job)
    };
    return r;
}

bool P12TestJob::isResultStatus(int httpStatus) const
{
    // Plain test: 500 is the "cannot use this file" verdict. Forwarding: any remote status is the answer; 424
    // is the service saying the remote call failed. 401/403 stay errors (our credentials), also when forwarding.
    if (m_forward)
        return httpStatus != 401 && httpStatus != 403 && httpStatus != 429;
    return httpStatus == 500;
}

bool P12TestJob::parse(const QByteArray& body)
{
    emit tested(outcomeFrom(httpStatus(), responseHeaders(), body, m_forward.has_value()));
    return true;
}

P12TestOutcome P12TestJob::outcomeFrom(int httpStatus, const QList<QNetworkReply::RawHeaderPair>& headers,
                                       const QByteArray& body, bool forwarded)
{
    P12TestOutcome outcome;
    outcome.httpStatus = httpStatus;
    outcome.accepted = outcome.httpStatus >= 200 && outcome.httpStatus < 300;
    outcome.body = body;
    outcome.forwarded = forwarded;
    for (const auto& [name, value] : headers)
        outcome.headers.append({name, value});
    auto header = [&headers](const QByteArray& wanted) { // the first one, as responseHeader() finds it
        for (const auto& [name, value] : headers) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    outcome.serviceMessage = serviceMessageFromBody(body);
    const QByteArray transportMessage = header("LP-message-from-transport");
    const QByteArray transportError = header("LP-error-from-transport");
    if (!transportMessage.isEmpty() || !transportError.isEmpty())
        outcome.transportMessage = QString::fromUtf8(transportMessage.isEmpty() ? transportError : transportMessage);
    return outcome;
}

} // namespace mtlsdesk
