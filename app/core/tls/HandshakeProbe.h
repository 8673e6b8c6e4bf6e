#pragma once

// The handshake test: connect to an HTTPS URL with a PKCS#12 file's key and certificate and say what happened.
//
//   check request --> parse P12 --> resolve + connect --> TLS handshake --> GET path --> read status line --> report
//        |               |                |                    |               |              |
//   InvalidRequest     BadP12      ConnectFailed /       ServerNotTrusted   (TLS 1.3: the server's verdict on the
//                                  Timeout               ServerRejected...  client certificate arrives here, as an
//                                                        ClientCertificate  alert on the first read)
//                                                        Required / Handshake
//                                                        Failed
// Cancelled from any step. A handshake that succeeds and gets an HTTP status line is Ok, unless the server never
// asked for a client certificate (NoClientCertificateRequested). The server's certificate is always verified
// (system CAs and/or the extra CA files); a failure ends the handshake, as it would in the real client.
//
// Blocking and thread-safe: run it on a worker thread. Plain OpenSSL on a non-blocking socket, polled in short
// slices so that `cancel` is honoured within about 50 ms and `timeoutMs` bounds connect + handshake + HTTP
// (name resolution is not interruptible). The password is only read; the caller owns and wipes it.

#include "tls/TlsAlerts.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>

namespace mtlsdesk::tls {

struct HandshakeRequest
{
    QUrl url; // https://host[:port]/path?query
    QByteArray p12;
    QByteArray p12Password;
    QStringList extraCaFiles; // PEM, each may hold several CAs (e.g. the sandbox's ca.pem)
    bool useSystemCas = true;
    int timeoutMs = 10000;
    bool sendClientCertificate = true; // false: answer the server's request with no certificate
};

enum class Verdict
{
    Ok,                           // handshake done, the server answered HTTP with the certificate it asked for
    ServerRejectedCertificate,    // the server turned our certificate down (unknown CA, expired, bad...)
    ClientCertificateRequired,    // the server needs a client certificate and none was sent
    NoClientCertificateRequested, // the server never asked for one: mutual TLS is not enabled there
    ServerNotTrusted,             // the server's certificate failed this computer's verification
    HandshakeFailed,              // any other TLS failure (versions, ciphers, a closed connection)
    NoHttpResponse,               // TLS worked, but no HTTP status line came back
    ConnectFailed,                // name not found, refused, unreachable
    Timeout,
    BadP12,         // unreadable P12, wrong password, no key or certificate in it
    InvalidRequest, // not an https URL, unreadable CA file
    Cancelled,
};
// "ok", "server-rejected-certificate", "client-certificate-required", "no-client-certificate-requested",
// "server-not-trusted", "handshake-failed", "no-http-response", "connect-failed", "timeout", "bad-p12",
// "invalid-request", "cancelled"
QString verdictKey(Verdict verdict);

struct PeerCertificate
{
    QString subject; // RFC 2253
    QString issuer;
    QString commonName;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString sha256;      // upper-case hex with colons

    QJsonObject toJson() const;
};

struct HandshakeReport
{
    Verdict verdict = Verdict::InvalidRequest;
    QString summary; // one sentence
    QString detail;  // OpenSSL's or the system's own words, when they add something
    QString host;
    int port = 0;
    QString address; // the address actually connected to, "127.0.0.1:8443"
    qint64 elapsedMs = 0;

    // Connection
    bool handshakeCompleted = false;
    QString tlsVersion; // "TLSv1.3"
    QString cipher;     // "TLS_AES_256_GCM_SHA384"

    // Server chain, as the server sent it (leaf first), and this computer's verdict on it
    QList<PeerCertificate> serverChain;
    bool serverVerified = false;
    long verifyError = 0; // X509_V_ERR_*, 0 when verified or not reached
    QString verifyErrorSentence;

    // Client certificate request
    bool clientCertificateRequested = false;
    QStringList acceptedCaNames; // the server's CertificateRequest CA list, RFC 2253
    bool chainMatchesAcceptedCa = false;
    QString matchedCaName;
    bool clientCertificateSent = false;
    PeerCertificate clientCertificate; // the P12's leaf, when it was read
    QStringList clientChainSubjects;   // the P12's other certificates

    // HTTP
    int httpStatus = 0; // 0: no status line
    QString httpReason;

    QList<TlsAlert> alerts; // in order; close_notify left out
    // The first fatal alert the server sent, when there was one (the one the verdict is about).
    const TlsAlert* serverAlert() const;

    bool isOk() const { return verdict == Verdict::Ok; }
    QJsonObject toJson() const;
};

class HandshakeProbe
{
public:
    static HandshakeReport run(const HandshakeRequest& request, const std::atomic_bool* cancel = nullptr);
};

} // namespace mtlsdesk::tls
