#include "MappingApi.h"

#include "Authenticator.h"
#include "JsonReply.h"
#include "JsonRequest.h"
#include "ServiceEnum.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace mtlsdesk::sandbox {

namespace {

const char* const RevisionHeader = "ac-revision";
const char* const SupportedVersion = "3.0";
const QLatin1String SupportedVersionText(SupportedVersion);
// The methods registered on a member path, for the 405 of a POST without a usable override.
const char* const MemberMethods = "DELETE, GET, HEAD, POST, PUT";

enum class Purpose
{
    Create,
    Replace
};

void setRevision(httplib::Response& response, qint64 revision)
{
    // cpp-httplib keeps headers in a multimap: a second set_header would send the header twice.
    response.headers.erase(RevisionHeader);
    response.set_header(RevisionHeader, std::to_string(revision));
}

QString itemPrefix(qsizetype index, qsizetype count)
{
    return count > 1 ? QStringLiteral("Mapping %1 of %2: ").arg(index + 1).arg(count) : QString();
}

// Reads the fields of one mapping object. Each check that fails answers 400 naming the field and returns false.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, const QString& where, httplib::Response& response)
        : m_object(object)
        , m_where(where)
        , m_response(response)
    {
    }

    bool invalid(const QString& message) const
    {
        JsonReply::error(m_response, 400, ErrorCode::InvalidMappingField, m_where + message);
        return false;
    }

    QJsonValue value(const char* name) const { return m_object.value(QLatin1String(name)); }
    // Absent and null both mean "not given".
    bool given(const char* name) const { return !value(name).isUndefined() && !value(name).isNull(); }

    bool id(Purpose purpose, qint64 pathId) const
    {
        if (!given("id"))
            return true;
        if (purpose == Purpose::Create)
            return invalid(QStringLiteral("A new mapping must not carry an \"id\"; the service assigns it."));
        const QJsonValue id = value("id");
        bool ok = false;
        qint64 number = 0;
        if (id.isDouble()) {
            const double raw = id.toDouble();
            ok = raw > 0 && std::floor(raw) == raw && raw < 9.0e15;
            number = static_cast<qint64>(raw);
        } else if (id.isString()) {
            number = id.toString().toLongLong(&ok);
        }
        if (!ok || number != pathId)
            return invalid(QStringLiteral("The body's \"id\" (%1) does not match the id %2 in the path.")
                               .arg(id.isString() ? id.toString() : QString::number(number))
                               .arg(pathId));
        return true;
    }

    bool name(StoredMapping& out) const
    {
        const QJsonValue name = value("name");
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return invalid(QStringLiteral("The mapping needs a non-empty string \"name\"."));
        out.name = name.toString();
        return true;
    }

    bool certificationId(StoredMapping& out) const
    {
        static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
        const QJsonValue id = value("certificationId");
        if (!given("certificationId"))
            return invalid(QStringLiteral("The mapping needs \"certificationId\": the id of one of the account's "
                                          "certificates, as a numeric string."));
        if (id.isDouble())
            return invalid(QStringLiteral("\"certificationId\" must be a string holding the certificate's id "
                                          "(\"%1\"), not a number.")
                               .arg(static_cast<qint64>(id.toDouble())));
        if (!id.isString() || !digits.match(id.toString()).hasMatch())
            return invalid(QStringLiteral("\"certificationId\" must be a certificate id as a numeric string, "
                                          "such as \"4569243410\"."));
        out.certificateId = id.toString().toLongLong();
        return true;
    }

    bool serviceId(StoredMapping& out) const
    {
        const QJsonValue service = value("serviceId");
        if (!given("serviceId"))
            return invalid(QStringLiteral("The mapping needs \"serviceId\": %1.").arg(ServiceEnum::choices()));
        if (service.isDouble())
            return invalid(QStringLiteral("\"serviceId\" must be a numeric string, not the number %1; use %2.")
                               .arg(service.toDouble())
                               .arg(ServiceEnum::choices()));
        if (!service.isString())
            return invalid(QStringLiteral("\"serviceId\" must be a numeric string: %1.").arg(ServiceEnum::choices()));
        if (ServiceEnum::nameOf(service.toString()).isEmpty())
            return invalid(QStringLiteral("\"serviceId\" \"%1\" is not a known service; use %2.")
                               .arg(service.toString(), ServiceEnum::choices()));
        out.serviceId = service.toString();
        return true;
    }

