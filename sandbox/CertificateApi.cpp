#include "CertificateApi.h"

#include "Authenticator.h"
#include "ClientIssuer.h"
#include "FormRequest.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "P12Verdict.h"
#include "Pki.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <algorithm>
#include <cmath>

namespace mtlsdesk::sandbox {

namespace {

constexpr int GeneratedDays = 365;
constexpr int MinPasswordLength = 8;
constexpr int MaxPasswordLength = 500;

void invalid(httplib::Response& response, const QString& where, const QString& message)
{
    JsonReply::error(response, 400, ErrorCode::InvalidCertificateField, where + message);
}

bool readName(const QJsonObject& object, const QString& where, CertificateWrite& out, httplib::Response& response)
{
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        invalid(response, where, QStringLiteral("The certificate needs a non-empty string \"name\"."));
        return false;
    }
    out.name = name.toString();
    return true;
}

bool readPassword(const QJsonObject& object, const QString& where, CertificateWrite& out, httplib::Response& response)
{
    const QJsonValue password = object.value(QLatin1String("password"));
    if (!password.isString()) {
        invalid(response, where,
                QStringLiteral("The certificate needs the string \"password\" that opens its P12 file."));
        return false;
    }
    out.password = password.toString().toUtf8();
    return true;
}

bool readId(const QJsonObject& object, const QString& where, CertificateWrite& out, httplib::Response& response)
{
    // A number as the service writes it, or a numeric string as some clients send long ids.
    const QJsonValue id = object.value(QLatin1String("id"));
    bool ok = false;
    if (id.isDouble()) {
        const double value = id.toDouble();
        ok = value > 0 && std::floor(value) == value && value < 9.0e15;
        out.id = static_cast<qint64>(value);
    } else if (id.isString()) {
        out.id = id.toString().toLongLong(&ok);
        ok = ok && out.id > 0;
    }
    if (!ok)
        invalid(response, where, QStringLiteral("An update needs the certificate's \"id\" (a positive number)."));
    return ok;
}

// `p12` as the documented array of byte values (signed -128..127, as Java writes bytes, or unsigned 0..255), or as
// a base64 string (what a Jackson backend would also accept).
bool readP12(const QJsonObject& object, const QString& where, CertificateWrite& out, httplib::Response& response)
{
    const QJsonValue p12 = object.value(QLatin1String("p12"));
    if (p12.isString()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(p12.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            invalid(response, where, QStringLiteral("\"p12\" is a string but not valid base64."));
            return false;
        }
        out.p12 = *decoded;
        return true;
    }
    if (!p12.isArray()) {
        invalid(response, where,
                QStringLiteral("The certificate needs \"p12\": the P12 file as an array of byte values."));
        return false;
    }
    const QJsonArray values = p12.toArray();
    out.p12.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values.at(i);
        const double number = value.toDouble(1000);
        if (!value.isDouble() || number < -128 || number > 255 || std::floor(number) != number) {
            invalid(response, where,
                    QStringLiteral("\"p12\"[%1] is not a byte value (an integer from -128 to 255).").arg(i));
            return false;
        }
        out.p12.append(static_cast<char>(static_cast<int>(number) & 0xff));
    }
    return true;
}

bool checkP12(CertificateWrite& certificate, const QString& where, httplib::Response& response)
{
    const P12Verdict verdict = P12Verdict::of(certificate.p12, certificate.password);
    if (!verdict.ok) {
        JsonReply::error(response, 400, verdict.code, where + verdict.message);
        return false;
    }
    certificate.expiresMs = verdict.expiresMs;
    return true;
}

QString itemPrefix(qsizetype index, qsizetype count)
{
    return count > 1 ? QStringLiteral("Certificate %1 of %2: ").arg(index + 1).arg(count) : QString();
}

void unknownCertificate(httplib::Response& response, const QString& id, const QString& accountId)
{
    JsonReply::error(response, 404, ErrorCode::UnknownCertificate,
                     QStringLiteral("Account %1 has no certificate with id %2.").arg(accountId, id));
}

