#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace mtlsdesk {

// The four AppKey values an admin creates in Campaign Builder (API key). The service calls them
// "OAuth1" credentials; runtime methods (check mapping, forward) accept only these.
struct OAuth1Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString accessToken;
    QString accessTokenSecret;

    bool isComplete() const
    {
        return !consumerKey.isEmpty() && !consumerSecret.isEmpty() && !accessToken.isEmpty() &&
               !accessTokenSecret.isEmpty();
    }
    bool operator==(const OAuth1Credentials&) const = default;

    // {"consumerKey","consumerSecret","accessToken","accessTokenSecret"}: the sandbox's ready line and the
    // keychain entry use this shape.
    QJsonObject toJson() const;
    static OAuth1Credentials fromJson(const QJsonObject& object);
};

// OAuth Core 1.0 (RFC 5849) HMAC-SHA1 signing, as the mTLS documentation prescribes: the base string covers
// the method, the URL without query, and every query parameter (so `v=3.0` is signed) plus the oauth_*
// parameters; JSON and multipart bodies are not signed.
class OAuth1Signer
{
public:
    // Percent-encoding of RFC 5849 §3.6 (unreserved characters kept, everything else %XX upper-case).
    static QByteArray encode(const QByteArray& value);
    static QByteArray signatureBaseString(const QByteArray& method, const QUrl& url,
                                          const QList<std::pair<QByteArray, QByteArray>>& oauthParameters);
    static QByteArray sign(const QByteArray& baseString, const QString& consumerSecret,
                           const QString& tokenSecret);

    // A complete `Authorization: OAuth ...` header value. nonce and timestamp are generated when empty
    // (tests pass fixed values to check against known vectors or to replay a request).
    static QByteArray authorizationHeader(const QByteArray& method, const QUrl& url,
                                          const OAuth1Credentials& credentials, QByteArray nonce = {},
                                          qint64 timestamp = -1);
};

} // namespace mtlsdesk
