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
        ConnectionLost, // the connection closed before any answer came: the call may or may not have been served
        Incomplete,     // an answer came but was cut short (connection lost mid-body, or JSON that ends half-way)
    };
    Q_ENUM(Kind)

    // For a call that changes data and whose answer was lost (ConnectionLost, Incomplete, Timeout, 5xx): what the
    // app found out afterwards by reading the data back (e.g. an upload: is the name in the certificate list?).
    enum class Effect {
        Unchecked,  // not a lost answer of a write, or nobody looked
        NotApplied, // checked: the service does not have the change, so trying again is safe
        Unknown,    // the check itself failed: the change may or may not be there
    };
    Q_ENUM(Effect)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serviceMessage; // the service's own text (error.message), when it gave one
    QString detail;         // technical detail (Qt's error string, TLS errors), for the details box and logs
    Effect effect = Effect::Unchecked;

    // Whether the service may have carried out the call although no usable answer came back.
    bool mayHaveBeenServed() const
    {
        return kind == Kind::ConnectionLost || kind == Kind::Incomplete || kind == Kind::Timeout ||
               kind == Kind::Server || kind == Kind::BadPayload;
    }

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace mtlsdesk

Q_DECLARE_METATYPE(mtlsdesk::ApiError)
