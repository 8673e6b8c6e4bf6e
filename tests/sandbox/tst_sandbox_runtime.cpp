// The runtime methods of mtls-sandbox (contract sections 6 and 7) and activate mapping (section 4.6): check mapping
// in its three forms (OAuth1 only, the v1 Java keys, request order, the 1000-triplet limit, what "exists" means),
// forward (a real mTLS call with the mapped certificate to the sandbox's mTLS target, the remote answer passed on,
// 424 on transport failures, 500 or plain TLS without a mapping), the runtime cache (--cache-seconds: changes reach
// runtime late, configuration at once), activate mapping with and without URL validation, and the throttle on the
// runtime endpoints. The certificates are the sandbox's demo client P12, the mappings are made on ac-common.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include "p12/P12Inspector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

enum class Auth
{
    OAuth1,
    Bearer,
    None
};

QString messageOf(const HttpResult& result)
{
    return errorOf(result).value(QLatin1String("message")).toString();
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The body of activate mapping.
QJsonObject activation(const QString& serviceName, const QString& url)
{
    return QJsonObject{{QStringLiteral("serviceName"), serviceName}, {QStringLiteral("url"), url}};
}

QJsonArray arrayOf(const HttpResult& result)
{
    return QJsonDocument::fromJson(result.body).array();
}

qint64 idOf(const QJsonValue& value)
{
    return value.toObject().value(QLatin1String("id")).toInteger();
}

// The ready line as the sandbox wrote it to DIR/ready.json (SandboxInfo has no field for cacheSeconds).
QJsonObject readyLine(const SandboxFixture& sandbox)
{
    return jsonObject(readFile(QDir(sandbox.dataDir()).filePath(QStringLiteral("ready.json"))));
}

// The runtime and configuration calls of one sandbox, with the credentials each endpoint takes.
class RuntimeClient
{
public:
    explicit RuntimeClient(SandboxFixture& sandbox)
        : m_sandbox(sandbox)
        , m_bearer(sandbox.loginBearer())
    {
    }

    bool hasBearer() const { return !m_bearer.isEmpty(); }
    QByteArray bearer() const { return m_bearer; }
    QString accountId() const { return m_sandbox.info().accountId; }

    // POST `pathAndQuery` with a JSON body.
    HttpResult postJson(const QString& pathAndQuery, const QByteArray& body, Auth auth = Auth::OAuth1,
                        const HeaderList& headers = {})
    {
        return m_sandbox.postJson(pathAndQuery, body, headers + authorization(auth, "POST", pathAndQuery));
    }

    // Check mapping, old form: POST /mtls/mapping with `query` ("v=2", or empty for the default).
    HttpResult checkTriplets(const QJsonArray& triplets, const QString& query = {}, Auth auth = Auth::OAuth1)
    {
        return postJson(QStringLiteral("/mtls/mapping") + (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                        compact(triplets), auth);
    }

    // Check mapping, new form, for the account in the path.
    HttpResult checkServiceUrls(const QJsonArray& pairs, Auth auth = Auth::OAuth1)
    {
        return postJson(QStringLiteral("/api/account/%1/checks/serviceUrlMappings").arg(accountId()), compact(pairs),
                        auth);
    }

    // v2 of check mapping for one triplet of this account; nullopt when the call failed.
    std::optional<bool> exists(const QString& serviceName, const QString& url)
    {
        const HttpResult result = checkTriplets({triplet(serviceName, url)}, QStringLiteral("v=2"));
        if (result.status != 200 || arrayOf(result).size() != 1)
            return std::nullopt;
        return arrayOf(result).first().toObject().value(QLatin1String("doExist")).toBool();
    }

    QJsonObject triplet(const QString& serviceName, const QString& url, const QString& accountId = {}) const
    {
        return QJsonObject{{QStringLiteral("serviceName"), serviceName},
                           {QStringLiteral("accountId"), accountId.isEmpty() ? this->accountId() : accountId},
                           {QStringLiteral("url"), url}};
    }

    // Forward: `verb` on /mtls/account/{acc} with the LP-* `headers`.
    HttpResult forward(const QByteArray& verb, const HeaderList& headers, const QByteArray& body = {},
                       Auth auth = Auth::OAuth1)
    {
        const QString path = QStringLiteral("/mtls/account/%1").arg(accountId());
        return m_sandbox.send(verb, m_sandbox.url(path), body, headers + authorization(auth, verb, path));
    }

    // An ac-common mapping made with the Bearer; its id, or 0 on failure.
    qint64 createMapping(const QString& name, const QString& serviceId, const QString& url, qint64 certificateId,
                         bool enable = true)
    {
        const QJsonObject mapping{{QStringLiteral("name"), name},
                                  {QStringLiteral("certificationId"), QString::number(certificateId)},
                                  {QStringLiteral("serviceId"), serviceId},
                                  {QStringLiteral("enable"), enable},
                                  {QStringLiteral("url"), url}};
        const HttpResult result = postJson(mappingsPath(), compact({mapping}), Auth::Bearer);
        if (result.status != 201) {
            qWarning("mapping %s was not created: %d %s", qPrintable(name), result.status, result.body.constData());
            return 0;
        }
        return idOf(arrayOf(result).first());
    }

    HttpResult listMappings()
    {
        return m_sandbox.get(mappingsPath(), authorization(Auth::Bearer, "GET", mappingsPath()));
    }

    // Whether a live mapping has `url`.
    bool hasMapping(const QString& url)
    {
        const QJsonArray all = arrayOf(listMappings());
        return std::any_of(all.cbegin(), all.cend(), [&](const QJsonValue& value) {
            return value.toObject().value(QLatin1String("url")).toString() == url;
        });
    }

    QString mappingsPath() const
    {
        return QStringLiteral("/api/account/%1/configuration/ac-common/mtls?v=3.0").arg(accountId());
    }

    // Activate mapping for certificate `certificateId` with `query` (e.g. "isValidateUrlEnabled=true").
    HttpResult activate(qint64 certificateId, const QJsonObject& body, const QString& query = {},
                        Auth auth = Auth::Bearer)
    {
        const QString path =
            QStringLiteral("/mtls/account/%1/certificates/activate/%2").arg(accountId()).arg(certificateId) +
            (query.isEmpty() ? QString() : QLatin1Char('?') + query);
        return postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact), auth);
    }

    int certificateStatus(const QByteArray& verb, qint64 certificateId)
    {
        const QString path = QStringLiteral("/mtls/account/%1/certificates/%2").arg(accountId()).arg(certificateId);
        return m_sandbox.send(verb, m_sandbox.url(path), {}, authorization(Auth::Bearer, verb, path)).status;
    }

    // The Authorization header for `auth`; none for Auth::None.
    HeaderList authorization(Auth auth, const QByteArray& verb, const QString& path) const
    {
        switch (auth) {
        case Auth::OAuth1:
            return {{"Authorization", m_sandbox.oauth1(verb, path)}};
        case Auth::Bearer:
            return {{"Authorization", "Bearer " + m_bearer}};
        case Auth::None:
            break;
        }
        return {};
    }

private:
    SandboxFixture& m_sandbox;
    QByteArray m_bearer;
};

} // namespace