// Contract section 4.6: "at least one digit, one lower-case letter, one upper-case letter and one of
// !@#$%^&*()–_+.; length 8–500". The dash in the documentation is an en dash; the ASCII hyphen counts too.
QString passwordRuleBroken(const QString& password)
{
    if (password.size() < MinPasswordLength || password.size() > MaxPasswordLength)
        return QStringLiteral("p12Password must be %1 to %2 characters long.")
            .arg(MinPasswordLength)
            .arg(MaxPasswordLength);
    if (!password.contains(QRegularExpression(QStringLiteral("[0-9]"))))
        return QStringLiteral("p12Password needs at least one digit.");
    if (!password.contains(QRegularExpression(QStringLiteral("[a-z]"))))
        return QStringLiteral("p12Password needs at least one lower-case letter.");
    if (!password.contains(QRegularExpression(QStringLiteral("[A-Z]"))))
        return QStringLiteral("p12Password needs at least one upper-case letter.");
    static const QString specials = QStringLiteral("!@#$%^&*()\u2013-_+.");
    if (!std::any_of(password.cbegin(), password.cend(), [](QChar c) { return specials.contains(c); }))
        return QStringLiteral("p12Password needs at least one of these characters: %1").arg(specials);
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return QStringLiteral("p12Password may hold printable ASCII characters only (Java cannot open a P12 "
                                  "file protected by \"%1\"); use - instead of \u2013.")
                .arg(c);
    }
    return {};
}

} // namespace

CertificateApi::CertificateApi(Store& store, const Authenticator& authenticator, const Pki& pki)
    : m_store(store)
    , m_authenticator(authenticator)
    , m_pki(pki)
{
}

void CertificateApi::registerRoutes(Router& router)
{
    const std::string byFile = R"(/mtls/account/([^/]+)/certificates/(?:by-file|byFile))";
    const std::string collection = R"(/mtls/account/([^/]+)/certificates)";
    const std::string member = R"(/mtls/account/([^/]+)/certificates/([^/]+))";
    router.post(byFile, [this](const httplib::Request& q, httplib::Response& r) { createByFile(q, r); });
    router.put(byFile, [this](const httplib::Request& q, httplib::Response& r) { updateByFile(q, r); });
    router.post(collection, [this](const httplib::Request& q, httplib::Response& r) { createByJson(q, r); });
    router.put(collection, [this](const httplib::Request& q, httplib::Response& r) { updateByJson(q, r); });
    router.get(collection, [this](const httplib::Request& q, httplib::Response& r) { list(q, r); });
    router.get(member, [this](const httplib::Request& q, httplib::Response& r) { one(q, r); });
    router.del(member, [this](const httplib::Request& q, httplib::Response& r) { remove(q, r); });
    router.post(R"(/api/account/([^/]+)/certificate)",
                [this](const httplib::Request& q, httplib::Response& r) { generate(q, r); });
}

