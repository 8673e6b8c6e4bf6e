#include "JsonReply.h"

#include <QDateTime>
#include <QJsonDocument>

#include <httplib.h>

namespace mtlsdesk::sandbox {

namespace {

// One connection is served by one worker thread from start to end, so per-request state can be thread_local.
thread_local bool t_verbatim = false;

void sendDocument(httplib::Response& response, int status, const QJsonDocument& document)
{
    const QByteArray body = document.toJson(QJsonDocument::Compact);
    response.status = status;
    response.set_content(body.constData(), static_cast<size_t>(body.size()), "application/json");
}

} // namespace

void JsonReply::send(httplib::Response& response, int status, const QJsonObject& body)
{
    sendDocument(response, status, QJsonDocument(body));
}

void JsonReply::send(httplib::Response& response, int status, const QJsonArray& body)
{
    sendDocument(response, status, QJsonDocument(body));
}

void JsonReply::error(httplib::Response& response, int status, ErrorCode code, const QString& message)
{
    send(response, status, errorBody(status, code, message));
}

QJsonObject JsonReply::errorBody(int status, ErrorCode code, const QString& message)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("responseStatus"), statusName(status)},
                                                     {QStringLiteral("internalCode"), static_cast<int>(code)},
                                                     {QStringLiteral("time"), isoNow()},
                                                 }}};
}

QString JsonReply::statusName(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHORIZED");
    case 403:
        return QStringLiteral("FORBIDDEN");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 409:
        return QStringLiteral("CONFLICT");
    case 405:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    case 411:
        return QStringLiteral("LENGTH_REQUIRED");
    case 413:
        return QStringLiteral("PAYLOAD_TOO_LARGE");
    case 414:
        return QStringLiteral("URI_TOO_LONG");
    case 415:
        return QStringLiteral("UNSUPPORTED_MEDIA_TYPE");
    case 416:
        return QStringLiteral("REQUESTED_RANGE_NOT_SATISFIABLE");
    case 424:
        return QStringLiteral("FAILED_DEPENDENCY");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 500:
        return QStringLiteral("INTERNAL_SERVER_ERROR");
    default:
        return status >= 500 ? QStringLiteral("SERVER_ERROR") : QStringLiteral("CLIENT_ERROR");
    }
}

void JsonReply::markVerbatim()
{
    t_verbatim = true;
}

bool JsonReply::isVerbatim()
{
    return t_verbatim;
}

void JsonReply::resetVerbatim()
{
    t_verbatim = false;
}

QString JsonReply::isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace mtlsdesk::sandbox
