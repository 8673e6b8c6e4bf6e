#include "JsonRequest.h"

#include "JsonReply.h"

#include <QJsonDocument>

#include <httplib.h>

namespace mtlsdesk::sandbox {

std::optional<QJsonDocument> JsonRequest::document(const httplib::Request& request, httplib::Response& response,
                                                   const QString& expected)
{
    if (!hasContentType(request, "application/json")) {
        JsonReply::error(response, 415, ErrorCode::UnsupportedMediaType,
                         QStringLiteral("Send the request body as Content-Type: application/json."));
        return std::nullopt;
    }
    if (request.body.empty()) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         QStringLiteral("The request body is empty; %1 is expected.").arg(expected));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         QStringLiteral("The request body is not valid JSON (%1 at offset %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> JsonRequest::object(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<QJsonDocument> parsed = document(request, response, QStringLiteral("a JSON object"));
    if (!parsed)
        return std::nullopt;
    if (!parsed->isObject()) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return parsed->object();
}

std::optional<QJsonArray> JsonRequest::array(const httplib::Request& request, httplib::Response& response,
                                             const QString& items)
{
    const std::optional<QJsonDocument> parsed = document(request, response, QStringLiteral("a JSON array"));
    if (!parsed)
        return std::nullopt;
    if (!parsed->isArray()) {
        JsonReply::error(response, 400, ErrorCode::MalformedJson,
                         QStringLiteral("The request body must be a JSON array of %1.").arg(items));
        return std::nullopt;
    }
    return parsed->array();
}

std::optional<QString> JsonRequest::stringField(const QJsonObject& object, const QString& name,
                                                httplib::Response& response)
{
    const QJsonValue value = object.value(name);
    if (!value.isString()) {
        JsonReply::error(response, 400, ErrorCode::MissingField,
                         QStringLiteral("The request body needs the string field \"%1\".").arg(name));
        return std::nullopt;
    }
    return value.toString();
}

QString JsonRequest::capture(const httplib::Request& request, size_t index)
{
    if (index >= request.matches.size())
        return {};
    return QString::fromStdString(request.matches[static_cast<int>(index)].str());
}

QByteArray JsonRequest::cookie(const httplib::Request& request, const QByteArray& name)
{
    // Clients may send several Cookie headers; each holds `name=value` pairs separated by ';'.
    const size_t count = request.get_header_value_count("Cookie");
    for (size_t i = 0; i < count; ++i) {
        const QByteArray header = QByteArray::fromStdString(request.get_header_value("Cookie", i));
        for (const QByteArray& pair : header.split(';')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0 && pair.left(equals).trimmed() == name)
                return pair.mid(equals + 1).trimmed();
        }
    }
    return {};
}

bool JsonRequest::hasContentType(const httplib::Request& request, const std::string& mediaType)
{
    // Parameters such as "; charset=utf-8" are allowed; the media type itself is case-insensitive.
    const QByteArray value = QByteArray::fromStdString(request.get_header_value("Content-Type")).trimmed().toLower();
    const QByteArray type = value.left(value.indexOf(';') >= 0 ? value.indexOf(';') : value.size()).trimmed();
    return type == QByteArray::fromStdString(mediaType);
}

} // namespace mtlsdesk::sandbox
