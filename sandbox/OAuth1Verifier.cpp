#include "OAuth1Verifier.h"

#include <QMap>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cstdlib>

namespace mtlsdesk::sandbox {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isTokenCharacter(char c)
{
    return c > ' ' && c < 0x7f && c != '=' && c != ',' && c != '"' && c != ';';
}

OAuth1Result failure(ErrorCode code, const QString& message)
{
    return OAuth1Result{false, code, message};
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    // Lengths are public (a Base64 HMAC-SHA1 is always 28 bytes); the content is compared in constant time.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace

OAuth1Verifier::OAuth1Verifier()
    : m_nonces(2 * TimestampWindowSeconds)
{
}

QByteArray OAuth1Verifier::encode(const QByteArray& value)
{
    // QByteArray::toPercentEncoding already keeps exactly the RFC 3986 unreserved set and writes upper-case hex.
    return value.toPercentEncoding();
}

std::optional<QList<OAuth1Verifier::Parameter>> OAuth1Verifier::parseAuthorization(const QByteArray& header)
{
    const QByteArray text = header.trimmed();
    const qsizetype size = text.size();
    if (size < 5 || text.left(5).toLower() != "oauth" || (size > 5 && !isSpace(text.at(5))))
        return std::nullopt;

    QList<Parameter> parameters;
    qsizetype i = 5;
    const auto skipSpaces = [&] {
        while (i < size && isSpace(text.at(i)))
            ++i;
    };
    for (bool first = true;; first = false) {
        skipSpaces();
        if (i == size)
            break;
        if (!first) {
            if (text.at(i) != ',')
                return std::nullopt;
            ++i;
            skipSpaces();
            if (i == size)
                break; // a trailing comma is harmless
        }
        const qsizetype keyStart = i;
        while (i < size && isTokenCharacter(text.at(i)))
            ++i;
        const QByteArray key = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (key.isEmpty() || i == size || text.at(i) != '=')
            return std::nullopt;
        ++i;
        skipSpaces();
        if (i == size || text.at(i) != '"')
            return std::nullopt;
        const qsizetype valueStart = ++i;
        const qsizetype valueEnd = text.indexOf('"', valueStart);
        if (valueEnd < 0)
            return std::nullopt;
        parameters.append({QByteArray::fromPercentEncoding(key),
                           QByteArray::fromPercentEncoding(text.mid(valueStart, valueEnd - valueStart))});
        i = valueEnd + 1;
    }
    return parameters;
}

QList<OAuth1Verifier::Parameter> OAuth1Verifier::parseForm(const QByteArray& text)
{
    QList<Parameter> parameters;
    for (const QByteArray& part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        QByteArray name = equals < 0 ? part : part.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        parameters.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return parameters;
}

QByteArray OAuth1Verifier::baseStringUri(const QByteArray& host, const QByteArray& path)
{
    QByteArray authority = host.trimmed().toLower();
    if (authority.endsWith(":443"))
        authority.chop(4);
    return "https://" + authority + (path.isEmpty() ? QByteArray("/") : path);
}

QByteArray OAuth1Verifier::baseString(const QByteArray& method, const QByteArray& baseUri, QList<Parameter> parameters)
{
    for (Parameter& parameter : parameters)
        parameter = {encode(parameter.first), encode(parameter.second)};
    std::sort(parameters.begin(), parameters.end());
    QByteArray normalized;
    for (const auto& [name, value] : parameters) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += name + '=' + value;
    }
    return method.toUpper() + '&' + encode(baseUri) + '&' + encode(normalized);
}

QByteArray OAuth1Verifier::sign(const QByteArray& baseString, const QByteArray& consumerSecret,
                                const QByteArray& tokenSecret)
{
    const QByteArray key = encode(consumerSecret) + '&' + encode(tokenSecret);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha1(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(baseString.constData()), static_cast<size_t>(baseString.size()),
              mac, &length))
        return {};
    return QByteArray(reinterpret_cast<const char*>(mac), static_cast<qsizetype>(length)).toBase64();
}

OAuth1Result OAuth1Verifier::verify(const OAuth1Request& request, const AppKey& accountKey, qint64 nowSeconds)
{
    const std::optional<QList<Parameter>> header = parseAuthorization(request.authorization);
    if (!header) {
        return failure(ErrorCode::OAuthMalformed,
                       QStringLiteral("The Authorization header is not a valid OAuth 1.0 header; expected "
                                      "OAuth oauth_consumer_key=\"...\", oauth_signature=\"...\", ..."));
    }
    QMap<QByteArray, QByteArray> oauth;
    for (const auto& [name, value] : *header) {
        if (!name.startsWith("oauth_"))
            continue; // realm and extensions are not part of the signature
        if (oauth.contains(name)) {
            return failure(ErrorCode::OAuthMalformed,
                           QStringLiteral("The OAuth parameter %1 appears twice.").arg(QString::fromUtf8(name)));
        }
        oauth.insert(name, value);
    }
    for (const char* required : {"oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_signature",
                                 "oauth_timestamp", "oauth_nonce"}) {
        if (oauth.value(required).isEmpty()) {
            return failure(ErrorCode::OAuthMalformed,
                           QStringLiteral("The OAuth header lacks %1.").arg(QLatin1String(required)));
        }
    }

    const QByteArray method = oauth.value("oauth_signature_method");
    if (method != "HMAC-SHA1") {
        return failure(ErrorCode::OAuthUnsupportedMethod,
                       QStringLiteral("The signature method \"%1\" is not supported; sign with HMAC-SHA1.")
                           .arg(QString::fromUtf8(method)));
    }
    if (oauth.contains("oauth_version") && oauth.value("oauth_version") != "1.0") {
        return failure(ErrorCode::OAuthUnsupportedVersion,
                       QStringLiteral("The OAuth version \"%1\" is not supported; use 1.0.")
                           .arg(QString::fromUtf8(oauth.value("oauth_version"))));
    }
    // Consumer key and token travel in clear in the header, so a plain comparison reveals nothing.
    if (oauth.value("oauth_consumer_key") != accountKey.consumerKey.toUtf8()) {
        return failure(ErrorCode::OAuthUnknownConsumerKey,
                       QStringLiteral("The oauth_consumer_key is not an app key of this account."));
    }
    if (oauth.value("oauth_token") != accountKey.accessToken.toUtf8()) {
        return failure(ErrorCode::OAuthUnknownToken,
                       QStringLiteral("The oauth_token is not the access token of this app key."));
    }

    const QByteArray timestampText = oauth.value("oauth_timestamp");
    bool numeric = timestampText.size() <= 12;
    const qint64 timestamp = numeric ? timestampText.toLongLong(&numeric) : 0;
    if (!numeric || timestamp < 0) {
        return failure(ErrorCode::OAuthMalformed,
                       QStringLiteral("The oauth_timestamp must be whole seconds since 1970-01-01 UTC."));
    }
    const qint64 skew = timestamp - nowSeconds;
    if (std::llabs(skew) > TimestampWindowSeconds) {
        return failure(ErrorCode::OAuthStaleTimestamp,
                       QStringLiteral("The oauth_timestamp is %1 s %2 the server clock; it must be within %3 s.")
                           .arg(std::llabs(skew))
                           .arg(skew < 0 ? QStringLiteral("behind") : QStringLiteral("ahead of"))
                           .arg(TimestampWindowSeconds));
    }

    QList<Parameter> parameters = parseForm(request.query);
    parameters += parseForm(request.formBody);
    for (auto it = oauth.constBegin(); it != oauth.constEnd(); ++it) {
        if (it.key() != "oauth_signature")
            parameters.append({it.key(), it.value()});
    }
    const QByteArray base =
        baseString(request.method, baseStringUri(request.host, request.path), std::move(parameters));
    const QByteArray expected = sign(base, accountKey.consumerSecret.toUtf8(), accountKey.accessTokenSecret.toUtf8());
    if (expected.isEmpty() || !sameBytes(expected, oauth.value("oauth_signature"))) {
        // The base string holds no secret (key and token are in the header already) and is what a client
        // developer needs to find the difference.
        return failure(ErrorCode::OAuthBadSignature,
                       QStringLiteral("The OAuth signature does not match. The server signed this base string: %1")
                           .arg(QString::fromUtf8(base)));
    }

    const QByteArray nonceKey = oauth.value("oauth_consumer_key") + '\n' + oauth.value("oauth_token") + '\n' +
                                timestampText + '\n' + oauth.value("oauth_nonce");
    if (!m_nonces.remember(nonceKey, nowSeconds)) {
        return failure(ErrorCode::OAuthReplayedNonce,
                       QStringLiteral("The oauth_nonce was already used; every request needs a new nonce."));
    }
    return OAuth1Result{true, ErrorCode::OAuthMalformed, {}};
}

} // namespace mtlsdesk::sandbox
