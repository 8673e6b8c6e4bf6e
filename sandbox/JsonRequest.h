#pragma once

// Reading JSON request bodies and small request details the handlers share. Each reader that can fail writes the
// error answer itself and returns nothing, so a handler is a straight line of `if (!x) return;`.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mtlsdesk::sandbox {

class JsonRequest
{
public:
    // The body as a JSON object: 415 unless Content-Type is application/json, 400 when empty or not an object.
    static std::optional<QJsonObject> object(const httplib::Request& request, httplib::Response& response);
    // The body as a JSON array, with the same checks; `items` names the elements in the error message.
    static std::optional<QJsonArray> array(const httplib::Request& request, httplib::Response& response,
                                           const QString& items = QStringLiteral("certificates"));
    // A string member; 400 naming the field when absent or not a string.
    static std::optional<QString> stringField(const QJsonObject& object, const QString& name,
                                              httplib::Response& response);

    // Capture group `index` of the route's pattern (already percent-decoded by cpp-httplib).
    static QString capture(const httplib::Request& request, size_t index);
    // The value of one cookie from the Cookie header, empty when absent.
    static QByteArray cookie(const httplib::Request& request, const QByteArray& name);
    static bool hasContentType(const httplib::Request& request, const std::string& mediaType);

private:
    static std::optional<QJsonDocument> document(const httplib::Request& request, httplib::Response& response,
                                                 const QString& expected);
};

} // namespace mtlsdesk::sandbox