class TestSandboxRuntime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void readyLineAnnouncesCache();
    void checkV1KeysParseBack();
    void checkV2KeepsOrder();
    void checkServiceUrlMappings();
    void checkEmptyBatch();
    void checkIsOAuth1Only();
    void checkOtherAccountIsForbidden();
    void checkBadRequest_data();
    void checkBadRequest();
    void checkLimit();

    void forwardGetWithMappedCertificate();
    void forwardBody_data();
    void forwardBody();
    void forwardPassesRemoteAnswerOn();
    void forwardUnreachableIs424();
    void forwardWithoutMappingStops_data();
    void forwardWithoutMappingStops();
    void forwardWithoutMappingUsesPlainTls();
    void forwardIsOAuth1Only();
    void forwardBadHeaders_data();
    void forwardBadHeaders();
    void forwardPathTakesNoSuffix();
    void forwardRefusesMultipart();

    void activateCreatesMapping();
    void activateValidatesUrl();
    void activateRefusals();

    void runtimeCacheDelaysChanges();
    void throttleAppliesToRuntime();

private:
    QString targetUrl(const QString& pathAndQuery) const
    {
        return m_sandbox->info().targetUrl.toString() + pathAndQuery;
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RuntimeClient> m_client;
    qint64 m_certificateId = 0;
    QString m_demoSha256;
    // Mappings made in initTestCase(), by what they stand for.
    QString m_specialUrl;  // IDP, with a query, a comma, quotes and encoded spaces
    QString m_forwardUrl;  // IDP, on the mTLS target, with an encoded space in the query
    QString m_disabledUrl; // WEBHOOKS, enable false
    QString m_deletedUrl;  // TEST_SERVICE, its certificate deleted
};

void TestSandboxRuntime::initTestCase()
{
    // No runtime cache here, so that every check and forward sees the mappings at once; the cache has its own test.
    m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--cache-seconds"), QStringLiteral("0")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_client = std::make_unique<RuntimeClient>(*m_sandbox);
    QVERIFY(m_client->hasBearer());
    m_certificateId = m_sandbox->uploadDemoCertificate(QStringLiteral("runtime"), m_client->bearer());
    QVERIFY(m_certificateId > 0);
    const p12::Report report =
        p12::P12Inspector::inspect(readFile(m_sandbox->info().demoP12), m_sandbox->info().demoP12Password.toUtf8());
    QVERIFY(!report.certificates.isEmpty());
    m_demoSha256 = report.certificates.first().sha256;

    m_specialUrl = QStringLiteral("https://partner.example/api/token?scope=read,write&name=o'brien&q=%22a%20b%22");
    m_forwardUrl = targetUrl(QStringLiteral("/partner/token?scope=a%20b"));
    m_disabledUrl = QStringLiteral("https://partner.example/hooks");
    m_deletedUrl = QStringLiteral("https://partner.example/retired");
    QVERIFY(m_client->createMapping(QStringLiteral("special"), QStringLiteral("1"), m_specialUrl, m_certificateId));
    QVERIFY(m_client->createMapping(QStringLiteral("forward"), QStringLiteral("1"), m_forwardUrl, m_certificateId));
    QVERIFY(m_client->createMapping(QStringLiteral("disabled"), QStringLiteral("2"), m_disabledUrl, m_certificateId,
                                    false));
    const qint64 retired = m_sandbox->uploadDemoCertificate(QStringLiteral("retired"), m_client->bearer());
    QVERIFY(retired > 0);
    QVERIFY(m_client->createMapping(QStringLiteral("retired"), QStringLiteral("0"), m_deletedUrl, retired));
    QCOMPARE(m_client->certificateStatus("DELETE", retired), 200);
}

void TestSandboxRuntime::readyLineAnnouncesCache()
{
    const QJsonObject ready = readyLine(*m_sandbox);
    QVERIFY(ready.value(QLatin1String("cacheSeconds")).isDouble());
    QCOMPARE(ready.value(QLatin1String("cacheSeconds")).toInt(), 0);
}

