#include "tls/HandshakeProbe.h"

#include "p12/OpenSsl.h"
#include "p12/P12Inspector.h"
#include "p12/X509Text.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <vector>

#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTls, "mtlsdesk.tls")

namespace mtlsdesk::tls {

namespace {

using p12::BioPtr;
using p12::EvpPkeyPtr;
using p12::OpenSslDeleter;
using p12::Pkcs12Ptr;
using p12::X509Ptr;
using p12::X509StackPtr;
using SslCtxPtr = std::unique_ptr<SSL_CTX, OpenSslDeleter<SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, OpenSslDeleter<SSL_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeProbe)
};

constexpr int PollSliceMs = 50;               // how soon a cancel is noticed
constexpr qsizetype MaxResponseBytes = 65536; // only the status line matters

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

PeerCertificate describe(X509* certificate)
{
    PeerCertificate info;
    info.subject = p12::nameText(X509_get_subject_name(certificate));
    info.issuer = p12::nameText(X509_get_issuer_name(certificate));
    info.commonName = p12::commonName(X509_get_subject_name(certificate));
    info.notBefore = p12::timeOf(X509_get0_notBefore(certificate));
    info.notAfter = p12::timeOf(X509_get0_notAfter(certificate));
    info.sha256 = p12::sha256Fingerprint(certificate);
    return info;
}

// The reason of the first error in OpenSSL's (thread-local) queue, which is then emptied.
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char* reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("OpenSSL error %1").arg(code);
}

// OpenSSL writes to the socket with write(2): a peer that already closed would raise SIGPIPE and end the whole
// program. The signal is blocked on this thread while the probe runs, and one it raised is taken back.
class SigPipeGuard
{
public:
    SigPipeGuard()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old);
    }
    ~SigPipeGuard()
    {
        if (!m_wasPending) {
            const timespec zero{};
            while (sigtimedwait(&m_pipe, nullptr, &zero) > 0) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigPipeGuard(const SigPipeGuard&) = delete;
    SigPipeGuard& operator=(const SigPipeGuard&) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_old;
    bool m_wasPending = false;
};

class Probe
{
public:
    Probe(const HandshakeRequest& request, const std::atomic_bool* cancel)
        : m_request(request)
        , m_cancel(cancel)
        , m_deadline(request.timeoutMs > 0 ? request.timeoutMs : 10000)
    {
    }
    ~Probe()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Probe(const Probe&) = delete;
    Probe& operator=(const Probe&) = delete;

    HandshakeReport run();

private:
    enum class Wait
    {
        Ready,
        Timeout,
        Cancelled
    };
    enum class Phase
    {
        Connect,
        Handshake,
        Http
    };

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool checkRequest();
    bool readP12();
    bool setUpContext();
    bool connectSocket();
    bool handshake();
    void exchangeHttp();
    Wait waitFor(short events);
    bool waitForSsl(int sslError, Phase phase);
    void stop(Verdict verdict, const QString& summary = {});
    void stopAfterTlsFailure(Phase phase, const QString& openSslError, int sslError);
    void timedOut(Phase phase);
    void finish();
    void matchCaNames();

    static int verifyCallback(int preverifyOk, X509_STORE_CTX* store);
    static int certCallback(SSL* ssl, void* arg);
    static void infoCallback(const SSL* ssl, int where, int ret);
    static void messageCallback(int writeP, int version, int contentType, const void* buffer, size_t length, SSL* ssl,
                                void* arg);

    const HandshakeRequest& m_request;
    const std::atomic_bool* m_cancel;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;
    HandshakeReport m_report;
    bool m_stopped = false;
    bool m_isIpLiteral = false;
    QByteArray m_host; // ASCII (IDN as punycode), no brackets
    QByteArray m_path;

    EvpPkeyPtr m_key;
    X509Ptr m_leaf;
    X509StackPtr m_chain;
    SslCtxPtr m_context;
    SslPtr m_ssl;
    int m_fd = -1;
    X509StackPtr m_sentChain; // what the server sent, captured while verifying it
    std::vector<X509NamePtr> m_acceptedNames;
};

HandshakeReport Probe::run()
{
    m_clock.start();
    SigPipeGuard sigPipe;
    ERR_clear_error();
    if (checkRequest() && readP12() && setUpContext() && connectSocket() && handshake())
        exchangeHttp();
    finish();
    ERR_clear_error();
    qCDebug(lcTls) << "handshake test" << m_report.host << m_report.port << verdictKey(m_report.verdict)
                   << m_report.tlsVersion << m_report.httpStatus << m_report.elapsedMs << "ms";
    return m_report;
}

void Probe::stop(Verdict verdict, const QString& summary)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_report.verdict = verdict;
    m_report.summary = summary;
}

