#pragma once

// A real mtls-sandbox for one test: a fresh data dir, a free port, the demo account from its ready line,
// and a QNetworkAccessManager configuration that trusts exactly the sandbox's CA.

#include "env/SandboxLauncher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <memory>

namespace mtlsdesk::test {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const;
};

// One part of a multipart/form-data body; a filename makes it a file part.
struct Part
{
    QByteArray name;
    QByteArray data;
    QByteArray filename;
    QByteArray contentType;

    static Part file(const QByteArray& name, const QByteArray& data, const QByteArray& filename = "upload.p12")
    {
        return Part{name, data, filename, "application/x-pkcs12"};
    }
    static Part text(const QByteArray& name, const QByteArray& data, const QByteArray& contentType = {})
    {
        return Part{name, data, {}, contentType};
    }
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// A loopback port on which nothing listens (bound once, then released): for "connection refused" cases.
quint16 unusedLocalPort();
// The whole file, or empty when it cannot be read.
QByteArray readFile(const QString& path);

class SandboxFixture
{
public:
    // Extra arguments for mtls-sandbox (e.g. {"--token-ttl", "2"}). By default the throttle is raised so that
    // tests other than the throttle test are not paced; pass "--rate-limit" yourself to test it.
    explicit SandboxFixture(QStringList extraArguments = {}, const QString& dataDir = {});
    ~SandboxFixture();

    bool start();
    void stop();
    const SandboxInfo& info() const { return m_launcher->info(); }
    QString dataDir() const { return m_dataDir; }
    QString failure() const { return m_launcher->failureDetail(); }
    QUrl url(const QString& pathAndQuery) const;
    QSslConfiguration sslConfiguration() const;

    // Blocking helpers (a local event loop) for sandbox tests.
    HttpResult send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpResult postJson(const QString& pathAndQuery, const QByteArray& body,
                        const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QString& pathAndQuery, const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    // Logs in the demo user; returns the bearer (empty on failure).
    QByteArray loginBearer();

    // A multipart/form-data request (QHttpMultiPart) to this sandbox.
    HttpResult sendMultipart(const QByteArray& verb, const QString& pathAndQuery, const QList<Part>& parts,
                             const HeaderList& headers = {});
    // A JSON body with Content-Type application/json, any verb.
    HttpResult sendJson(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                        const HeaderList& headers = {});
    // The OAuth1 Authorization header for `verb` on `pathAndQuery`, signed with the demo AppKey.
    QByteArray oauth1(const QByteArray& verb, const QString& pathAndQuery) const;

    // A request with its own TLS configuration (e.g. a client certificate for the mTLS target), on a fresh
    // QNetworkAccessManager so that no connection or TLS session of another identity is reused.
    static HttpResult sendWith(const QSslConfiguration& configuration, const QByteArray& verb, const QUrl& url,
                               const QByteArray& body = {}, const HeaderList& headers = {});
    // Trusts the sandbox CA and presents the key and certificates of `p12Path` (chain included); false when the
    // file does not open with `password`.
    bool clientSslConfiguration(const QString& p12Path, const QByteArray& password,
                                QSslConfiguration* configuration) const;

    // Uploads the demo client P12 as certificate `name` (by file, with `bearer`); its id, or 0 on failure.
    qint64 uploadDemoCertificate(const QString& name, const QByteArray& bearer);

    QNetworkAccessManager& network() { return m_nam; }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QStringList m_arguments;
    std::unique_ptr<SandboxLauncher> m_launcher;
    QNetworkAccessManager m_nam;
};

} // namespace mtlsdesk::test