    bool enable(StoredMapping& out) const
    {
        const QJsonValue enable = value("enable");
        if (!enable.isBool())
            return invalid(QStringLiteral("The mapping needs \"enable\": true or false."));
        out.enable = enable.toBool();
        return true;
    }

    bool url(StoredMapping& out) const
    {
        const QJsonValue url = value("url");
        if (!url.isString() || url.toString().isEmpty())
            return invalid(QStringLiteral("The mapping needs \"url\": the absolute https URL that runtime calls, "
                                          "query included."));
        const QString text = url.toString();
        if (const QString problem = MappingApi::urlProblem(text); !problem.isEmpty())
            return invalid(problem);
        out.url = text; // as written: runtime compares the whole URL, so it is never normalised
        return true;
    }

    bool siteId(const QString& accountId) const
    {
        if (!given("siteId"))
            return true;
        const QJsonValue site = value("siteId");
        if (!site.isString() || site.toString() != accountId)
            return invalid(
                QStringLiteral("\"siteId\" must be the account id \"%1\" as a string, or be left out.").arg(accountId));
        return true;
    }

    bool deleted(Purpose purpose) const
    {
        if (!given("deleted"))
            return true;
        const QJsonValue deleted = value("deleted");
        if (!deleted.isBool())
            return invalid(QStringLiteral("\"deleted\" must be false (or be left out)."));
        if (deleted.toBool())
            return invalid(purpose == Purpose::Create
                               ? QStringLiteral("A new mapping cannot be \"deleted\":true.")
                               : QStringLiteral("\"deleted\":true cannot be written with PUT; use DELETE."));
        return true;
    }

private:
    const QJsonObject& m_object;
    const QString& m_where;
    httplib::Response& m_response;
};

std::optional<StoredMapping> readMapping(const QJsonValue& value, Purpose purpose, qint64 pathId,
                                         const QString& accountId, const QString& where, httplib::Response& response)
{
    if (!value.isObject()) {
        JsonReply::error(response, 400, ErrorCode::InvalidMappingField,
                         where + QStringLiteral("Each element of the array must be a mapping object."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const FieldReader read(object, where, response);
    StoredMapping mapping;
    mapping.id = pathId;
    if (!read.id(purpose, pathId) || !read.name(mapping) || !read.certificationId(mapping) ||
        !read.serviceId(mapping) || !read.enable(mapping) || !read.url(mapping) || !read.siteId(accountId) ||
        !read.deleted(purpose))
        return std::nullopt;
    return mapping;
}

QString keyText(const StoredMapping& mapping)
{
    return QStringLiteral("service \"%1\" (%2) and URL \"%3\"")
        .arg(mapping.serviceId, ServiceEnum::nameOf(mapping.serviceId), mapping.url);
}

// Names and keys must be unique inside one create as well; the store only sees what is already saved.
bool unique(const QList<StoredMapping>& mappings, httplib::Response& response)
{
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (mappings[i].name == mappings[j].name) {
                JsonReply::error(response, 400, ErrorCode::DuplicateMappingName,
                                 QStringLiteral("Mappings %1 and %2 of the request are both named \"%3\"; mapping "
                                                "names are unique per account.")
                                     .arg(j + 1)
                                     .arg(i + 1)
                                     .arg(mappings[i].name));
                return false;
            }
            if (mappings[i].serviceId == mappings[j].serviceId && mappings[i].url == mappings[j].url) {
                JsonReply::error(response, 400, ErrorCode::DuplicateMappingKey,
                                 QStringLiteral("Mappings %1 and %2 of the request both have %3; an account has one "
                                                "mapping per service and URL.")
                                     .arg(j + 1)
                                     .arg(i + 1)
                                     .arg(keyText(mappings[i])));
                return false;
            }
        }
    }
    return true;
}

std::optional<qint64> parseId(const QString& text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    return numeric && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

MappingApi::MappingApi(Store& store, const Authenticator& authenticator)
    : m_store(store)
    , m_authenticator(authenticator)
{
}

void MappingApi::registerRoutes(Router& router)
{
    const std::string collection = R"(/api/account/([^/]+)/configuration/ac-common/mtls)";
    const std::string member = R"(/api/account/([^/]+)/configuration/ac-common/mtls/([^/]+))";
    router.get(collection, [this](const httplib::Request& q, httplib::Response& r) { list(q, r); });
    router.post(collection, [this](const httplib::Request& q, httplib::Response& r) { create(q, r); });
    router.get(member, [this](const httplib::Request& q, httplib::Response& r) { one(q, r); });
    router.put(member, [this](const httplib::Request& q, httplib::Response& r) { replace(q, r); });
    router.del(member, [this](const httplib::Request& q, httplib::Response& r) { remove(q, r); });
    router.post(member, [this](const httplib::Request& q, httplib::Response& r) { overridden(q, r); });
}

QJsonObject MappingApi::toJson(const StoredMapping& mapping, const QString& accountId)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<double>(mapping.id)},
        {QStringLiteral("deleted"), mapping.deleted},
        {QStringLiteral("name"), mapping.name},
        {QStringLiteral("certificationId"), QString::number(mapping.certificateId)},
        {QStringLiteral("serviceId"), mapping.serviceId},
        {QStringLiteral("enable"), mapping.enable},
        {QStringLiteral("url"), mapping.url},
        {QStringLiteral("siteId"), accountId},
    };
}