bool Probe::checkRequest()
{
    const QUrl& url = m_request.url;
    m_report.host = url.host();
    m_report.port = url.port(443);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        stop(Verdict::InvalidRequest, Text::tr("Enter an https:// URL, for example https://api.example.com/health."));
        return false;
    }
    m_host = url.host(QUrl::FullyEncoded).toLatin1();
    m_isIpLiteral = !QHostAddress(url.host()).isNull();
    m_path = url.path(QUrl::FullyEncoded).toLatin1();
    if (m_path.isEmpty())
        m_path = "/";
    if (url.hasQuery())
        m_path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    for (const QString& file : m_request.extraCaFiles) {
        if (!QFile::exists(file)) {
            stop(Verdict::InvalidRequest, Text::tr("The CA file %1 does not exist.").arg(file));
            return false;
        }
    }
    return true;
}

bool Probe::readP12()
{
    if (!m_request.sendClientCertificate)
        return true;
    if (m_request.p12.isEmpty()) {
        stop(Verdict::BadP12, Text::tr("No PKCS#12 file was given."));
        return false;
    }
    p12::loadProviders();
    BioPtr bio(BIO_new_mem_buf(m_request.p12.constData(), static_cast<int>(m_request.p12.size())));
    Pkcs12Ptr p12(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    EVP_PKEY* key = nullptr;
    X509* leaf = nullptr;
    STACK_OF(X509)* chain = nullptr;
    if (!p12 || PKCS12_parse(p12.get(), m_request.p12Password.constData(), &key, &leaf, &chain) != 1) {
        m_report.detail = takeOpenSslError();
        // The inspector knows why (not a P12, wrong password, unsupported algorithm) and says it in one sentence.
        const p12::Report inspected = p12::P12Inspector::inspect(m_request.p12, m_request.p12Password);
        stop(Verdict::BadP12, inspected.errorMessage.isEmpty()
                                  ? Text::tr("The PKCS#12 file cannot be read with this password.")
                                  : inspected.errorMessage);
        return false;
    }
    m_key.reset(key);
    m_leaf.reset(leaf);
    m_chain.reset(chain);
    if (!m_key || !m_leaf) {
        stop(Verdict::BadP12, m_key ? Text::tr("The PKCS#12 file holds no certificate for its private key.")
                                    : Text::tr("The PKCS#12 file holds no private key."));
        return false;
    }
    if (X509_check_private_key(m_leaf.get(), m_key.get()) != 1) {
        ERR_clear_error();
        stop(Verdict::BadP12, Text::tr("The private key in the PKCS#12 file does not belong to its certificate."));
        return false;
    }
    m_report.clientCertificate = describe(m_leaf.get());
    for (int i = 0; m_chain && i < sk_X509_num(m_chain.get()); ++i)
        m_report.clientChainSubjects << p12::nameText(X509_get_subject_name(sk_X509_value(m_chain.get(), i)));
    return true;
}

bool Probe::setUpContext()
{
    m_context.reset(SSL_CTX_new(TLS_client_method()));
    if (!m_context) {
        stop(Verdict::HandshakeFailed, Text::tr("OpenSSL could not set up TLS: %1.").arg(takeOpenSslError()));
        return false;
    }
    // Verification is always on: the callback only watches, it never overrides OpenSSL's verdict.
    SSL_CTX_set_verify(m_context.get(), SSL_VERIFY_PEER, &Probe::verifyCallback);
    if (m_request.useSystemCas && SSL_CTX_set_default_verify_paths(m_context.get()) != 1)
        qCWarning(lcTls) << "the system's CA certificates did not load";
    for (const QString& file : m_request.extraCaFiles) {
        if (SSL_CTX_load_verify_locations(m_context.get(), QFile::encodeName(file).constData(), nullptr) != 1) {
            m_report.detail = takeOpenSslError();
            stop(Verdict::InvalidRequest,
                 Text::tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(file));
            return false;
        }
    }
    ERR_clear_error();
    return true;
}

Probe::Wait Probe::waitFor(short events)
{
    for (;;) {
        if (cancelled())
            return Wait::Cancelled;
        const qint64 remaining = m_deadline.remainingTime();
        if (remaining == 0)
            return Wait::Timeout;
        pollfd descriptor{m_fd, events, 0};
        const int result = ::poll(&descriptor, 1, static_cast<int>(std::min<qint64>(remaining, PollSliceMs)));
        if (result > 0)
            return Wait::Ready; // readable, writable, or an error the next call reports
        if (result < 0 && errno != EINTR)
            return Wait::Ready;
    }
}

void Probe::timedOut(Phase phase)
{
    const double seconds = m_request.timeoutMs / 1000.0;
    switch (phase) {
    case Phase::Connect:
        stop(Verdict::Timeout, Text::tr("The server did not accept the connection within %1 seconds: a firewall may "
                                        "drop it, or the host or port is wrong.")
                                   .arg(seconds));
        break;
    case Phase::Handshake:
        stop(Verdict::Timeout, Text::tr("The TLS handshake did not finish within %1 seconds.").arg(seconds));
        break;
    case Phase::Http:
        stop(Verdict::Timeout, Text::tr("The server did not answer the HTTP request within %1 seconds.").arg(seconds));
        break;
    }
}

bool Probe::connectSocket()
{
    if (cancelled()) {
        stop(Verdict::Cancelled);
        return false;
    }
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const QByteArray service = QByteArray::number(m_report.port);
    const int resolved = ::getaddrinfo(m_host.constData(), service.constData(), &hints, &found);
    if (resolved != 0) {
        m_report.detail = QString::fromLocal8Bit(::gai_strerror(resolved));
        stop(Verdict::ConnectFailed, resolved == EAI_NONAME
                                         ? Text::tr("The host name %1 was not found.").arg(m_report.host)
                                         : Text::tr("The host name %1 could not be resolved.").arg(m_report.host));
        return false;
    }
    const std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
    int lastError = 0;
    for (const addrinfo* address = addresses.get(); address; address = address->ai_next) {
        if (cancelled()) {
            stop(Verdict::Cancelled);
            return false;
        }
        const int fd =
            ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        m_fd = fd;
        int error = ::connect(fd, address->ai_addr, address->ai_addrlen) == 0 ? 0 : errno;
        if (error == EINPROGRESS) {
            const Wait wait = waitFor(POLLOUT);
            if (wait == Wait::Cancelled) {
                stop(Verdict::Cancelled);
                return false;
            }
            if (wait == Wait::Timeout) {
                timedOut(Phase::Connect);
                return false;
            }
            socklen_t length = sizeof error;
            if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
        }
        if (error == 0) {
            char host[NI_MAXHOST] = {};
            char port[NI_MAXSERV] = {};
            if (::getnameinfo(address->ai_addr, address->ai_addrlen, host, sizeof host, port, sizeof port,
                              NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
                const QString text = QString::fromLatin1(host);
                m_report.address =
                    (address->ai_family == AF_INET6 ? QLatin1Char('[') + text + QLatin1Char(']') : text) +
                    QLatin1Char(':') + QString::fromLatin1(port);
            }
            return true;
        }
        lastError = error;
        ::close(fd);
        m_fd = -1;
    }
    m_report.detail = QString::fromLocal8Bit(std::strerror(lastError));
    const QString where = QStringLiteral("%1:%2").arg(m_report.host).arg(m_report.port);
    if (lastError == ECONNREFUSED)
        stop(Verdict::ConnectFailed, Text::tr("%1 refused the connection: nothing listens on that port.").arg(where));
    else if (lastError == ENETUNREACH || lastError == EHOSTUNREACH)
        stop(Verdict::ConnectFailed, Text::tr("%1 cannot be reached from this computer.").arg(where));
    else
        stop(Verdict::ConnectFailed, Text::tr("Could not connect to %1: %2.").arg(where, m_report.detail));
    return false;
}

bool Probe::waitForSsl(int sslError, Phase phase)
{
    const Wait wait = waitFor(sslError == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN);
    if (wait == Wait::Cancelled) {
        stop(Verdict::Cancelled);
        return false;
    }
    if (wait == Wait::Timeout) {
        timedOut(phase);
        return false;
    }
    return true;
}

bool Probe::handshake()
{
    m_ssl.reset(SSL_new(m_context.get()));
    if (!m_ssl || SSL_set_fd(m_ssl.get(), m_fd) != 1) {
        stop(Verdict::HandshakeFailed, Text::tr("OpenSSL could not set up TLS: %1.").arg(takeOpenSslError()));
        return false;
    }
    SSL* ssl = m_ssl.get();
    SSL_set_app_data(ssl, this);
    SSL_set_info_callback(ssl, &Probe::infoCallback);
    SSL_set_msg_callback(ssl, &Probe::messageCallback);
    SSL_set_msg_callback_arg(ssl, this);
    // The certificate is handed over only when the server asks for it, which is how the request is noticed.
    SSL_set_cert_cb(ssl, &Probe::certCallback, this);
    // TLS 1.3 servers that ask for the certificate only for some paths do so after the handshake.
    SSL_set_post_handshake_auth(ssl, 1);
    if (m_isIpLiteral) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), m_host.constData());
    } else {
        SSL_set_tlsext_host_name(ssl, m_host.constData());
        SSL_set1_host(ssl, m_host.constData());
    }
    SSL_set_connect_state(ssl);
    for (;;) {
        ERR_clear_error();
        const int result = SSL_connect(ssl);
        if (result == 1)
            break;
        const int error = SSL_get_error(ssl, result);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (!waitForSsl(error, Phase::Handshake))
                return false;
            continue;
        }
        const int systemError = errno;
        QString reason = takeOpenSslError();
        if (reason.isEmpty() && error == SSL_ERROR_SYSCALL && systemError != 0)
            reason = QString::fromLocal8Bit(std::strerror(systemError));
        stopAfterTlsFailure(Phase::Handshake, reason, error);
        return false;
    }
    m_report.handshakeCompleted = true;
    m_report.tlsVersion = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl))
        m_report.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
    m_report.serverVerified = SSL_get_verify_result(ssl) == X509_V_OK;
    return true;
}