QJsonObject CertificateApi::toJson(const StoredCertificate& certificate)
{
    const bool available = certificate.expiresMs > QDateTime::currentMSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("id"), static_cast<double>(certificate.id)},
        {QStringLiteral("deleted"), certificate.deleted},
        {QStringLiteral("name"), certificate.name},
        {QStringLiteral("displayName"), certificate.displayName},
        {QStringLiteral("siteId"), certificate.accountId},
        {QStringLiteral("status"), available ? QStringLiteral("Available") : QStringLiteral("UnAvailable")},
        {QStringLiteral("expirationDate"),
         QDateTime::fromMSecsSinceEpoch(certificate.expiresMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
}

std::optional<QString> CertificateApi::account(const httplib::Request& request, httplib::Response& response,
                                               Auth auth) const
{
    const QString accountId = JsonRequest::capture(request, 1);
    const AuthResult result = auth == Auth::BearerOnly ? m_authenticator.authenticateBearer(request, accountId)
                                                       : m_authenticator.authenticateEither(request, accountId);
    if (!result.ok) {
        Authenticator::reply(result, response);
        return std::nullopt;
    }
    return accountId;
}

std::optional<CertificateWrite> CertificateApi::fromForm(const httplib::Request& request, httplib::Response& response,
                                                         bool update) const
{
    if (!FormRequest::requireMultipart(request, response))
        return std::nullopt;
    std::optional<QByteArray> file = FormRequest::part(request, {"file"}, response);
    if (!file)
        return std::nullopt;
    // Older pages call the JSON part "body" (contract section 9, item 4).
    const std::optional<QByteArray> json = FormRequest::part(request, {"certificate", "body"}, response);
    if (!json)
        return std::nullopt;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         QStringLiteral("The part \"certificate\" must hold a JSON object such as "
                                        "{\"name\":\"…\",\"password\":\"…\"%1}.")
                             .arg(update ? QStringLiteral(",\"id\":…") : QString()));
        return std::nullopt;
    }
    CertificateWrite certificate;
    certificate.p12 = std::move(*file);
    const QJsonObject fields = document.object();
    if (!readName(fields, {}, certificate, response) || !readPassword(fields, {}, certificate, response) ||
        (update && !readId(fields, {}, certificate, response)) || !checkP12(certificate, {}, response))
        return std::nullopt;
    return certificate;
}

std::optional<QList<CertificateWrite>> CertificateApi::fromJsonArray(const httplib::Request& request,
                                                                     httplib::Response& response, bool update) const
{
    const std::optional<QJsonArray> items = JsonRequest::array(request, response);
    if (!items)
        return std::nullopt;
    if (items->isEmpty()) {
        invalid(response, {}, QStringLiteral("The array holds no certificate."));
        return std::nullopt;
    }
    QList<CertificateWrite> certificates;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString where = itemPrefix(i, items->size());
        if (!items->at(i).isObject()) {
            invalid(response, where, QStringLiteral("Each element of the array must be a certificate object."));
            return std::nullopt;
        }
        const QJsonObject fields = items->at(i).toObject();
        CertificateWrite certificate;
        if (!readName(fields, where, certificate, response) || !readP12(fields, where, certificate, response) ||
            !readPassword(fields, where, certificate, response) ||
            (update && !readId(fields, where, certificate, response)) || !checkP12(certificate, where, response))
            return std::nullopt;
        for (const CertificateWrite& earlier : certificates) {
            if (earlier.name == certificate.name) {
                JsonReply::error(response, 409, ErrorCode::DuplicateCertificateName,
                                 QStringLiteral("The name \"%1\" appears twice in the request; certificate names "
                                                "are unique per account.")
                                     .arg(certificate.name));
                return std::nullopt;
            }
        }
        certificates.append(std::move(certificate));
    }
    return certificates;
}

void CertificateApi::save(const QString& accountId, QList<CertificateWrite> certificates, bool update,
                          httplib::Response& response)
{
    QString problem;
    const Store::WriteOutcome outcome = update ? m_store.updateCertificates(accountId, certificates, &problem)
                                               : m_store.createCertificates(accountId, certificates, &problem);
    for (CertificateWrite& certificate : certificates)
        OPENSSL_cleanse(certificate.password.data(), static_cast<size_t>(certificate.password.size()));
    switch (outcome) {
    case Store::WriteOutcome::DuplicateName:
        JsonReply::error(response, 409, ErrorCode::DuplicateCertificateName,
                         QStringLiteral("Account %1 already has a certificate named \"%2\"; certificate names are "
                                        "unique per account.")
                             .arg(accountId, problem));
        return;
    case Store::WriteOutcome::UnknownId:
        unknownCertificate(response, problem, accountId);
        return;
    case Store::WriteOutcome::Saved:
        break;
    }
    QJsonArray saved;
    for (const CertificateWrite& certificate : certificates) {
        if (const std::optional<StoredCertificate> stored = m_store.certificate(accountId, certificate.id))
            saved.append(toJson(*stored));
    }
    JsonReply::send(response, update ? 200 : 201,
                    QJsonObject{{QStringLiteral("successfulySavedCertificates"), saved},
                                {QStringLiteral("failedSaveToVaultCertificates"), QJsonArray()}});
}