QString MappingApi::urlProblem(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || url.trimmed() != url)
        return QStringLiteral("\"url\" \"%1\" is not a valid absolute URL.").arg(url);
    if (parsed.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("\"url\" \"%1\" must use https: mTLS needs a TLS connection.").arg(url);
    if (parsed.host().isEmpty())
        return QStringLiteral("\"url\" \"%1\" has no host.").arg(url);
    return {};
}

std::optional<QString> MappingApi::begin(const httplib::Request& request, httplib::Response& response) const
{
    const QString accountId = JsonRequest::capture(request, 1);
    const AuthResult result = m_authenticator.authenticateEither(request, accountId);
    if (!result.ok) {
        Authenticator::reply(result, response);
        return std::nullopt;
    }
    setRevision(response, m_store.mappingRevision(accountId));
    if (!request.has_param("v")) {
        JsonReply::error(response, 400, ErrorCode::MissingVersion,
                         QStringLiteral("The v query parameter is required; use v=%1.").arg(SupportedVersionText));
        return std::nullopt;
    }
    if (request.get_param_value("v") != SupportedVersion) {
        JsonReply::error(response, 400, ErrorCode::UnsupportedVersion,
                         QStringLiteral("Version %1 of the Account Config API is not supported; use v=%2.")
                             .arg(QString::fromStdString(request.get_param_value("v")), SupportedVersionText));
        return std::nullopt;
    }
    return accountId;
}

bool MappingApi::precondition(const httplib::Request& request, httplib::Response& response, const QString& accountId,
                              std::optional<qint64>& expected) const
{
    expected.reset();
    const size_t count = request.get_header_value_count("If-Match");
    if (count == 0)
        return true; // the contract does not make If-Match mandatory
    // `7`, the ETag form `"7"`, or a list of them; `*` matches any revision.
    QList<qint64> revisions;
    for (size_t i = 0; i < count; ++i) {
        const QString header = QString::fromStdString(request.get_header_value("If-Match", i));
        for (const QString& item : header.split(QLatin1Char(','))) {
            QString value = item.trimmed();
            if (value == QLatin1String("*"))
                return true;
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            bool numeric = false;
            const qint64 revision = value.toLongLong(&numeric);
            if (!numeric || revision < 0 || value.startsWith(QLatin1Char('+'))) {
                JsonReply::error(response, 400, ErrorCode::InvalidIfMatch,
                                 QStringLiteral("If-Match must hold the revision from ac-revision, as 7 or \"7\"; "
                                                "\"%1\" is not one.")
                                     .arg(header));
                return false;
            }
            revisions.append(revision);
        }
    }
    const qint64 current = m_store.mappingRevision(accountId);
    if (!revisions.contains(current)) {
        QStringList named;
        for (const qint64 revision : revisions)
            named.append(QString::number(revision));
        setRevision(response, current);
        JsonReply::error(response, 409, ErrorCode::StaleRevision,
                         QStringLiteral("The mappings of account %1 changed: revision %2 is stale; the current "
                                        "revision is %3. Read them again and reapply the change.")
                             .arg(accountId, named.join(QStringLiteral(", ")))
                             .arg(current));
        return false;
    }
    // The store checks it again inside the write's transaction, in case another write comes in between.
    expected = current;
    return true;
}

