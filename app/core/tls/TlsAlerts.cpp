#include "tls/TlsAlerts.h"

#include <QCoreApplication>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace mtlsdesk::tls {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsAlerts)
};

// OpenSSL 3.0's SSL_alert_desc_string_long() does not know the TLS 1.3 alerts (116 reads "unknown"), so the names
// are kept here, spelled as OpenSSL spells the ones it knows.
struct AlertName
{
    int code;
    const char* name;
};
constexpr AlertName AlertNames[] = {
    {SSL_AD_CLOSE_NOTIFY, "close notify"},
    {SSL_AD_UNEXPECTED_MESSAGE, "unexpected message"},
    {SSL_AD_BAD_RECORD_MAC, "bad record mac"},
    {SSL_AD_DECRYPTION_FAILED, "decryption failed"},
    {SSL_AD_RECORD_OVERFLOW, "record overflow"},
    {SSL_AD_DECOMPRESSION_FAILURE, "decompression failure"},
    {SSL_AD_HANDSHAKE_FAILURE, "handshake failure"},
    {SSL_AD_NO_CERTIFICATE, "no certificate"},
    {SSL_AD_BAD_CERTIFICATE, "bad certificate"},
    {SSL_AD_UNSUPPORTED_CERTIFICATE, "unsupported certificate"},
    {SSL_AD_CERTIFICATE_REVOKED, "certificate revoked"},
    {SSL_AD_CERTIFICATE_EXPIRED, "certificate expired"},
    {SSL_AD_CERTIFICATE_UNKNOWN, "certificate unknown"},
    {SSL_AD_ILLEGAL_PARAMETER, "illegal parameter"},
    {SSL_AD_UNKNOWN_CA, "unknown CA"},
    {SSL_AD_ACCESS_DENIED, "access denied"},
    {SSL_AD_DECODE_ERROR, "decode error"},
    {SSL_AD_DECRYPT_ERROR, "decrypt error"},
    {SSL_AD_EXPORT_RESTRICTION, "export restriction"},
    {SSL_AD_PROTOCOL_VERSION, "protocol version"},
    {SSL_AD_INSUFFICIENT_SECURITY, "insufficient security"},
    {SSL_AD_INTERNAL_ERROR, "internal error"},
    {SSL_AD_INAPPROPRIATE_FALLBACK, "inappropriate fallback"},
    {SSL_AD_USER_CANCELLED, "user canceled"},
    {SSL_AD_NO_RENEGOTIATION, "no renegotiation"},
    {SSL_AD_MISSING_EXTENSION, "missing extension"},
    {SSL_AD_UNSUPPORTED_EXTENSION, "unsupported extension"},
    {SSL_AD_CERTIFICATE_UNOBTAINABLE, "certificate unobtainable"},
    {SSL_AD_UNRECOGNIZED_NAME, "unrecognized name"},
    {SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE, "bad certificate status response"},
    {SSL_AD_BAD_CERTIFICATE_HASH_VALUE, "bad certificate hash value"},
    {SSL_AD_UNKNOWN_PSK_IDENTITY, "unknown PSK identity"},
    {SSL_AD_CERTIFICATE_REQUIRED, "certificate required"},
    {SSL_AD_NO_APPLICATION_PROTOCOL, "no application protocol"},
};

QString receivedSentence(int code, const QString& name)
{
    switch (code) {
    case SSL_AD_UNKNOWN_CA:
        return Text::tr("The server rejected the certificate: it does not trust the CA that issued it (%1).").arg(name);
    case SSL_AD_CERTIFICATE_REQUIRED:
        return Text::tr("The server requires a client certificate and none was sent.");
    case SSL_AD_CERTIFICATE_EXPIRED:
        return Text::tr("The server rejected the certificate: it has expired or is not valid yet (%1).").arg(name);
    case SSL_AD_BAD_CERTIFICATE:
        return Text::tr("The server rejected the certificate as invalid, for example a broken signature, a wrong key "
                        "usage or an incomplete chain (%1).")
            .arg(name);
    case SSL_AD_UNSUPPORTED_CERTIFICATE:
        return Text::tr("The server rejected the certificate: it does not accept this kind of certificate or key (%1).")
            .arg(name);
    case SSL_AD_CERTIFICATE_REVOKED:
        return Text::tr("The server rejected the certificate: its issuer has revoked it (%1).").arg(name);
    case SSL_AD_CERTIFICATE_UNKNOWN:
        return Text::tr("The server rejected the certificate for a reason it did not name, often a missing "
                        "client-authentication usage or an untrusted chain (%1).")
            .arg(name);
    case SSL_AD_ACCESS_DENIED:
        return Text::tr("The server verified the certificate but denied this client access (%1).").arg(name);
    case SSL_AD_HANDSHAKE_FAILURE:
        return Text::tr("The server ended the handshake: the two sides share no protocol settings, or it needed a "
                        "client certificate it did not get (%1).")
            .arg(name);
    case SSL_AD_PROTOCOL_VERSION:
        return Text::tr("The server does not support the TLS versions this computer offers (%1).").arg(name);
    case SSL_AD_INSUFFICIENT_SECURITY:
        return Text::tr("The server requires stronger ciphers than this computer offers (%1).").arg(name);
    case SSL_AD_DECRYPT_ERROR:
        return Text::tr("The server could not verify a signature made with the client's key: the key may not match "
                        "the certificate, or the server does not accept its algorithm (%1).")
            .arg(name);
    case SSL_AD_DECODE_ERROR:
    case SSL_AD_ILLEGAL_PARAMETER:
    case SSL_AD_UNEXPECTED_MESSAGE:
        return Text::tr("The server could not understand a handshake message from this computer (%1).").arg(name);
    case SSL_AD_UNRECOGNIZED_NAME:
        return Text::tr("The server does not serve the host name that was asked for (%1).").arg(name);
    case SSL_AD_NO_APPLICATION_PROTOCOL:
        return Text::tr("The server and this computer share no application protocol (%1).").arg(name);
    case SSL_AD_INTERNAL_ERROR:
        return Text::tr("The server reported an internal error during the handshake (%1).").arg(name);
    case SSL_AD_INAPPROPRIATE_FALLBACK:
        return Text::tr("The server refused a downgraded connection (%1).").arg(name);
    case SSL_AD_USER_CANCELLED:
        return Text::tr("The server cancelled the handshake (%1).").arg(name);
    case SSL_AD_CLOSE_NOTIFY:
        return Text::tr("The server closed the connection (%1).").arg(name);
    default:
        return Text::tr("The server ended the connection with the TLS alert \"%1\".").arg(name);
    }
}