void Probe::exchangeHttp()
{
    SSL* ssl = m_ssl.get();
    QByteArray hostHeader = m_isIpLiteral && m_host.contains(':') ? '[' + m_host + ']' : m_host;
    if (m_request.url.port() > 0 && m_request.url.port() != 443)
        hostHeader += ':' + QByteArray::number(m_request.url.port());
    const QByteArray request = "GET " + m_path + " HTTP/1.1\r\nHost: " + hostHeader +
                               "\r\nUser-Agent: mtls-desk handshake test\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    bool writeFailed = false;
    QString reason;
    int sslError = SSL_ERROR_NONE;
    for (;;) {
        ERR_clear_error();
        const int written = SSL_write(ssl, request.constData(), static_cast<int>(request.size()));
        if (written > 0)
            break;
        sslError = SSL_get_error(ssl, written);
        if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE) {
            if (!waitForSsl(sslError, Phase::Http))
                return;
            continue;
        }
        // TLS 1.3: a server that rejects the certificate may already have sent its alert and closed. Reading
        // below still takes that alert out of the socket, so the report names the rejection.
        reason = takeOpenSslError();
        writeFailed = true;
        break;
    }
    QByteArray response;
    char buffer[4096];
    for (;;) {
        ERR_clear_error();
        const int read = SSL_read(ssl, buffer, sizeof buffer);
        if (read > 0) {
            response.append(buffer, read);
            if (response.contains("\r\n\r\n") || response.size() >= MaxResponseBytes)
                break;
            continue;
        }
        const int error = SSL_get_error(ssl, read);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (!waitForSsl(error, Phase::Http))
                return;
            continue;
        }
        if (error != SSL_ERROR_ZERO_RETURN) {
            const QString readReason = takeOpenSslError();
            if (!readReason.isEmpty())
                reason = readReason;
            sslError = error;
        }
        break;
    }
    const qsizetype lineEnd = response.indexOf("\r\n");
    const QByteArray statusLine = lineEnd < 0 ? response : response.left(lineEnd);
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool numeric = false;
    const int status = parts.size() >= 2 && parts.first().startsWith("HTTP/") ? parts.at(1).toInt(&numeric) : 0;
    if (numeric && status >= 100 && status <= 999) {
        m_report.httpStatus = status;
        m_report.httpReason =
            QString::fromLatin1(statusLine.mid(parts.first().size() + parts.at(1).size() + 2)).trimmed();
        return;
    }
    if (m_report.serverAlert() || (writeFailed && sslError == SSL_ERROR_SSL)) {
        stopAfterTlsFailure(Phase::Http, reason, sslError);
        return;
    }
    m_report.detail = reason;
    if (m_report.clientCertificateSent && m_report.tlsVersion == QLatin1String("TLSv1.3"))
        stop(Verdict::NoHttpResponse,
             Text::tr("The TLS handshake succeeded, but the server closed the connection without an HTTP answer; with "
                      "TLS 1.3 that can mean it rejected the client certificate without saying why."));
    else
        stop(Verdict::NoHttpResponse,
             Text::tr("The TLS handshake succeeded, but the server closed the connection without an HTTP answer."));
}

