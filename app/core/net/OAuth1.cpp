#include "net/OAuth1.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

namespace mtlsdesk {

QJsonObject OAuth1Credentials::toJson() const
{
    return {{QStringLiteral("consumerKey"), consumerKey},
            {QStringLiteral("consumerSecret"), consumerSecret},
            {QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("accessTokenSecret"), accessTokenSecret}};
}

OAuth1Credentials OAuth1Credentials::fromJson(const QJsonObject& object)
{
    return {object.value(QLatin1String("consumerKey")).toString(), object.value(QLatin1String("consumerSecret")).toString(),
            object.value(QLatin1String("accessToken")).toString(),
            object.value(QLatin1String("accessTokenSecret")).toString()};
}

QByteArray OAuth1Signer::encode(const QByteArray& value)
{
    return value.toPercentEncoding(); // keeps exactly the RFC 3986 unreserved set: ALPHA DIGIT - . _ ~
}

QByteArray OAuth1Signer::signatureBaseString(const QByteArray& method, const QUrl& url,
                                             const QList<std::pair<QByteArray, QByteArray>>& oauthParameters)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    // RFC 5849 §3.4.1.3.1: query parameters are form-decoded ('+' is a space, %XX a byte), then re-encoded the
    // one way §3.6 allows. QUrlQuery would keep a '+' as a plus, which a server following the RFC rejects.
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QList<QByteArray> pairs = query.isEmpty() ? QList<QByteArray>() : query.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        auto formDecode = [](QByteArray part) { return QByteArray::fromPercentEncoding(part.replace('+', ' ')); };
        const QByteArray key = formDecode(equals < 0 ? pair : pair.left(equals));
        const QByteArray value = equals < 0 ? QByteArray() : formDecode(pair.mid(equals + 1));
        parameters.append({encode(key), encode(value)});
    }
    for (const auto& [key, value] : oauthParameters)
        parameters.append({encode(key), encode(value)});
    std::sort(parameters.begin(), parameters.end());

    QByteArray normalized;
    for (const auto& [key, value] : parameters) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += key + '=' + value;
    }

    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setScheme(base.scheme().toLower());
    base.setHost(base.host().toLower());
    if (base.path().isEmpty())
        base.setPath(QStringLiteral("/")); // what is sent on the request line
    if ((base.scheme() == QLatin1String("https") && base.port() == 443) ||
        (base.scheme() == QLatin1String("http") && base.port() == 80))
        base.setPort(-1);
    const QByteArray baseUrl = base.toEncoded();

    return method.toUpper() + '&' + encode(baseUrl) + '&' + encode(normalized);
}

QByteArray OAuth1Signer::sign(const QByteArray& baseString, const QString& consumerSecret, const QString& tokenSecret)
{
    const QByteArray key = encode(consumerSecret.toUtf8()) + '&' + encode(tokenSecret.toUtf8());
    return QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray OAuth1Signer::authorizationHeader(const QByteArray& method, const QUrl& url,
                                             const OAuth1Credentials& credentials, QByteArray nonce,
                                             qint64 timestamp)
{
    if (nonce.isEmpty())
        nonce = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (timestamp < 0)
        timestamp = QDateTime::currentSecsSinceEpoch();

    QList<std::pair<QByteArray, QByteArray>> oauth{
        {"oauth_consumer_key", credentials.consumerKey.toUtf8()},
        {"oauth_nonce", nonce},
        {"oauth_signature_method", "HMAC-SHA1"},
        {"oauth_timestamp", QByteArray::number(timestamp)},
        {"oauth_token", credentials.accessToken.toUtf8()},
        {"oauth_version", "1.0"},
    };
    const QByteArray signature =
        sign(signatureBaseString(method, url, oauth), credentials.consumerSecret, credentials.accessTokenSecret);
    oauth.append({"oauth_signature", signature});

    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        if (i > 0)
            header += ", ";
        header += oauth[i].first + "=\"" + encode(oauth[i].second) + '"';
    }
    return header;
}

} // namespace mtlsdesk
