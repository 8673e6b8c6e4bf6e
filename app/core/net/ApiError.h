#pragma once

#include <QMetaType>
#include <QString>

namespace mtlsdesk {

// What went wrong with one call, typed so that flows can react (re-login on Unauthorized, wait on
// RateLimited, keep edits on Conflict) and the UI can say it in one clear sentence (ApiErrorText).
struct ApiError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        Network,      // connection refused, host not found, connection reset
        Timeout,      // no data within the transfer timeout
        Tls,          // certificate not trusted, host name mismatch, handshake failed
        BadRequest,   // 400/404/405/413/415... the request was refused as given
        Unauthorized, // 401: credentials wrong or the session expired
        Forbidden,    // 403: authenticated, but not allowed (e.g. not an admin, wrong auth kind)
        NotFound,     // 404 on a resource
        Conflict,     // 409: someone else changed the data
        RateLimited,  // 429 after the retries we allow ourselves
        Server,       // 5xx
        BadPayload,   // 2xx, but the body is not what the contract says
        Canceled,     // the user or the app aborted the call
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serviceMessage; // the service's own text (error.message), when it gave one
    QString detail;         // technical detail (Qt's error string, TLS errors), for the details box and logs

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::ApiError)
