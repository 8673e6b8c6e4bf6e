#pragma once

// Writers for the sandbox's JSON answers. Every error has the Login Service's documented shape
// {"error":{"message","responseStatus","internalCode","time"}}, so a client needs one error parser for all.

#include "ErrorCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace httplib {
struct Response;
}

namespace mtlsdesk::sandbox {

class JsonReply
{
public:
    static void send(httplib::Response& response, int status, const QJsonObject& body);
    static void send(httplib::Response& response, int status, const QJsonArray& body);
    static void error(httplib::Response& response, int status, ErrorCode code, const QString& message);

    static QJsonObject errorBody(int status, ErrorCode code, const QString& message);
    // The Spring-style constant the service puts in responseStatus, e.g. 401 -> "UNAUTHORIZED".
    static QString statusName(int status);
    static QString isoNow();
};

} // namespace mtlsdesk::sandbox
