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

    QNetworkAccessManager& network() { return m_nam; }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QStringList m_arguments;
    std::unique_ptr<SandboxLauncher> m_launcher;
    QNetworkAccessManager m_nam;
};

} // namespace mtlsdesk::test