void Probe::stopAfterTlsFailure(Phase phase, const QString& openSslError, int sslError)
{
    m_report.detail = openSslError;
    if (const TlsAlert* alert = m_report.serverAlert()) {
        if (alert->code == SSL_AD_CERTIFICATE_REQUIRED) {
            stop(Verdict::ClientCertificateRequired);
            return;
        }
        if (isCertificateRejection(alert->code) && m_report.clientCertificateSent) {
            stop(Verdict::ServerRejectedCertificate, alert->sentence());
            return;
        }
        if (alert->code == SSL_AD_HANDSHAKE_FAILURE && m_report.clientCertificateRequested &&
            !m_report.clientCertificateSent) {
            stop(Verdict::ClientCertificateRequired);
            return;
        }
        stop(Verdict::HandshakeFailed, alert->sentence());
        return;
    }
    const long verifyResult = m_ssl ? SSL_get_verify_result(m_ssl.get()) : X509_V_OK;
    if (phase == Phase::Handshake && verifyResult != X509_V_OK) {
        m_report.verifyError = verifyResult;
        m_report.verifyErrorSentence = verifyErrorSentence(verifyResult);
        stop(Verdict::ServerNotTrusted, m_report.verifyErrorSentence);
        return;
    }
    for (const TlsAlert& alert : std::as_const(m_report.alerts)) {
        if (alert.direction == TlsAlert::Direction::Sent && alert.fatal) {
            stop(Verdict::HandshakeFailed, alert.sentence());
            return;
        }
    }
    if (sslError == SSL_ERROR_SYSCALL || sslError == SSL_ERROR_ZERO_RETURN || openSslError.isEmpty()) {
        stop(Verdict::HandshakeFailed,
             m_report.clientCertificateSent
                 ? Text::tr("The server closed the connection during the handshake, after the client certificate was "
                            "sent; it may not accept it.")
                 : Text::tr("The server closed the connection during the TLS handshake; it may not speak TLS on this "
                            "port."));
        return;
    }
    stop(Verdict::HandshakeFailed, Text::tr("The TLS handshake failed: %1.").arg(openSslError));
}