QString sentSentence(int code, const QString& name)
{
    switch (code) {
    case SSL_AD_UNKNOWN_CA:
    case SSL_AD_BAD_CERTIFICATE:
    case SSL_AD_CERTIFICATE_EXPIRED:
    case SSL_AD_CERTIFICATE_UNKNOWN:
    case SSL_AD_UNSUPPORTED_CERTIFICATE:
    case SSL_AD_CERTIFICATE_REVOKED:
        return Text::tr("This computer rejected the server's certificate (%1).").arg(name);
    case SSL_AD_PROTOCOL_VERSION:
        return Text::tr("This computer does not accept the TLS version the server chose (%1).").arg(name);
    case SSL_AD_HANDSHAKE_FAILURE:
    case SSL_AD_INSUFFICIENT_SECURITY:
        return Text::tr("This computer and the server share no acceptable cipher or signature algorithm (%1).")
            .arg(name);
    case SSL_AD_CLOSE_NOTIFY:
        return Text::tr("This computer closed the connection (%1).").arg(name);
    default:
        return Text::tr("This computer ended the connection with the TLS alert \"%1\".").arg(name);
    }
}

} // namespace

QString alertName(int code)
{
    for (const AlertName& entry : AlertNames) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("alert %1").arg(code);
}

QString alertSentence(int code, TlsAlert::Direction direction)
{
    const QString name = alertName(code);
    return direction == TlsAlert::Direction::Received ? receivedSentence(code, name) : sentSentence(code, name);
}

bool isCertificateRejection(int code)
{
    switch (code) {
    case SSL_AD_BAD_CERTIFICATE:
    case SSL_AD_UNSUPPORTED_CERTIFICATE:
    case SSL_AD_CERTIFICATE_REVOKED:
    case SSL_AD_CERTIFICATE_EXPIRED:
    case SSL_AD_CERTIFICATE_UNKNOWN:
    case SSL_AD_UNKNOWN_CA:
    case SSL_AD_ACCESS_DENIED:
    case SSL_AD_DECRYPT_ERROR:
        return true;
    default:
        return false;
    }
}

QString TlsAlert::name() const
{
    return alertName(code);
}

QString TlsAlert::sentence() const
{
    return alertSentence(code, direction);
}

QJsonObject TlsAlert::toJson() const
{
    return QJsonObject{
        {QStringLiteral("direction"),
         direction == Direction::Received ? QStringLiteral("received") : QStringLiteral("sent")},
        {QStringLiteral("level"), fatal ? QStringLiteral("fatal") : QStringLiteral("warning")},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name()},
        {QStringLiteral("sentence"), sentence()},
    };
}

QString verifyErrorText(long x509Error)
{
    return QString::fromLatin1(X509_verify_cert_error_string(x509Error));
}

QString verifyErrorSentence(long x509Error)
{
    const QString text = verifyErrorText(x509Error);
    switch (x509Error) {
    case X509_V_OK:
        return Text::tr("The server's certificate is valid and trusted.");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Text::tr(
                   "The server's certificate was issued by a CA that this computer does not trust; add the CA file "
                   "or ask the server to send its full chain (%1).")
            .arg(text);
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return Text::tr("The server's certificate is self-signed and not trusted by this computer (%1).").arg(text);
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Text::tr("The server's chain ends in a root CA that this computer does not trust (%1).").arg(text);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Text::tr("The server's certificate (or one in its chain) has expired (%1).").arg(text);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Text::tr("The server's certificate (or one in its chain) is not valid yet; check this computer's clock "
                        "(%1).")
            .arg(text);
    case X509_V_ERR_HOSTNAME_MISMATCH:
        return Text::tr("The server's certificate is not valid for the host name in the URL (%1).").arg(text);
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return Text::tr("The server's certificate is not valid for the IP address in the URL (%1).").arg(text);
    case X509_V_ERR_CERT_REVOKED:
        return Text::tr("The server's certificate has been revoked (%1).").arg(text);
    case X509_V_ERR_INVALID_PURPOSE:
        return Text::tr("The server's certificate is not meant for TLS servers (%1).").arg(text);
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Text::tr("A signature in the server's chain does not verify (%1).").arg(text);
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return Text::tr("The server's chain uses a key or digest weaker than this computer accepts (%1).").arg(text);
    default:
        return Text::tr("The server's certificate could not be verified (%1).").arg(text);
    }
}

} // namespace mtlsdesk::tls