void TestSandboxRuntime::checkV1KeysParseBack()
{
    const QString account = m_client->accountId();
    struct Expected
    {
        QString serviceName;
        QString url;
        bool exists;
    };
    const QList<Expected> expected{
        {QStringLiteral("IDP"), m_specialUrl, true},
        {QStringLiteral("1"), m_forwardUrl, true},                       // the numeric id stands for the name
        {QStringLiteral("WEBHOOKS"), m_specialUrl, false},               // another service
        {QStringLiteral("IDP"), m_specialUrl + QLatin1Char('&'), false}, // another URL, byte for byte
        {QStringLiteral("IDP"),
         QStringLiteral("https://PARTNER.example/api/token?scope=read,write&name=o'brien&q=%22a%20b%22"), false},
        {QStringLiteral("WEBHOOKS"), m_disabledUrl, false},    // disabled mapping
        {QStringLiteral("TEST_SERVICE"), m_deletedUrl, false}, // deleted certificate
        {QStringLiteral("FAAS"), m_specialUrl, false},         // unknown service name
        {QStringLiteral("idp"), m_specialUrl, false},          // names are case-sensitive
    };
    QJsonArray body;
    for (const Expected& item : expected)
        body.append(m_client->triplet(item.serviceName, item.url));
    body.append(body.first()); // an identical triplet collapses into the same key

    for (const QString& query : {QString(), QStringLiteral("v=1")}) {
        const HttpResult result = m_client->checkTriplets(body, query);
        QVERIFY2(result.status == 200, result.body.constData());
        const QJsonObject answer = jsonObject(result.body);
        QCOMPARE(answer.size(), expected.size());
        static const QRegularExpression key(
            QStringLiteral(R"(^CertificateMappingParamters\{serviceName='(.*?)', accountId='(.*?)', url='(.*)'\}$)"));
        QList<Expected> seen;
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
            const QRegularExpressionMatch match = key.match(it.key());
            QVERIFY2(match.hasMatch(), qPrintable(it.key()));
            QCOMPARE(match.captured(2), account);
            QVERIFY(it.value().isBool());
            seen.append({match.captured(1), match.captured(3), it.value().toBool()});
        }
        for (const Expected& item : expected) {
            const auto found = std::find_if(seen.cbegin(), seen.cend(), [&](const Expected& s) {
                return s.serviceName == item.serviceName && s.url == item.url;
            });
            QVERIFY2(found != seen.cend(), qPrintable(item.serviceName + QLatin1Char(' ') + item.url));
            QVERIFY2(found->exists == item.exists, qPrintable(item.serviceName + QLatin1Char(' ') + item.url));
        }
    }
    // The exact text of one key, misspelling included.
    const HttpResult one = m_client->checkTriplets({m_client->triplet(QStringLiteral("IDP"), m_specialUrl)});
    QCOMPARE(jsonObject(one.body).keys(),
             QStringList{QStringLiteral("CertificateMappingParamters{serviceName='IDP', accountId='%1', url='%2'}")
                             .arg(account, m_specialUrl)});
}

void TestSandboxRuntime::checkV2KeepsOrder()
{
    const QJsonArray body{m_client->triplet(QStringLiteral("WEBHOOKS"), m_disabledUrl),
                          m_client->triplet(QStringLiteral("IDP"), m_specialUrl),
                          m_client->triplet(QStringLiteral("TEST_SERVICE"), m_deletedUrl),
                          m_client->triplet(QStringLiteral("IDP"), m_forwardUrl),
                          m_client->triplet(QStringLiteral("WEBHOOKS"), m_disabledUrl)};
    const QList<bool> exists{false, true, false, true, false};
    const HttpResult result = m_client->checkTriplets(body, QStringLiteral("v=2"));
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonArray answer = arrayOf(result);
    QCOMPARE(answer.size(), body.size());
    for (qsizetype i = 0; i < answer.size(); ++i) {
        QJsonObject expected = body.at(i).toObject();
        expected.insert(QStringLiteral("doExist"), exists.at(i));
        QCOMPARE(answer.at(i).toObject(), expected);
    }
}

void TestSandboxRuntime::checkServiceUrlMappings()
{
    const auto pair = [](const QString& serviceName, const QString& url) {
        return QJsonObject{{QStringLiteral("serviceName"), serviceName}, {QStringLiteral("url"), url}};
    };
    const QJsonArray body{pair(QStringLiteral("TEST_SERVICE"), m_deletedUrl), pair(QStringLiteral("IDP"), m_forwardUrl),
                          pair(QStringLiteral("WEBHOOKS"), m_disabledUrl), pair(QStringLiteral("IDP"), m_specialUrl)};
    const QList<bool> exists{false, true, false, true};
    const HttpResult result = m_client->checkServiceUrls(body);
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonArray answer = arrayOf(result);
    QCOMPARE(answer.size(), body.size());
    for (qsizetype i = 0; i < answer.size(); ++i) {
        QJsonObject expected = body.at(i).toObject();
        expected.insert(QStringLiteral("exist"), exists.at(i));
        QCOMPARE(answer.at(i).toObject(), expected);
    }
}

void TestSandboxRuntime::checkEmptyBatch()
{
    const HttpResult v1 = m_client->checkTriplets({});
    QCOMPARE(v1.status, 200);
    QVERIFY(QJsonDocument::fromJson(v1.body).isObject());
    QVERIFY(jsonObject(v1.body).isEmpty());
    const HttpResult v2 = m_client->checkTriplets({}, QStringLiteral("v=2"));
    QCOMPARE(v2.status, 200);
    QVERIFY(QJsonDocument::fromJson(v2.body).isArray());
    QVERIFY(arrayOf(v2).isEmpty());
    const HttpResult pairs = m_client->checkServiceUrls({});
    QCOMPARE(pairs.status, 200);
    QVERIFY(QJsonDocument::fromJson(pairs.body).isArray());
    QVERIFY(arrayOf(pairs).isEmpty());
}