std::optional<StoredMapping> MappingApi::member(const httplib::Request& request, httplib::Response& response,
                                                const QString& accountId) const
{
    const QString id = JsonRequest::capture(request, 2);
    const std::optional<qint64> value = parseId(id);
    std::optional<StoredMapping> mapping = value ? m_store.mapping(accountId, *value) : std::nullopt;
    if (!mapping)
        JsonReply::error(response, 404, ErrorCode::UnknownMapping,
                         QStringLiteral("Account %1 has no mapping with id %2.").arg(accountId, id));
    return mapping;
}

void MappingApi::list(const httplib::Request& request, httplib::Response& response) const
{
    const std::optional<QString> accountId = begin(request, response);
    if (!accountId)
        return;
    const bool includeDeleted = QString::fromStdString(request.get_param_value("include_deleted"))
                                    .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    QJsonArray all;
    for (const StoredMapping& mapping : m_store.mappings(*accountId, includeDeleted))
        all.append(toJson(mapping, *accountId));
    JsonReply::send(response, 200, all);
}

void MappingApi::one(const httplib::Request& request, httplib::Response& response) const
{
    const std::optional<QString> accountId = begin(request, response);
    if (!accountId)
        return;
    if (const std::optional<StoredMapping> mapping = member(request, response, *accountId))
        JsonReply::send(response, 200, toJson(*mapping, *accountId));
}

void MappingApi::create(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = begin(request, response);
    if (!accountId)
        return;
    std::optional<qint64> expected;
    if (!precondition(request, response, *accountId, expected))
        return;
    const std::optional<QJsonArray> items = JsonRequest::array(request, response, QStringLiteral("mappings"));
    if (!items)
        return;
    if (items->isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::InvalidMappingField, QStringLiteral("The array holds no mapping."));
        return;
    }
    QList<StoredMapping> mappings;
    for (qsizetype i = 0; i < items->size(); ++i) {
        std::optional<StoredMapping> mapping =
            readMapping(items->at(i), Purpose::Create, 0, *accountId, itemPrefix(i, items->size()), response);
        if (!mapping)
            return;
        mappings.append(std::move(*mapping));
    }
    if (!unique(mappings, response))
        return;
    const MappingWriteResult result = m_store.createMappings(*accountId, expected, mappings);
    setRevision(response, result.revision);
    if (result.outcome != MappingWriteResult::Outcome::Saved) {
        refuse(response, *accountId, result, mappings);
        return;
    }
    QJsonArray created;
    for (const StoredMapping& mapping : mappings)
        created.append(toJson(mapping, *accountId));
    JsonReply::send(response, 201, created);
}

void MappingApi::replace(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = begin(request, response);
    if (!accountId)
        return;
    const std::optional<StoredMapping> stored = member(request, response, *accountId);
    if (!stored)
        return;
    std::optional<qint64> expected;
    if (!precondition(request, response, *accountId, expected))
        return;
    const std::optional<QJsonObject> body = JsonRequest::object(request, response);
    if (!body)
        return;
    // PUT replaces the whole object: a field left out is cleared, so a required one fails here.
    const std::optional<StoredMapping> mapping =
        readMapping(*body, Purpose::Replace, stored->id, *accountId, {}, response);
    if (!mapping)
        return;
    const MappingWriteResult result = m_store.replaceMapping(*accountId, expected, *mapping);
    setRevision(response, result.revision);
    if (result.outcome != MappingWriteResult::Outcome::Saved) {
        refuse(response, *accountId, result, {*mapping});
        return;
    }
    JsonReply::send(response, 200, toJson(*mapping, *accountId));
}

