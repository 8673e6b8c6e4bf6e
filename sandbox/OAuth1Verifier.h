#pragma once

// Server side of OAuth Core 1.0 / RFC 5849 with HMAC-SHA1, the "AppKey" authentication of LivePerson APIs.
//
// The signature base string is
//   UPPER(method) & enc("https://" + lower(Host without :443) + path) & enc(sorted parameters)
// where the parameters are every query parameter (form-decoded, then re-encoded), the parameters of an
// application/x-www-form-urlencoded body (RFC 5849 §3.4.1.3.1; JSON and multipart bodies are not signed) and all
// oauth_* parameters of the Authorization header except oauth_signature. The key is
// enc(consumerSecret) & enc(tokenSecret). A request also fails on a timestamp more than 300 s from the server clock
// or a nonce already used with the same key, token and timestamp.

#include "AppKey.h"
#include "ErrorCode.h"
#include "NonceCache.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mtlsdesk::sandbox {

struct OAuth1Request
{
    QByteArray method;
    QByteArray host;          // the Host header as received
    QByteArray path;          // the request target's path, percent-encoded as sent
    QByteArray query;         // the raw query string without '?'
    QByteArray formBody;      // the body when it is application/x-www-form-urlencoded, else empty
    QByteArray authorization; // the whole Authorization header value
};

struct OAuth1Result
{
    bool ok = false;
    ErrorCode code = ErrorCode::OAuthMalformed;
    QString message;
};

class OAuth1Verifier
{
public:
    using Parameter = std::pair<QByteArray, QByteArray>;
    static constexpr qint64 TimestampWindowSeconds = 300;

    OAuth1Verifier();

    // Checks `request` against the AppKey of the account named in the URL.
    OAuth1Result verify(const OAuth1Request& request, const AppKey& accountKey, qint64 nowSeconds);

    // RFC 5849 §3.6: unreserved characters (ALPHA, DIGIT, "-", ".", "_", "~") kept, all else %XX upper-case.
    static QByteArray encode(const QByteArray& value);
    // RFC 5849 §3.5.1: `OAuth k="v", ...` with percent-decoded keys and values; nullopt when malformed.
    static std::optional<QList<Parameter>> parseAuthorization(const QByteArray& header);
    // application/x-www-form-urlencoded pairs, decoded ('+' is a space).
    static QList<Parameter> parseForm(const QByteArray& text);
    static QByteArray baseStringUri(const QByteArray& host, const QByteArray& path);
    // `parameters` are decoded; they are encoded and sorted here.
    static QByteArray baseString(const QByteArray& method, const QByteArray& baseUri, QList<Parameter> parameters);
    static QByteArray sign(const QByteArray& baseString, const QByteArray& consumerSecret,
                           const QByteArray& tokenSecret);

private:
    NonceCache m_nonces;
};

} // namespace mtlsdesk::sandbox