void TestSandboxRuntime::checkIsOAuth1Only()
{
    const QJsonArray triplets{m_client->triplet(QStringLiteral("IDP"), m_specialUrl)};
    const QJsonArray pairs{
        QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("IDP")}, {QStringLiteral("url"), m_specialUrl}}};
    MTLS_VERIFY_JSON_ERROR(m_client->checkTriplets(triplets, {}, Auth::Bearer), 403, 36);
    MTLS_VERIFY_JSON_ERROR(m_client->checkTriplets(triplets, QStringLiteral("v=2"), Auth::Bearer), 403, 36);
    MTLS_VERIFY_JSON_ERROR(m_client->checkServiceUrls(pairs, Auth::Bearer), 403, 36);
    const HttpResult anonymous = m_client->checkTriplets(triplets, {}, Auth::None);
    MTLS_VERIFY_JSON_ERROR(anonymous, 401, 30);
    QVERIFY(!anonymous.header("WWW-Authenticate").isEmpty());
    MTLS_VERIFY_JSON_ERROR(m_client->checkServiceUrls(pairs, Auth::None), 401, 30);
    // A signature that does not match the request is still refused on the path without an account.
    MTLS_VERIFY_JSON_ERROR(
        m_sandbox->postJson(QStringLiteral("/mtls/mapping?v=2"), compact(triplets),
                            {{"Authorization", m_sandbox->oauth1("POST", QStringLiteral("/mtls/mapping"))}}),
        401, 46);
}

void TestSandboxRuntime::checkOtherAccountIsForbidden()
{
    const QJsonArray body{m_client->triplet(QStringLiteral("IDP"), m_specialUrl),
                          m_client->triplet(QStringLiteral("IDP"), m_specialUrl, QStringLiteral("12345678"))};
    for (const QString& query : {QString(), QStringLiteral("v=2")}) {
        const HttpResult result = m_client->checkTriplets(body, query);
        MTLS_VERIFY_JSON_ERROR(result, 403, 37);
        QVERIFY2(messageOf(result).startsWith(QLatin1String("Item 2 of 2: ")), qPrintable(messageOf(result)));
        QVERIFY2(messageOf(result).contains(QLatin1String("12345678")), qPrintable(messageOf(result)));
        QVERIFY2(messageOf(result).contains(m_client->accountId()), qPrintable(messageOf(result)));
    }
}

void TestSandboxRuntime::checkBadRequest_data()
{
    QTest::addColumn<bool>("newForm"); // /api/account/{acc}/checks/serviceUrlMappings instead of /mtls/mapping
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("internalCode");
    QTest::addColumn<QString>("fragment"); // the message names the problem
    const QByteArray good = R"([{"serviceName":"IDP","accountId":"%1","url":"https://a.example/"}])";
    QTest::newRow("v=3") << false << QStringLiteral("v=3") << good << 22 << QStringLiteral("v=2");
    QTest::newRow("v empty") << false << QStringLiteral("v=") << good << 22 << QStringLiteral("v=1");
    QTest::newRow("not JSON") << false << QString() << QByteArray("[{") << 23 << QStringLiteral("not valid JSON");
    QTest::newRow("object, not array") << false << QString() << QByteArray(R"({"serviceName":"IDP"})") << 23
                                       << QStringLiteral("array");
    QTest::newRow("element not an object")
        << false << QStringLiteral("v=2") << QByteArray("[1]") << 23 << QStringLiteral("object");
    QTest::newRow("url missing") << false << QString() << QByteArray(R"([{"serviceName":"IDP","accountId":"%1"}])")
                                 << 24 << QStringLiteral("\"url\"");
    QTest::newRow("accountId a number") << false << QStringLiteral("v=2")
                                        << QByteArray(R"([{"serviceName":"IDP","accountId":1,"url":"https://a/"}])")
                                        << 24 << QStringLiteral("\"accountId\"");
    QTest::newRow("second element without serviceName")
        << false << QString()
        << QByteArray(R"([{"serviceName":"IDP","accountId":"%1","url":"https://a/"},{"accountId":"%1","url":"x"}])")
        << 24 << QStringLiteral("Item 2 of 2: \"serviceName\"");
    QTest::newRow("new form: serviceName missing")
        << true << QString() << QByteArray(R"([{"url":"https://a/"}])") << 24 << QStringLiteral("\"serviceName\"");
    QTest::newRow("new form: not JSON") << true << QString() << QByteArray("nope") << 23
                                        << QStringLiteral("not valid JSON");
}

void TestSandboxRuntime::checkBadRequest()
{
    QFETCH(bool, newForm);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, internalCode);
    QFETCH(QString, fragment);
    body.replace("%1", m_client->accountId().toUtf8());
    const QString path =
        newForm ? QStringLiteral("/api/account/%1/checks/serviceUrlMappings").arg(m_client->accountId())
                : QStringLiteral("/mtls/mapping") + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    const HttpResult result = m_client->postJson(path, body);
    MTLS_VERIFY_JSON_ERROR(result, 400, internalCode);
    QVERIFY2(messageOf(result).contains(fragment), qPrintable(messageOf(result)));
}

void TestSandboxRuntime::checkLimit()
{
    QJsonArray triplets;
    for (int i = 0; i < 1000; ++i)
        triplets.append(m_client->triplet(QStringLiteral("IDP"), QStringLiteral("https://a.example/%1").arg(i)));
    const HttpResult full = m_client->checkTriplets(triplets, QStringLiteral("v=2"));
    QVERIFY2(full.status == 200, full.body.left(300).constData());
    QCOMPARE(arrayOf(full).size(), 1000);

    triplets.append(m_client->triplet(QStringLiteral("IDP"), m_specialUrl));
    const HttpResult tooMany = m_client->checkTriplets(triplets, QStringLiteral("v=2"));
    MTLS_VERIFY_JSON_ERROR(tooMany, 413, 60);
    QVERIFY2(messageOf(tooMany).contains(QLatin1String("1000")), qPrintable(messageOf(tooMany)));
    QJsonArray pairs;
    for (const QJsonValue& triplet : triplets)
        pairs.append(QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("IDP")},
                                 {QStringLiteral("url"), triplet.toObject().value(QLatin1String("url"))}});
    MTLS_VERIFY_JSON_ERROR(m_client->checkServiceUrls(pairs), 413, 60);
}