void MappingApi::remove(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QString> accountId = begin(request, response);
    if (!accountId)
        return;
    const std::optional<StoredMapping> stored = member(request, response, *accountId);
    if (!stored)
        return;
    std::optional<qint64> expected;
    if (!precondition(request, response, *accountId, expected))
        return;
    const MappingWriteResult result = m_store.deleteMapping(*accountId, expected, stored->id);
    setRevision(response, result.revision);
    if (result.outcome != MappingWriteResult::Outcome::Saved) {
        refuse(response, *accountId, result, {*stored});
        return;
    }
    JsonReply::send(response, 200, QJsonObject());
}

void MappingApi::overridden(const httplib::Request& request, httplib::Response& response)
{
    // Account Config lets a POST act as PUT or DELETE, for clients and proxies that only pass GET and POST.
    const QString verb = QString::fromStdString(request.get_header_value("X-HTTP-Method-Override")).trimmed().toUpper();
    if (verb == QLatin1String("PUT")) {
        replace(request, response);
        return;
    }
    if (verb == QLatin1String("DELETE")) {
        remove(request, response);
        return;
    }
    response.set_header("Allow", MemberMethods);
    JsonReply::error(
        response, 405, ErrorCode::MethodNotAllowed,
        verb.isEmpty()
            ? QStringLiteral("POST on a mapping needs X-HTTP-Method-Override: PUT or DELETE; "
                             "create mappings with POST on the collection.")
            : QStringLiteral("X-HTTP-Method-Override: %1 is not supported; use PUT or DELETE.").arg(verb.left(16)));
}

void MappingApi::refuse(httplib::Response& response, const QString& accountId, const MappingWriteResult& result,
                        const QList<StoredMapping>& mappings)
{
    const StoredMapping& mapping = mappings.at(std::min(result.index, mappings.size() - 1));
    const QString where = itemPrefix(result.index, mappings.size());
    switch (result.outcome) {
    case MappingWriteResult::Outcome::StaleRevision:
        // Another write came in between precondition() and the store's transaction.
        JsonReply::error(response, 409, ErrorCode::StaleRevision,
                         QStringLiteral("The mappings of account %1 changed while the request was served; the "
                                        "current revision is %2. Read them again and reapply the change.")
                             .arg(accountId)
                             .arg(result.revision));
        return;
    case MappingWriteResult::Outcome::UnknownId:
        JsonReply::error(response, 404, ErrorCode::UnknownMapping,
                         QStringLiteral("Account %1 has no mapping with id %2.").arg(accountId).arg(mapping.id));
        return;
    case MappingWriteResult::Outcome::DuplicateName:
        JsonReply::error(response, 400, ErrorCode::DuplicateMappingName,
                         where + QStringLiteral("The name \"%1\" is already used by mapping %2; mapping names are "
                                                "unique per account.")
                                     .arg(mapping.name)
                                     .arg(result.clashId));
        return;
    case MappingWriteResult::Outcome::DuplicateKey:
        JsonReply::error(response, 400, ErrorCode::DuplicateMappingKey,
                         where + QStringLiteral("Mapping %1 already has %2 (URLs are compared exactly as written); "
                                                "an account has one mapping per service and URL.")
                                     .arg(result.clashId)
                                     .arg(keyText(mapping)));
        return;
    case MappingWriteResult::Outcome::UnknownCertificate:
        JsonReply::error(response, 400, ErrorCode::MappingCertificateUnknown,
                         where + QStringLiteral("\"certificationId\" \"%1\" is not a certificate of account %2 "
                                                "(unknown or deleted).")
                                     .arg(mapping.certificateId)
                                     .arg(accountId));
        return;
    case MappingWriteResult::Outcome::Saved:
        break;
    }
}

} // namespace mtlsdesk::sandbox