void Probe::matchCaNames()
{
    if (!m_leaf)
        return;
    std::vector<const X509_NAME*> ours{X509_get_issuer_name(m_leaf.get())};
    for (int i = 0; m_chain && i < sk_X509_num(m_chain.get()); ++i) {
        X509* certificate = sk_X509_value(m_chain.get(), i);
        ours.push_back(X509_get_subject_name(certificate));
        ours.push_back(X509_get_issuer_name(certificate));
    }
    for (const X509NamePtr& accepted : m_acceptedNames) {
        for (const X509_NAME* name : ours) {
            if (X509_NAME_cmp(accepted.get(), name) == 0) {
                m_report.chainMatchesAcceptedCa = true;
                m_report.matchedCaName = p12::nameText(accepted.get());
                return;
            }
        }
    }
}

void Probe::finish()
{
    if (m_ssl && m_report.handshakeCompleted && !cancelled()) {
        // A polite close_notify, without waiting for the server's.
        SSL_set_quiet_shutdown(m_ssl.get(), 0);
        SSL_shutdown(m_ssl.get());
    }
    matchCaNames();
    // A handshake that failed after the server's hello still negotiated a version worth showing.
    if (m_ssl && !m_report.handshakeCompleted && (m_sentChain || m_report.clientCertificateRequested))
        m_report.tlsVersion = QString::fromLatin1(SSL_get_version(m_ssl.get()));
    if (m_ssl) {
        if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(m_ssl.get()); chain && sk_X509_num(chain) > 0)
            m_sentChain.reset(X509_chain_up_ref(chain));
    }
    for (int i = 0; m_sentChain && i < sk_X509_num(m_sentChain.get()); ++i)
        m_report.serverChain << describe(sk_X509_value(m_sentChain.get(), i));
    if (!m_stopped) {
        if (!m_report.clientCertificateRequested)
            stop(Verdict::NoClientCertificateRequested);
        else
            stop(Verdict::Ok);
    }
    if (m_report.summary.isEmpty()) {
        switch (m_report.verdict) {
        case Verdict::Ok:
            m_report.summary =
                m_report.clientCertificateSent
                    ? Text::tr("The server accepted the client certificate and answered HTTP %1.")
                          .arg(m_report.httpStatus)
                    : Text::tr(
                          "The server asked for a client certificate but went on without one and answered HTTP %1.")
                          .arg(m_report.httpStatus);
            break;
        case Verdict::NoClientCertificateRequested:
            m_report.summary = Text::tr("The server did not ask for a client certificate: mutual TLS is not enforced "
                                        "at this URL (HTTP %1).")
                                   .arg(m_report.httpStatus);
            break;
        case Verdict::ClientCertificateRequired:
            m_report.summary =
                m_request.sendClientCertificate && m_leaf
                    ? Text::tr("The server requires a client certificate and none was sent: the certificate's key does "
                               "not suit the signature algorithms the server accepts.")
                    : Text::tr("The server requires a client certificate and none was sent.");
            break;
        case Verdict::Cancelled:
            m_report.summary = Text::tr("The test was cancelled.");
            break;
        default:
            m_report.summary = Text::tr("The test failed.");
            break;
        }
    }
    m_report.elapsedMs = m_clock.elapsed();
}