void TestSandboxRuntime::forwardGetWithMappedCertificate()
{
    // cpp-httplib hands header values over percent-decoded; the mapping still matches, and the call goes to the
    // mapping's URL as written (the echoed query keeps its %20).
    const HttpResult result = m_client->forward("GET", {{"LP-forward-url", m_forwardUrl.toUtf8()},
                                                        {"LP-service-name", "IDP"},
                                                        {"LP-authorization-override", "Bearer partner-secret"},
                                                        {"X-Request-Id", "runtime-1"}});
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonObject echo = jsonObject(result.body);
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/partner/token"));
    QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("scope=a%20b"));
    const QJsonObject sent = echo.value(QLatin1String("headers")).toObject();
    QCOMPARE(sent.value(QLatin1String("Authorization")).toString(), QStringLiteral("Bearer partner-secret"));
    QCOMPARE(sent.value(QLatin1String("X-Request-Id")).toString(), QStringLiteral("runtime-1"));
    QCOMPARE(sent.value(QLatin1String("Host")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(m_sandbox->info().targetUrl.port()));
    for (const QString& name : sent.keys())
        QVERIFY2(!name.startsWith(QLatin1String("LP-"), Qt::CaseInsensitive), qPrintable(name));
    const QJsonObject client = echo.value(QLatin1String("clientCertificate")).toObject();
    QCOMPARE(client.value(QLatin1String("sha256")).toString(), m_demoSha256);
    QVERIFY(client.value(QLatin1String("subject")).toString().contains(QLatin1String("CN=mTLS Desk demo client")));
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
}

void TestSandboxRuntime::forwardBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("POST JSON") << QByteArray("POST") << QByteArray("application/json")
                               << QByteArray("{\"grant_type\":\"client_credentials\",\"note\":\"Gr\xc3\xbc\xc3\x9f"
                                             "e \\\"q\\\"\\n\"}\n");
    // (A form-encoded body would have to be signed into the OAuth1 signature, which the fixture's signer does not do.)
    QTest::newRow("POST XML") << QByteArray("POST") << QByteArray("application/xml")
                              << QByteArray("<token scope=\"a b\">&amp;\xc3\xa9</token>");
    QTest::newRow("PUT text") << QByteArray("PUT") << QByteArray("text/plain; charset=utf-8")
                              << QByteArray("line one\r\nline two\t\xe2\x82\xac");
    QTest::newRow("DELETE JSON") << QByteArray("DELETE") << QByteArray("application/json") << QByteArray("[1,2,3]");
}

void TestSandboxRuntime::forwardBody()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    // Without LP-service-name any enabled mapping of the URL counts.
    const HttpResult result = m_client->forward(verb,
                                                {{"LP-forward-url", m_forwardUrl.toUtf8()},
                                                 {"LP-authorization-override", "Basic cGFydG5lcjpzZWNyZXQ="},
                                                 {"Content-Type", contentType}},
                                                body);
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonObject echo = jsonObject(result.body);
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QString::fromLatin1(verb));
    QCOMPARE(echo.value(QLatin1String("body")).toString().toUtf8(), body);
    const QJsonObject sent = echo.value(QLatin1String("headers")).toObject();
    QCOMPARE(sent.value(QLatin1String("Content-Type")).toString().toUtf8(), contentType);
    QCOMPARE(sent.value(QLatin1String("Content-Length")).toString(), QString::number(body.size()));
    QCOMPARE(sent.value(QLatin1String("Authorization")).toString(), QStringLiteral("Basic cGFydG5lcjpzZWNyZXQ="));
    QCOMPARE(echo.value(QLatin1String("clientCertificate")).toObject().value(QLatin1String("sha256")).toString(),
             m_demoSha256);
}

void TestSandboxRuntime::forwardPassesRemoteAnswerOn()
{
    // A mapping to the sandbox's own main listener (it does not ask for a client certificate, so the mTLS call
    // succeeds): GET on check mapping's path is answered 405 with Allow, which forward passes on unchanged.
    const QString remote = m_sandbox->info().baseUrl.toString() + QStringLiteral("/mtls/mapping");
    QVERIFY(m_client->createMapping(QStringLiteral("remote status"), QStringLiteral("0"), remote, m_certificateId));
    const HttpResult result =
        m_client->forward("GET", {{"LP-forward-url", remote.toUtf8()}, {"LP-service-name", "TEST_SERVICE"}});
    MTLS_VERIFY_JSON_ERROR(result, 405, 53);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
    QVERIFY2(messageOf(result).contains(QLatin1String("GET is not allowed")), qPrintable(messageOf(result)));
}

void TestSandboxRuntime::forwardUnreachableIs424()
{
    const QString closed = QStringLiteral("https://127.0.0.1:%1/token").arg(unusedLocalPort());
    QVERIFY(m_client->createMapping(QStringLiteral("closed port"), QStringLiteral("1"), closed, m_certificateId));
    const HttpResult result = m_client->forward("POST",
                                                {{"LP-forward-url", closed.toUtf8()},
                                                 {"LP-service-name", "IDP"},
                                                 {"LP-stop-if-certificate-not-found", "true"},
                                                 {"Content-Type", "application/json"}},
                                                "{}");
    MTLS_VERIFY_JSON_ERROR(result, 424, 86);
    QCOMPARE(result.header("LP-error-from-transport"), QByteArray("Connection"));
    const QByteArray message = result.header("LP-message-from-transport");
    QVERIFY2(message.contains(closed.toUtf8()), message.constData());
    QVERIFY2(message.contains("Could not connect"), message.constData());
}

