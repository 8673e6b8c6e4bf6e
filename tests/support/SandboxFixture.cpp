#include "SandboxFixture.h"

#include "net/OAuth1.h"

#include <QEventLoop>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

namespace mtlsdesk::test {

namespace {

class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};

HttpResult waitFor(QNetworkReply* rawReply)
{
    const std::unique_ptr<QNetworkReply> reply(rawReply);
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

} // namespace

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxFixture::SandboxFixture(QStringList extraArguments, const QString& dataDir)
    : m_dataDir(dataDir)
    , m_arguments(std::move(extraArguments))
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
    if (!m_arguments.contains(QStringLiteral("--rate-limit")))
        m_arguments << QStringLiteral("--rate-limit") << QStringLiteral("10000");
    m_nam.setAutoDeleteReplies(false);
    // Tests send cookies explicitly (Session_id for refresh and logout); a jar would send them on its own.
    m_nam.setCookieJar(new NoCookieJar(&m_nam));
}

SandboxFixture::~SandboxFixture()
{
    stop();
}

bool SandboxFixture::start()
{
    m_launcher = std::make_unique<SandboxLauncher>();
    m_launcher->setProgram(QString::fromUtf8(MTLSDESK_SANDBOX_PROGRAM));
    m_launcher->setDataDir(m_dataDir);
    m_launcher->setAttachToRunning(false);
    m_launcher->setDieWithParent(true);
    m_launcher->setExtraArguments(m_arguments);
    if (!m_launcher->waitForReady(30000)) {
        qWarning("mtls-sandbox did not start: %s", qPrintable(m_launcher->failureDetail()));
        return false;
    }
    m_nam.clearConnectionCache();
    return true;
}

void SandboxFixture::stop()
{
    if (m_launcher)
        m_launcher->stop();
    m_nam.clearConnectionCache();
}

QUrl SandboxFixture::url(const QString& pathAndQuery) const
{
    return QUrl(info().baseUrl.toString() + pathAndQuery);
}

QSslConfiguration SandboxFixture::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(info().caFile, QSsl::Pem));
    return configuration;
}

HttpResult SandboxFixture::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(15000);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return waitFor(m_nam.sendCustomRequest(request, verb, body));
}

HttpResult SandboxFixture::postJson(const QString& pathAndQuery, const QByteArray& body,
                                    const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.prepend({"Content-Type", "application/json"});
    all.prepend({"Accept", "application/json"});
    return send("POST", url(pathAndQuery), body, all);
}

HttpResult SandboxFixture::get(const QString& pathAndQuery, const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.prepend({"Accept", "application/json"});
    return send("GET", url(pathAndQuery), {}, all);
}

QByteArray SandboxFixture::loginBearer()
{
    const QJsonObject credentials{{QStringLiteral("username"), info().username},
                                  {QStringLiteral("password"), info().password}};
    const HttpResult result = postJson(QStringLiteral("/api/account/%1/login?v=1.3").arg(info().accountId),
                                       QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    if (result.status != 200)
        return {};
    return QJsonDocument::fromJson(result.body).object().value(QStringLiteral("bearer")).toString().toUtf8();
}

HttpResult SandboxFixture::sendMultipart(const QByteArray& verb, const QString& pathAndQuery, const QList<Part>& parts,
                                         const HeaderList& headers)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(30000);
    request.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const Part& part : parts) {
        QHttpPart httpPart;
        QByteArray disposition = "form-data; name=\"" + part.name + '"';
        if (!part.filename.isEmpty())
            disposition += "; filename=\"" + part.filename + '"';
        httpPart.setRawHeader("Content-Disposition", disposition);
        if (!part.contentType.isEmpty())
            httpPart.setRawHeader("Content-Type", part.contentType);
        httpPart.setBody(part.data);
        multiPart->append(httpPart);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, multiPart);
    multiPart->setParent(reply);
    return waitFor(reply);
}

HttpResult SandboxFixture::sendJson(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                                    const HeaderList& headers)
{
    auto all = headers;
    all.prepend({"Content-Type", "application/json"});
    all.prepend({"Accept", "application/json"});
    return send(verb, url(pathAndQuery), body, all);
}

QByteArray SandboxFixture::oauth1(const QByteArray& verb, const QString& pathAndQuery) const
{
    return OAuth1Signer::authorizationHeader(verb, url(pathAndQuery), info().appKey);
}

HttpResult SandboxFixture::sendWith(const QSslConfiguration& configuration, const QByteArray& verb, const QUrl& url,
                                    const QByteArray& body, const HeaderList& headers)
{
    QNetworkAccessManager nam;
    nam.setAutoDeleteReplies(false);
    QNetworkRequest request(url);
    request.setSslConfiguration(configuration);
    request.setTransferTimeout(15000);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return waitFor(nam.sendCustomRequest(request, verb, body));
}

bool SandboxFixture::clientSslConfiguration(const QString& p12Path, const QByteArray& password,
                                            QSslConfiguration* configuration) const
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, password))
        return false;
    *configuration = sslConfiguration();
    configuration->setPrivateKey(key);
    configuration->setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    return true;
}

qint64 SandboxFixture::uploadDemoCertificate(const QString& name, const QByteArray& bearer)
{
    const QJsonObject fields{{QStringLiteral("name"), name}, {QStringLiteral("password"), info().demoP12Password}};
    const HttpResult result = sendMultipart(
        "POST", QStringLiteral("/mtls/account/%1/certificates/by-file").arg(info().accountId),
        {Part::file("file", readFile(info().demoP12)),
         Part::text("certificate", QJsonDocument(fields).toJson(QJsonDocument::Compact), "application/json")},
        {{"Authorization", "Bearer " + bearer}});
    if (result.status != 201)
        return 0;
    return QJsonDocument::fromJson(result.body)
        .object()
        .value(QLatin1String("successfulySavedCertificates"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toInteger();
}

quint16 unusedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace mtlsdesk::test