int Probe::verifyCallback(int preverifyOk, X509_STORE_CTX* store)
{
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* probe = ssl ? static_cast<Probe*>(SSL_get_app_data(ssl)) : nullptr;
    // The chain as the server sent it (leaf first): kept for the report even when verification fails.
    if (probe && !probe->m_sentChain) {
        if (STACK_OF(X509)* sent = X509_STORE_CTX_get0_untrusted(store))
            probe->m_sentChain.reset(X509_chain_up_ref(sent));
    }
    return preverifyOk;
}

int Probe::certCallback(SSL* ssl, void* arg)
{
    auto* probe = static_cast<Probe*>(arg);
    HandshakeReport& report = probe->m_report;
    report.clientCertificateRequested = true;
    probe->m_acceptedNames.clear();
    report.acceptedCaNames.clear();
    if (const STACK_OF(X509_NAME)* names = SSL_get0_peer_CA_list(ssl)) {
        for (int i = 0; i < sk_X509_NAME_num(names); ++i) {
            const X509_NAME* name = sk_X509_NAME_value(names, i);
            report.acceptedCaNames << p12::nameText(name);
            probe->m_acceptedNames.emplace_back(X509_NAME_dup(name));
        }
    }
    if (probe->m_request.sendClientCertificate && probe->m_leaf) {
        if (SSL_use_cert_and_key(ssl, probe->m_leaf.get(), probe->m_key.get(), probe->m_chain.get(), 1) != 1)
            return 0;
    }
    return 1;
}

void Probe::infoCallback(const SSL* ssl, int where, int ret)
{
    if (!(where & SSL_CB_ALERT))
        return;
    auto* probe = static_cast<Probe*>(SSL_get_app_data(ssl));
    const int code = ret & 0xff;
    if (!probe || code == SSL_AD_CLOSE_NOTIFY)
        return;
    TlsAlert alert;
    alert.direction = (where & SSL_CB_READ) ? TlsAlert::Direction::Received : TlsAlert::Direction::Sent;
    alert.fatal = ((ret >> 8) & 0xff) == SSL3_AL_FATAL;
    alert.code = code;
    probe->m_report.alerts << alert;
}