void TestSandboxRuntime::forwardWithoutMappingStops_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("serviceName"); // empty: no LP-service-name
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unmapped URL") << targetUrl(QStringLiteral("/unmapped")) << QByteArray()
                                  << QStringLiteral("any service");
    QTest::newRow("other service") << m_forwardUrl << QByteArray("WEBHOOKS") << QStringLiteral("the service WEBHOOKS");
    QTest::newRow("unknown service") << m_forwardUrl << QByteArray("FAAS") << QStringLiteral("the service FAAS");
    QTest::newRow("disabled mapping") << m_disabledUrl << QByteArray("WEBHOOKS") << QStringLiteral("WEBHOOKS");
    QTest::newRow("deleted certificate") << m_deletedUrl << QByteArray() << QStringLiteral("any service");
}

void TestSandboxRuntime::forwardWithoutMappingStops()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, serviceName);
    QFETCH(QString, fragment);
    HeaderList headers{{"LP-forward-url", url.toUtf8()}, {"LP-stop-if-certificate-not-found", "TRUE"}};
    if (!serviceName.isEmpty())
        headers.append({"LP-service-name", serviceName});
    const HttpResult result = m_client->forward("GET", headers);
    MTLS_VERIFY_JSON_ERROR(result, 500, 87);
    QVERIFY2(messageOf(result).contains(QLatin1String("no mTLS mapping")), qPrintable(messageOf(result)));
    QVERIFY2(messageOf(result).contains(url), qPrintable(messageOf(result)));
    QVERIFY2(messageOf(result).contains(fragment), qPrintable(messageOf(result)));
    QVERIFY(result.header("LP-error-from-transport").isEmpty());
}

void TestSandboxRuntime::forwardWithoutMappingUsesPlainTls()
{
    // An https server without client certificates: the sandbox's own Domain API.
    const QString domains =
        m_sandbox->info().baseUrl.toString() +
        QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(m_client->accountId());
    const HttpResult result = m_client->forward("GET", {{"LP-forward-url", domains.toUtf8()}});
    QVERIFY2(result.status == 200, result.body.constData());
    QVERIFY(jsonObject(result.body).value(QLatin1String("baseURIs")).isArray());
    QCOMPARE(
        m_client->forward("GET", {{"LP-forward-url", domains.toUtf8()}, {"LP-stop-if-certificate-not-found", "false"}})
            .status,
        200);

    // Plain TLS presents no client certificate, so the mTLS target refuses the connection.
    const HttpResult refused =
        m_client->forward("GET", {{"LP-forward-url", targetUrl(QStringLiteral("/unmapped")).toUtf8()}});
    MTLS_VERIFY_JSON_ERROR(refused, 424, 86);
    QVERIFY(!refused.header("LP-error-from-transport").isEmpty());
}

void TestSandboxRuntime::forwardIsOAuth1Only()
{
    const HeaderList headers{{"LP-forward-url", m_forwardUrl.toUtf8()}};
    MTLS_VERIFY_JSON_ERROR(m_client->forward("GET", headers, {}, Auth::Bearer), 403, 36);
    MTLS_VERIFY_JSON_ERROR(m_client->forward("POST", headers, "{}", Auth::Bearer), 403, 36);
    MTLS_VERIFY_JSON_ERROR(m_client->forward("GET", headers, {}, Auth::None), 401, 30);
}

void TestSandboxRuntime::forwardBadHeaders_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("internalCode");
    QTest::newRow("no LP-forward-url") << HeaderList{{"LP-service-name", "IDP"}} << 85;
    QTest::newRow("http URL") << HeaderList{{"LP-forward-url", "http://127.0.0.1:1/x"}} << 85;
    QTest::newRow("relative URL") << HeaderList{{"LP-forward-url", "/token"}} << 85;
    QTest::newRow("stop flag not a boolean")
        << HeaderList{{"LP-forward-url", "https://a.example/"}, {"LP-stop-if-certificate-not-found", "yes"}} << 20;
}

void TestSandboxRuntime::forwardBadHeaders()
{
    QFETCH(HeaderList, headers);
    QFETCH(int, internalCode);
    MTLS_VERIFY_JSON_ERROR(m_client->forward("GET", headers), 400, internalCode);
}

void TestSandboxRuntime::forwardPathTakesNoSuffix()
{
    const QString path = QStringLiteral("/mtls/account/%1/extra").arg(m_client->accountId());
    MTLS_VERIFY_JSON_ERROR(
        m_sandbox->send("GET", m_sandbox->url(path), {},
                        {{"Authorization", m_sandbox->oauth1("GET", path)}, {"LP-forward-url", m_forwardUrl.toUtf8()}}),
        404, 50);
    const HttpResult patch = m_client->forward("PATCH", {{"LP-forward-url", m_forwardUrl.toUtf8()}}, "{}");
    MTLS_VERIFY_JSON_ERROR(patch, 405, 53);
    QCOMPARE(patch.header("Allow"), QByteArray("DELETE, GET, HEAD, POST, PUT"));
}

void TestSandboxRuntime::forwardRefusesMultipart()
{
    // cpp-httplib parses a multipart body before the handler runs, so its bytes could not be passed on unchanged.
    const QString path = QStringLiteral("/mtls/account/%1").arg(m_client->accountId());
    const HttpResult result = m_sandbox->sendMultipart(
        "POST", path, {Part::text("field", "value")},
        {{"Authorization", m_sandbox->oauth1("POST", path)}, {"LP-forward-url", m_forwardUrl.toUtf8()}});
    MTLS_VERIFY_JSON_ERROR(result, 415, 25);
    QVERIFY2(messageOf(result).contains(QLatin1String("multipart/form-data")), qPrintable(messageOf(result)));
}