void CertificateApi::createByFile(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::BearerOnly);
    if (!accountId)
        return;
    if (std::optional<CertificateWrite> certificate = fromForm(request, response, false))
        save(*accountId, {std::move(*certificate)}, false, response);
}

void CertificateApi::updateByFile(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::BearerOnly);
    if (!accountId)
        return;
    if (std::optional<CertificateWrite> certificate = fromForm(request, response, true))
        save(*accountId, {std::move(*certificate)}, true, response);
}

void CertificateApi::createByJson(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::Either);
    if (!accountId)
        return;
    if (std::optional<QList<CertificateWrite>> certificates = fromJsonArray(request, response, false))
        save(*accountId, std::move(*certificates), false, response);
}

void CertificateApi::updateByJson(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::Either);
    if (!accountId)
        return;
    if (std::optional<QList<CertificateWrite>> certificates = fromJsonArray(request, response, true))
        save(*accountId, std::move(*certificates), true, response);
}

void CertificateApi::list(const httplib::Request& request, httplib::Response& response) const
{
    const std::optional<QString> accountId = account(request, response, Auth::Either);
    if (!accountId)
        return;
    QJsonArray all;
    for (const StoredCertificate& certificate : m_store.certificates(*accountId))
        all.append(toJson(certificate));
    JsonReply::send(response, 200, all);
}

void CertificateApi::one(const httplib::Request& request, httplib::Response& response) const
{
    const std::optional<QString> accountId = account(request, response, Auth::Either);
    if (!accountId)
        return;
    const QString id = JsonRequest::capture(request, 2);
    bool numeric = false;
    const qint64 value = id.toLongLong(&numeric);
    const std::optional<StoredCertificate> certificate =
        numeric ? m_store.certificate(*accountId, value) : std::nullopt;
    if (!certificate) {
        unknownCertificate(response, id, *accountId);
        return;
    }
    JsonReply::send(response, 200, toJson(*certificate));
}

void CertificateApi::remove(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::Either);
    if (!accountId)
        return;
    const QString id = JsonRequest::capture(request, 2);
    bool numeric = false;
    const qint64 value = id.toLongLong(&numeric);
    if (!numeric || !m_store.deleteCertificate(*accountId, value)) {
        unknownCertificate(response, id, *accountId);
        return;
    }
    JsonReply::send(response, 200, QJsonObject());
}

void CertificateApi::generate(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = account(request, response, Auth::BearerOnly);
    if (!accountId)
        return;
    const std::optional<QJsonObject> body = JsonRequest::object(request, response);
    if (!body)
        return;
    const std::optional<QString> name = JsonRequest::stringField(*body, QStringLiteral("certificateName"), response);
    if (!name)
        return;
    std::optional<QString> password = JsonRequest::stringField(*body, QStringLiteral("p12Password"), response);
    if (!password)
        return;
    static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!alphanumeric.match(*name).hasMatch()) {
        invalid(response, {}, QStringLiteral("certificateName must be letters and digits only (A-Z, a-z, 0-9)."));
        return;
    }
    const QString broken = passwordRuleBroken(*password);
    if (!broken.isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::PasswordRule, broken);
        return;
    }
    CertificateWrite certificate;
    certificate.name = *name;
    certificate.password = password->toUtf8();
    const IssuedP12 issued =
        ClientIssuer::issue(*name, GeneratedDays, m_pki.caCertificate(), m_pki.caKey(), certificate.password);
    certificate.p12 = issued.p12;
    certificate.expiresMs = issued.expiresMs;
    save(*accountId, {std::move(certificate)}, false, response);
}

} // namespace mtlsdesk::sandbox