// Watches this side's Certificate message: OpenSSL answers a request with an empty one when it has nothing
// suitable, and only the message itself tells whether a certificate really went out.
void Probe::messageCallback(int writeP, int version, int contentType, const void* buffer, size_t length, SSL*,
                            void* arg)
{
    if (!writeP || contentType != SSL3_RT_HANDSHAKE || length < 4)
        return;
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    if (bytes[0] != SSL3_MT_CERTIFICATE)
        return;
    size_t offset = 4;
    if (version == TLS1_3_VERSION) {
        if (length < 5)
            return;
        offset += 1 + bytes[4]; // certificate_request_context
    }
    if (length < offset + 3)
        return;
    const size_t listLength = (size_t(bytes[offset]) << 16) | (size_t(bytes[offset + 1]) << 8) | bytes[offset + 2];
    static_cast<Probe*>(arg)->m_report.clientCertificateSent = listLength > 0;
}

} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::ServerRejectedCertificate:
        return QStringLiteral("server-rejected-certificate");
    case Verdict::ClientCertificateRequired:
        return QStringLiteral("client-certificate-required");
    case Verdict::NoClientCertificateRequested:
        return QStringLiteral("no-client-certificate-requested");
    case Verdict::ServerNotTrusted:
        return QStringLiteral("server-not-trusted");
    case Verdict::HandshakeFailed:
        return QStringLiteral("handshake-failed");
    case Verdict::NoHttpResponse:
        return QStringLiteral("no-http-response");
    case Verdict::ConnectFailed:
        return QStringLiteral("connect-failed");
    case Verdict::Timeout:
        return QStringLiteral("timeout");
    case Verdict::BadP12:
        return QStringLiteral("bad-p12");
    case Verdict::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject PeerCertificate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},           {QStringLiteral("issuer"), issuer},
        {QStringLiteral("commonName"), commonName},     {QStringLiteral("notBefore"), isoUtc(notBefore)},
        {QStringLiteral("notAfter"), isoUtc(notAfter)}, {QStringLiteral("sha256"), sha256},
    };
}

const TlsAlert* HandshakeReport::serverAlert() const
{
    for (const TlsAlert& alert : alerts) {
        if (alert.direction == TlsAlert::Direction::Received && alert.fatal)
            return &alert;
    }
    return nullptr;
}

QJsonObject HandshakeReport::toJson() const
{
    QJsonArray chain;
    for (const PeerCertificate& certificate : serverChain)
        chain.append(certificate.toJson());
    QJsonObject server{{QStringLiteral("chain"), chain}, {QStringLiteral("verified"), serverVerified}};
    if (verifyError != 0) {
        server.insert(QStringLiteral("verifyError"), QJsonObject{{QStringLiteral("code"), qint64(verifyError)},
                                                                 {QStringLiteral("text"), verifyErrorText(verifyError)},
                                                                 {QStringLiteral("sentence"), verifyErrorSentence}});
    }
    QJsonObject client{{QStringLiteral("requested"), clientCertificateRequested},
                       {QStringLiteral("acceptedCaNames"), QJsonArray::fromStringList(acceptedCaNames)},
                       {QStringLiteral("chainMatchesAcceptedCa"), chainMatchesAcceptedCa},
                       {QStringLiteral("matchedCaName"), matchedCaName},
                       {QStringLiteral("sent"), clientCertificateSent}};
    if (!clientCertificate.subject.isEmpty()) {
        client.insert(QStringLiteral("certificate"), clientCertificate.toJson());
        client.insert(QStringLiteral("chainSubjects"), QJsonArray::fromStringList(clientChainSubjects));
    }
    QJsonArray alertList;
    for (const TlsAlert& alert : alerts)
        alertList.append(alert.toJson());
    QJsonObject http{{QStringLiteral("status"), httpStatus}, {QStringLiteral("reason"), httpReason}};
    return QJsonObject{
        {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("address"), address},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("connection"), QJsonObject{{QStringLiteral("handshakeCompleted"), handshakeCompleted},
                                                   {QStringLiteral("tlsVersion"), tlsVersion},
                                                   {QStringLiteral("cipher"), cipher}}},
        {QStringLiteral("server"), server},
        {QStringLiteral("clientCertificate"), client},
        {QStringLiteral("http"), http},
        {QStringLiteral("alerts"), alertList},
    };
}

HandshakeReport HandshakeProbe::run(const HandshakeRequest& request, const std::atomic_bool* cancel)
{
    HandshakeReport report;
    {
        Probe probe(request, cancel);
        report = probe.run();
    }
    // A worker thread (QtConcurrent) may be parked in its pool until the process exits: free OpenSSL's
    // per-thread state (the error queue) now rather than leave it to the thread's end. The main thread keeps it.
    ERR_clear_error();
    if (QCoreApplication::instance() && QThread::currentThread() != QCoreApplication::instance()->thread())
        OPENSSL_thread_stop();
    return report;
}

} // namespace mtlsdesk::tls