void TestSandboxRuntime::activateCreatesMapping()
{
    const qint64 before = m_client->listMappings().header("ac-revision").toLongLong();
    const QJsonObject body =
        activation(QStringLiteral("WEBHOOKS"), QStringLiteral("https://activate.example/hook?x=1"));
    const HttpResult result = m_client->activate(m_certificateId, body);
    QVERIFY2(result.status == 201, result.body.constData());
    const QJsonObject mapping = jsonObject(result.body);
    const qint64 id = idOf(mapping);
    QVERIFY(id >= 1000000000LL && id <= 9999999999LL);
    QJsonObject expected{{QStringLiteral("id"), static_cast<double>(id)},
                         {QStringLiteral("deleted"), false},
                         {QStringLiteral("name"), QStringLiteral("WEBHOOKS-runtime-1")},
                         {QStringLiteral("certificationId"), QString::number(m_certificateId)},
                         {QStringLiteral("serviceId"), QStringLiteral("2")},
                         {QStringLiteral("enable"), true},
                         {QStringLiteral("url"), QStringLiteral("https://activate.example/hook?x=1")},
                         {QStringLiteral("siteId"), m_client->accountId()}};
    QCOMPARE(mapping, expected);

    // Saved like an ac-common create: listed there, and the revision went up.
    const HttpResult listed = m_client->listMappings();
    QVERIFY(arrayOf(listed).contains(expected));
    QCOMPARE(listed.header("ac-revision").toLongLong(), before + 1);
    QCOMPARE(m_client->exists(QStringLiteral("WEBHOOKS"), QStringLiteral("https://activate.example/hook?x=1")),
             std::optional<bool>(true));

    // The next name is free; the numeric service id is accepted too.
    const HttpResult second = m_client->activate(
        m_certificateId, activation(QStringLiteral("2"), QStringLiteral("https://activate.example/other")));
    QCOMPARE(second.status, 201);
    QCOMPARE(jsonObject(second.body).value(QLatin1String("name")).toString(), QStringLiteral("WEBHOOKS-runtime-2"));

    // The same (service, URL) key again is refused naming the mapping that has it.
    const HttpResult clash = m_client->activate(m_certificateId, body);
    MTLS_VERIFY_JSON_ERROR(clash, 400, 102);
    QVERIFY2(messageOf(clash).contains(QString::number(id)), qPrintable(messageOf(clash)));
    QCOMPARE(m_client->listMappings().header("ac-revision").toLongLong(), before + 2);
}

void TestSandboxRuntime::activateValidatesUrl()
{
    const auto mappingCount = [this] { return arrayOf(m_client->listMappings()).size(); };
    const qsizetype before = mappingCount();
    const QString validate = QStringLiteral("isValidateUrlEnabled=true");

    const QString closed = QStringLiteral("https://127.0.0.1:%1/hook").arg(unusedLocalPort());
    const HttpResult unreachable =
        m_client->activate(m_certificateId, activation(QStringLiteral("IDP"), closed), validate);
    MTLS_VERIFY_JSON_ERROR(unreachable, 424, 86);
    QCOMPARE(unreachable.header("LP-error-from-transport"), QByteArray("Connection"));
    QVERIFY2(unreachable.header("LP-message-from-transport").contains(closed.toUtf8()),
             unreachable.header("LP-message-from-transport").constData());

    // An answer with an error status fails the validation too.
    const QString missing = m_sandbox->info().baseUrl.toString() + QStringLiteral("/no/such/endpoint");
    const HttpResult notFound =
        m_client->activate(m_certificateId, activation(QStringLiteral("IDP"), missing), validate);
    MTLS_VERIFY_JSON_ERROR(notFound, 424, 88);
    QCOMPARE(notFound.header("LP-error-from-transport"), QByteArray("HttpStatus"));
    QVERIFY(notFound.header("LP-message-from-transport").contains("404"));
    QCOMPARE(mappingCount(), before);

    // The mTLS target accepts the certificate: the mapping is made. Without the flag, nothing is called.
    const QString reachable = targetUrl(QStringLiteral("/activate/validated"));
    const HttpResult validated =
        m_client->activate(m_certificateId, activation(QStringLiteral("IDP"), reachable), validate);
    QVERIFY2(validated.status == 201, validated.body.constData());
    QCOMPARE(jsonObject(validated.body).value(QLatin1String("url")).toString(), reachable);
    const HttpResult unchecked = m_client->activate(m_certificateId, activation(QStringLiteral("IDP"), closed),
                                                    QStringLiteral("isValidateUrlEnabled=false"));
    QCOMPARE(unchecked.status, 201);
    QCOMPARE(mappingCount(), before + 2);
}

