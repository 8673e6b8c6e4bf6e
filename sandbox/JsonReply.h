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

    // Marks the answer the current worker thread is writing as a remote server's answer, sent verbatim: the
    // error handler must not replace an empty error body with the JSON shape. Reset after the request is logged.
    static void markVerbatim();
    static bool isVerbatim();
    static void resetVerbatim();
};

} // namespace mtlsdesk::sandbox