void TestSandboxRuntime::activateRefusals()
{
    const QJsonObject body = activation(QStringLiteral("IDP"), QStringLiteral("https://refused.example/"));
    MTLS_VERIFY_JSON_ERROR(m_client->activate(1234567890, body), 404, 54);
    const qint64 deleted = m_sandbox->uploadDemoCertificate(QStringLiteral("activate deleted"), m_client->bearer());
    QVERIFY(deleted > 0);
    QCOMPARE(m_client->certificateStatus("DELETE", deleted), 200);
    MTLS_VERIFY_JSON_ERROR(m_client->activate(deleted, body), 404, 54);

    MTLS_VERIFY_JSON_ERROR(m_client->activate(m_certificateId, body, {}, Auth::OAuth1), 403, 36);
    MTLS_VERIFY_JSON_ERROR(m_client->activate(m_certificateId, body, {}, Auth::None), 401, 30);

    MTLS_VERIFY_JSON_ERROR(m_client->activate(m_certificateId, body, QStringLiteral("isValidateUrlEnabled=maybe")), 400,
                           20);
    const HttpResult unknownService =
        m_client->activate(m_certificateId, activation(QStringLiteral("FAAS"), QStringLiteral("https://a.example/")));
    MTLS_VERIFY_JSON_ERROR(unknownService, 400, 100);
    QVERIFY2(messageOf(unknownService).contains(QLatin1String("FAAS")), qPrintable(messageOf(unknownService)));
    const HttpResult plainHttp =
        m_client->activate(m_certificateId, activation(QStringLiteral("IDP"), QStringLiteral("http://a.example/")));
    MTLS_VERIFY_JSON_ERROR(plainHttp, 400, 100);
    QVERIFY2(messageOf(plainHttp).contains(QLatin1String("https")), qPrintable(messageOf(plainHttp)));
    const HttpResult noUrl =
        m_client->activate(m_certificateId, QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("IDP")}});
    MTLS_VERIFY_JSON_ERROR(noUrl, 400, 24);
    QVERIFY2(messageOf(noUrl).contains(QLatin1String("\"url\"")), qPrintable(messageOf(noUrl)));
    QVERIFY(!m_client->hasMapping(QStringLiteral("https://refused.example/")));
}

void TestSandboxRuntime::runtimeCacheDelaysChanges()
{
    SandboxFixture sandbox({QStringLiteral("--cache-seconds"), QStringLiteral("2")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    QCOMPARE(readyLine(sandbox).value(QLatin1String("cacheSeconds")).toInt(), 2);
    RuntimeClient client(sandbox);
    QVERIFY(client.hasBearer());
    const qint64 certificate = sandbox.uploadDemoCertificate(QStringLiteral("cached"), client.bearer());
    QVERIFY(certificate > 0);
    const QString url = sandbox.info().targetUrl.toString() + QStringLiteral("/cached");
    const HeaderList stop{{"LP-forward-url", url.toUtf8()}, {"LP-stop-if-certificate-not-found", "true"}};

    // The first check takes the snapshot, before the mapping exists.
    QElapsedTimer sinceSnapshot;
    sinceSnapshot.start();
    QCOMPARE(client.exists(QStringLiteral("IDP"), url), std::optional<bool>(false));
    const qint64 mapping = client.createMapping(QStringLiteral("cached"), QStringLiteral("1"), url, certificate);
    QVERIFY(mapping > 0);
    // Configuration sees it at once; runtime does not yet.
    const auto listed = [&] {
        const QJsonArray all = arrayOf(client.listMappings());
        return std::any_of(all.cbegin(), all.cend(), [&](const QJsonValue& value) { return idOf(value) == mapping; });
    };
    QVERIFY(listed());
    QCOMPARE(client.exists(QStringLiteral("IDP"), url), std::optional<bool>(false));
    MTLS_VERIFY_JSON_ERROR(client.forward("GET", stop), 500, 87);
    QVERIFY2(sinceSnapshot.elapsed() < 2000, "the steps before the cache expiry took too long");

    QTRY_VERIFY_WITH_TIMEOUT(client.exists(QStringLiteral("IDP"), url) == std::optional<bool>(true), 6000);
    QVERIFY2(sinceSnapshot.elapsed() >= 1900, qPrintable(QString::number(sinceSnapshot.elapsed())));
    const HttpResult forwarded = client.forward("GET", stop);
    QVERIFY2(forwarded.status == 200, forwarded.body.constData());

    // Deleting the certificate: the certificate endpoints see it at once, runtime keeps its snapshot for a while.
    QTest::qWait(2100); // the current snapshot expires; the next call takes a new one
    sinceSnapshot.restart();
    QCOMPARE(client.exists(QStringLiteral("IDP"), url), std::optional<bool>(true));
    QCOMPARE(client.certificateStatus("DELETE", certificate), 200);
    QCOMPARE(client.certificateStatus("GET", certificate), 404);
    QCOMPARE(client.exists(QStringLiteral("IDP"), url), std::optional<bool>(true));
    QCOMPARE(client.forward("GET", stop).status, 200);
    QVERIFY2(sinceSnapshot.elapsed() < 2000, "the steps before the cache expiry took too long");
    QTRY_VERIFY_WITH_TIMEOUT(client.exists(QStringLiteral("IDP"), url) == std::optional<bool>(false), 6000);
    MTLS_VERIFY_JSON_ERROR(client.forward("GET", stop), 500, 87);
}

void TestSandboxRuntime::throttleAppliesToRuntime()
{
    // The default cache time; a low rate limit.
    SandboxFixture sandbox({QStringLiteral("--rate-limit"), QStringLiteral("5")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    QCOMPARE(readyLine(sandbox).value(QLatin1String("cacheSeconds")).toInt(), 300);
    RuntimeClient client(sandbox); // its login is one of the 5 requests of this second
    std::optional<HttpResult> refused;
    int served = 0;
    for (int i = 0; i < 20 && !refused; ++i) {
        const HttpResult result = client.checkTriplets(
            {client.triplet(QStringLiteral("IDP"), QStringLiteral("https://a/"))}, QStringLiteral("v=2"));
        QVERIFY2(result.status == 200 || result.status == 429, result.body.constData());
        if (result.status == 429)
            refused = result;
        else
            ++served;
    }
    QVERIFY(refused);
    QVERIFY2(served >= 1 && served <= 5, qPrintable(QString::number(served)));
    MTLS_VERIFY_JSON_ERROR(*refused, 429, 61);
    QVERIFY(refused->header("Retry-After").toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestSandboxRuntime)
#include "tst_sandbox_runtime.moc"
