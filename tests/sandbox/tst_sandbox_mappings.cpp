// The ac-common mapping endpoints of mtls-sandbox (contract sections 3 and 5): create (an array, all or nothing),
// list with and without deleted ones, read one, PUT as a whole replacement, soft delete, X-HTTP-Method-Override,
// the v parameter, both authentication kinds, the collection revision (ac-revision, If-Match, 409), validation
// (names and (serviceId, url) keys unique with URLs compared exactly, live certificates, service ids as strings,
// https URLs) and persistence across a restart. The certificates the mappings point at are made from the
// sandbox's demo client P12.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

using Edit = std::function<void(QJsonObject&)>;

QString messageOf(const HttpResult& result)
{
    return errorOf(result).value(QLatin1String("message")).toString();
}

qint64 revisionOf(const HttpResult& result)
{
    bool ok = false;
    const qint64 revision = result.header("ac-revision").toLongLong(&ok);
    return ok ? revision : -1;
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray arrayOf(const HttpResult& result)
{
    return QJsonDocument::fromJson(result.body).array();
}

qint64 idOf(const QJsonValue& mapping)
{
    return mapping.toObject().value(QLatin1String("id")).toInteger();
}

// Mappings and certificates of one sandbox, over either authentication kind.
class MappingClient
{
public:
    enum class Auth
    {
        Bearer,
        OAuth1,
        None
    };

    explicit MappingClient(SandboxFixture& sandbox)
        : m_sandbox(sandbox)
        , m_bearer("Bearer " + sandbox.loginBearer())
    {
    }

    bool hasBearer() const { return m_bearer.size() > 7; }
    QString accountId() const { return m_sandbox.info().accountId; }

    QString path(const QString& suffix = {}, const QString& query = QStringLiteral("v=3.0")) const
    {
        return QStringLiteral("/api/account/%1/configuration/ac-common/mtls%2%3")
            .arg(accountId(), suffix, query.isEmpty() ? QString() : QLatin1Char('?') + query);
    }

    HttpResult call(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body = {},
                    HeaderList headers = {}, Auth auth = Auth::Bearer)
    {
        if (auth == Auth::Bearer)
            headers.append({"Authorization", m_bearer});
        else if (auth == Auth::OAuth1)
            headers.append({"Authorization", m_sandbox.oauth1(verb, pathAndQuery)});
        if (body.isEmpty())
            return m_sandbox.send(verb, m_sandbox.url(pathAndQuery), {}, headers);
        return m_sandbox.sendJson(verb, pathAndQuery, body, headers);
    }

    HttpResult create(const QList<QJsonObject>& mappings, const HeaderList& headers = {}, Auth auth = Auth::Bearer)
    {
        QJsonArray array;
        for (const QJsonObject& mapping : mappings)
            array.append(mapping);
        return call("POST", path(), compact(array), headers, auth);
    }

    HttpResult list(bool includeDeleted = false)
    {
        return call("GET",
                    path({}, includeDeleted ? QStringLiteral("v=3.0&include_deleted=true") : QStringLiteral("v=3.0")));
    }

    qint64 revision() { return revisionOf(list()); }

    // A certificate from the demo P12; 0 on failure.
    qint64 createCertificate(const QString& name)
    {
        const QJsonObject fields{{QStringLiteral("name"), name},
                                 {QStringLiteral("password"), m_sandbox.info().demoP12Password}};
        const HttpResult result = m_sandbox.sendMultipart(
            "POST", QStringLiteral("/mtls/account/%1/certificates/by-file").arg(accountId()),
            {Part::file("file", readFile(m_sandbox.info().demoP12)), Part::text("certificate", compact(fields))},
            {{"Authorization", m_bearer}});
        if (result.status != 201)
            return 0;
        return idOf(jsonObject(result.body).value(QLatin1String("successfulySavedCertificates")).toArray().first());
    }

    int deleteCertificate(qint64 id)
    {
        return m_sandbox
            .send("DELETE", m_sandbox.url(QStringLiteral("/mtls/account/%1/certificates/%2").arg(accountId()).arg(id)),
                  {}, {{"Authorization", m_bearer}})
            .status;
    }

private:
    SandboxFixture& m_sandbox;
    QByteArray m_bearer;
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSandboxMappings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void createArray();
    void getOne();
    void deleteIsSoft();
    void replaceWhole();
    void methodOverride();
    void version_data();
    void version();
    void authenticationKinds();
    void staleIfMatchChangesNothing();
    void currentIfMatchIsAccepted();
    void duplicateName();
    void duplicateKey_data();
    void duplicateKey();
    void certificateReference();
    void badMapping_data();
    void badMapping();
    void badBody_data();
    void badBody();
    void restartKeepsMappingsAndRevision();

private:
    QJsonObject mapping(const QString& name, const QString& url, const QString& serviceId = QStringLiteral("1")) const;
    // Creates one mapping; its stored JSON, or an empty object on failure.
    QJsonObject createOne(const QString& name, const QString& url);
    QString member(qint64 id, const QString& query = QStringLiteral("v=3.0")) const
    {
        return m_client->path(QStringLiteral("/%1").arg(id), query);
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<MappingClient> m_client;
    qint64 m_certificateId = 0;
    qint64 m_stableId = 0; // a mapping no test changes
    qint64 m_keyId = 0;    // the mapping whose key duplicateKey() compares against
};

void TestSandboxMappings::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_client = std::make_unique<MappingClient>(*m_sandbox);
    QVERIFY(m_client->hasBearer());
    m_certificateId = m_client->createCertificate(QStringLiteral("partner"));
    QVERIFY(m_certificateId > 0);
    m_stableId = idOf(createOne(QStringLiteral("stable"), QStringLiteral("https://stable.example/")));
    QVERIFY(m_stableId > 0);
    m_keyId = idOf(createOne(QStringLiteral("key"), QStringLiteral("https://key.example/api/token?a=1&b=2")));
    QVERIFY(m_keyId > 0);
}

void TestSandboxMappings::cleanup()
{
    // Whatever a test did, the sandbox keeps serving the collection.
    QCOMPARE(m_client->list().status, 200);
}

QJsonObject TestSandboxMappings::mapping(const QString& name, const QString& url, const QString& serviceId) const
{
    return QJsonObject{{QStringLiteral("deleted"), false},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("certificationId"), QString::number(m_certificateId)},
                       {QStringLiteral("serviceId"), serviceId},
                       {QStringLiteral("enable"), true},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("siteId"), m_client->accountId()}};
}

QJsonObject TestSandboxMappings::createOne(const QString& name, const QString& url)
{
    const HttpResult result = m_client->create({mapping(name, url)});
    if (result.status != 201 || arrayOf(result).size() != 1) {
        qWarning("create failed: %d %s", result.status, result.body.constData());
        return {};
    }
    return arrayOf(result).first().toObject();
}

void TestSandboxMappings::createArray()
{
    const qint64 before = m_client->revision();
    QVERIFY(before >= 1);
    const QJsonObject first = mapping(QStringLiteral("idp"), QStringLiteral("https://partner.example/api/token"));
    const QJsonObject second =
        mapping(QStringLiteral("hooks"), QStringLiteral("https://partner.example/hooks?x=1"), QStringLiteral("2"));
    const HttpResult result = m_client->create({first, second});
    QCOMPARE(result.status, 201);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(revisionOf(result), before + 1);
    const QJsonArray created = arrayOf(result);
    QCOMPARE(created.size(), 2);
    for (qsizetype i = 0; i < created.size(); ++i) {
        QJsonObject object = created.at(i).toObject();
        // A random 10-digit number assigned by the server.
        QVERIFY(object.value(QLatin1String("id")).isDouble());
        QVERIFY(idOf(object) >= 1000000000LL && idOf(object) <= 9999999999LL);
        object.remove(QStringLiteral("id"));
        QCOMPARE(object, i == 0 ? first : second);
    }
    QVERIFY(idOf(created.at(0)) != idOf(created.at(1)));

    // Reading does not change the revision; both are listed with their ids.
    const HttpResult listed = m_client->list();
    QCOMPARE(listed.status, 200);
    QCOMPARE(revisionOf(listed), before + 1);
    const QJsonArray all = arrayOf(listed);
    QVERIFY(all.contains(created.at(0)));
    QVERIFY(all.contains(created.at(1)));
}

void TestSandboxMappings::getOne()
{
    const QJsonObject created = createOne(QStringLiteral("one"), QStringLiteral("https://one.example/token"));
    QVERIFY(!created.isEmpty());
    const HttpResult result = m_client->call("GET", member(idOf(created)));
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonObject(result.body), created);
    QCOMPARE(revisionOf(result), m_client->revision());

    const HttpResult unknown = m_client->call("GET", member(1234567890));
    MTLS_VERIFY_JSON_ERROR(unknown, 404, 55);
    QVERIFY(revisionOf(unknown) > 0); // errors after authentication carry the revision too
    MTLS_VERIFY_JSON_ERROR(m_client->call("GET", m_client->path(QStringLiteral("/abc"))), 404, 55);
}

void TestSandboxMappings::deleteIsSoft()
{
    const QJsonObject created = createOne(QStringLiteral("gone"), QStringLiteral("https://gone.example/token"));
    QVERIFY(!created.isEmpty());
    const qint64 id = idOf(created);
    const qint64 before = m_client->revision();

    const HttpResult removed = m_client->call("DELETE", member(id));
    QCOMPARE(removed.status, 200);
    QCOMPARE(revisionOf(removed), before + 1);
    QVERIFY(removed.body.isEmpty() || jsonObject(removed.body).isEmpty());

    MTLS_VERIFY_JSON_ERROR(m_client->call("GET", member(id)), 404, 55);
    MTLS_VERIFY_JSON_ERROR(m_client->call("DELETE", member(id)), 404, 55);
    MTLS_VERIFY_JSON_ERROR(m_client->call("PUT", member(id), compact(created)), 404, 55);
    MTLS_VERIFY_JSON_ERROR(m_client->call("DELETE", member(1234567890)), 404, 55);
    QCOMPARE(m_client->revision(), before + 1);

    const auto hasId = [id](const QJsonArray& array) {
        return std::any_of(array.cbegin(), array.cend(), [id](const QJsonValue& value) { return idOf(value) == id; });
    };
    QVERIFY(!hasId(arrayOf(m_client->list())));
    const QJsonArray withDeleted = arrayOf(m_client->list(true));
    QVERIFY(hasId(withDeleted));
    for (const QJsonValue& value : withDeleted) {
        if (idOf(value) != id)
            continue;
        QJsonObject expected = created;
        expected.insert(QStringLiteral("deleted"), true);
        QCOMPARE(value.toObject(), expected);
    }
    // The deleted mapping frees its name and key.
    QVERIFY(!createOne(QStringLiteral("gone"), QStringLiteral("https://gone.example/token")).isEmpty());
}

void TestSandboxMappings::replaceWhole()
{
    const QJsonObject created = createOne(QStringLiteral("replace"), QStringLiteral("https://replace.example/a"));
    QVERIFY(!created.isEmpty());
    const qint64 id = idOf(created);
    const qint64 before = m_client->revision();

    // PUT replaces the whole object: a left-out url is cleared, which the validation refuses.
    QJsonObject withoutUrl = created;
    withoutUrl.remove(QStringLiteral("url"));
    const HttpResult refused = m_client->call("PUT", member(id), compact(withoutUrl));
    MTLS_VERIFY_JSON_ERROR(refused, 400, 100);
    QVERIFY2(messageOf(refused).contains(QLatin1String("url")), qPrintable(messageOf(refused)));
    QCOMPARE(revisionOf(refused), before);
    QCOMPARE(jsonObject(m_client->call("GET", member(id)).body), created);

    // The whole object, changed; the id in the body may be left out or must match the path.
    QJsonObject changed = created;
    changed.insert(QStringLiteral("name"), QStringLiteral("replaced"));
    changed.insert(QStringLiteral("enable"), false);
    changed.insert(QStringLiteral("serviceId"), QStringLiteral("0"));
    changed.insert(QStringLiteral("url"), QStringLiteral("https://replace.example/b?q=1"));
    const HttpResult replaced = m_client->call("PUT", member(id), compact(changed));
    QCOMPARE(replaced.status, 200);
    QCOMPARE(jsonObject(replaced.body), changed);
    QCOMPARE(revisionOf(replaced), before + 1);
    QCOMPARE(jsonObject(m_client->call("GET", member(id)).body), changed);

    // The same object again does not clash with itself; without id and siteId it is accepted as well.
    QJsonObject bare = changed;
    bare.remove(QStringLiteral("id"));
    bare.remove(QStringLiteral("siteId"));
    bare.remove(QStringLiteral("deleted"));
    const HttpResult again = m_client->call("PUT", member(id), compact(bare));
    QCOMPARE(again.status, 200);
    QCOMPARE(jsonObject(again.body), changed);
    QCOMPARE(revisionOf(again), before + 2);

    QJsonObject otherId = changed;
    otherId.insert(QStringLiteral("id"), static_cast<double>(id + 1));
    const HttpResult mismatch = m_client->call("PUT", member(id), compact(otherId));
    MTLS_VERIFY_JSON_ERROR(mismatch, 400, 100);
    QVERIFY2(messageOf(mismatch).contains(QString::number(id)), qPrintable(messageOf(mismatch)));

    QJsonObject deleting = changed;
    deleting.insert(QStringLiteral("deleted"), true);
    MTLS_VERIFY_JSON_ERROR(m_client->call("PUT", member(id), compact(deleting)), 400, 100);
    QCOMPARE(m_client->revision(), before + 2);
}

void TestSandboxMappings::methodOverride()
{
    const QJsonObject created = createOne(QStringLiteral("override"), QStringLiteral("https://override.example/"));
    QVERIFY(!created.isEmpty());
    const qint64 id = idOf(created);

    QJsonObject changed = created;
    changed.insert(QStringLiteral("enable"), false);
    const HttpResult put = m_client->call("POST", member(id), compact(changed), {{"X-HTTP-Method-Override", "PUT"}});
    QCOMPARE(put.status, 200);
    QCOMPARE(jsonObject(put.body), changed);

    const HttpResult noOverride = m_client->call("POST", member(id), compact(changed));
    MTLS_VERIFY_JSON_ERROR(noOverride, 405, 53);
    QVERIFY(!noOverride.header("Allow").isEmpty());
    MTLS_VERIFY_JSON_ERROR(m_client->call("POST", member(id), compact(changed), {{"X-HTTP-Method-Override", "PATCH"}}),
                           405, 53);

    const HttpResult removed = m_client->call("POST", member(id), {}, {{"X-HTTP-Method-Override", "DELETE"}});
    QCOMPARE(removed.status, 200);
    MTLS_VERIFY_JSON_ERROR(m_client->call("GET", member(id)), 404, 55);
}

void TestSandboxMappings::version_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("onMember");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("internalCode");
    const QString missing;
    const QString wrong = QStringLiteral("v=2.0");
    QTest::newRow("GET list, missing") << QByteArray("GET") << false << missing << 21;
    QTest::newRow("GET list, include_deleted only")
        << QByteArray("GET") << false << QStringLiteral("include_deleted=true") << 21;
    QTest::newRow("POST, missing") << QByteArray("POST") << false << missing << 21;
    QTest::newRow("GET one, missing") << QByteArray("GET") << true << missing << 21;
    QTest::newRow("PUT, missing") << QByteArray("PUT") << true << missing << 21;
    QTest::newRow("DELETE, missing") << QByteArray("DELETE") << true << missing << 21;
    QTest::newRow("GET list, 2.0") << QByteArray("GET") << false << wrong << 22;
    QTest::newRow("GET list, 3") << QByteArray("GET") << false << QStringLiteral("v=3") << 22;
    QTest::newRow("POST, 2.0") << QByteArray("POST") << false << wrong << 22;
    QTest::newRow("PUT, 2.0") << QByteArray("PUT") << true << wrong << 22;
    QTest::newRow("DELETE, 2.0") << QByteArray("DELETE") << true << wrong << 22;
}

void TestSandboxMappings::version()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, onMember);
    QFETCH(QString, query);
    QFETCH(int, internalCode);
    const qint64 id = m_stableId;
    const qint64 before = m_client->revision();
    const QJsonObject body = mapping(QStringLiteral("never"), QStringLiteral("https://never.example/"));
    const QByteArray payload = verb == "POST"  ? compact(QJsonArray{body})
                               : verb == "PUT" ? compact(body)
                                               : QByteArray();
    const HttpResult result = m_client->call(verb, onMember ? member(id, query) : m_client->path({}, query), payload);
    MTLS_VERIFY_JSON_ERROR(result, 400, internalCode);
    QVERIFY2(messageOf(result).contains(QLatin1String("v=3.0")), qPrintable(messageOf(result)));
    QCOMPARE(m_client->revision(), before);
    QCOMPARE(m_client->call("GET", member(id)).status, 200);
}

void TestSandboxMappings::authenticationKinds()
{
    using Auth = MappingClient::Auth;
    const HttpResult bearer = m_client->call("GET", m_client->path(), {}, {}, Auth::Bearer);
    QCOMPARE(bearer.status, 200);
    const HttpResult oauth = m_client->call("GET", m_client->path(), {}, {}, Auth::OAuth1);
    QCOMPARE(oauth.status, 200);
    QCOMPARE(oauth.body, bearer.body);
    QCOMPARE(revisionOf(oauth), revisionOf(bearer));

    // Every verb with an AppKey signature.
    const HttpResult created = m_client->create(
        {mapping(QStringLiteral("signed"), QStringLiteral("https://signed.example/token"))}, {}, Auth::OAuth1);
    QCOMPARE(created.status, 201);
    QJsonObject object = arrayOf(created).first().toObject();
    const qint64 id = idOf(object);
    QCOMPARE(m_client->call("GET", member(id), {}, {}, Auth::OAuth1).status, 200);
    object.insert(QStringLiteral("enable"), false);
    QCOMPARE(m_client->call("PUT", member(id), compact(object), {}, Auth::OAuth1).status, 200);
    QCOMPARE(m_client->call("DELETE", member(id), {}, {}, Auth::OAuth1).status, 200);

    const qint64 before = m_client->revision();
    const HttpResult none = m_client->call("GET", m_client->path(), {}, {}, Auth::None);
    MTLS_VERIFY_JSON_ERROR(none, 401, 30);
    QVERIFY(none.header("ac-revision").isEmpty()); // nothing about the account before authentication
    MTLS_VERIFY_JSON_ERROR(
        m_client->create({mapping(QStringLiteral("anonymous"), QStringLiteral("https://anonymous.example/"))}, {},
                         Auth::None),
        401, 30);
    MTLS_VERIFY_JSON_ERROR(m_client->call("DELETE", member(id), {}, {}, Auth::None), 401, 30);
    MTLS_VERIFY_JSON_ERROR(m_client->call("GET", m_client->path(), {}, {{"Authorization", "Bearer nope"}}, Auth::None),
                           401, 32);
    QCOMPARE(m_client->revision(), before);
}

void TestSandboxMappings::staleIfMatchChangesNothing()
{
    const QJsonObject existing = createOne(QStringLiteral("guarded"), QStringLiteral("https://guarded.example/"));
    QVERIFY(!existing.isEmpty());
    const qint64 id = idOf(existing);
    const qint64 current = m_client->revision();
    QVERIFY(current >= 2);
    const QByteArray allBefore = m_client->list(true).body;
    const QByteArray stale = QByteArray::number(current - 1);
    const QString expectedMessage =
        QStringLiteral("revision %1 is stale; the current revision is %2").arg(current - 1).arg(current);

    const HttpResult create = m_client->create(
        {mapping(QStringLiteral("late"), QStringLiteral("https://late.example/"))}, {{"If-Match", stale}});
    MTLS_VERIFY_JSON_ERROR(create, 409, 104);
    QVERIFY2(messageOf(create).contains(expectedMessage), qPrintable(messageOf(create)));
    QCOMPARE(revisionOf(create), current);

    QJsonObject changed = existing;
    changed.insert(QStringLiteral("enable"), false);
    const HttpResult put = m_client->call("PUT", member(id), compact(changed), {{"If-Match", '"' + stale + '"'}});
    MTLS_VERIFY_JSON_ERROR(put, 409, 104);
    QVERIFY2(messageOf(put).contains(expectedMessage), qPrintable(messageOf(put)));
    const HttpResult removed = m_client->call("DELETE", member(id), {}, {{"If-Match", stale}});
    MTLS_VERIFY_JSON_ERROR(removed, 409, 104);
    const HttpResult future = m_client->call("DELETE", member(id), {}, {{"If-Match", QByteArray::number(current + 5)}});
    MTLS_VERIFY_JSON_ERROR(future, 409, 104);
    const HttpResult overridden =
        m_client->call("POST", member(id), {}, {{"X-HTTP-Method-Override", "DELETE"}, {"If-Match", stale}});
    MTLS_VERIFY_JSON_ERROR(overridden, 409, 104);

    // A malformed If-Match is a bad request, not a conflict.
    MTLS_VERIFY_JSON_ERROR(m_client->call("DELETE", member(id), {}, {{"If-Match", "W/\"abc\""}}), 400, 105);

    const HttpResult after = m_client->list(true);
    QCOMPARE(QJsonDocument::fromJson(after.body), QJsonDocument::fromJson(allBefore));
    QCOMPARE(revisionOf(after), current);
}

void TestSandboxMappings::currentIfMatchIsAccepted()
{
    qint64 current = m_client->revision();
    const HttpResult created =
        m_client->create({mapping(QStringLiteral("matched"), QStringLiteral("https://matched.example/"))},
                         {{"If-Match", QByteArray::number(current)}});
    QCOMPARE(created.status, 201);
    QCOMPARE(revisionOf(created), current + 1);
    current = revisionOf(created);

    // The quoted ETag form.
    QJsonObject object = arrayOf(created).first().toObject();
    object.insert(QStringLiteral("enable"), false);
    const HttpResult put = m_client->call("PUT", member(idOf(object)), compact(object),
                                          {{"If-Match", '"' + QByteArray::number(current) + '"'}});
    QCOMPARE(put.status, 200);
    QCOMPARE(revisionOf(put), current + 1);
    current = revisionOf(put);

    const HttpResult removed =
        m_client->call("DELETE", member(idOf(object)), {}, {{"If-Match", QByteArray::number(current)}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(revisionOf(removed), current + 1);
}

void TestSandboxMappings::duplicateName()
{
    const QJsonObject existing = createOne(QStringLiteral("taken"), QStringLiteral("https://taken.example/"));
    QVERIFY(!existing.isEmpty());
    const QString existingId = QString::number(idOf(existing));
    const qint64 before = m_client->revision();
    const QByteArray allBefore = m_client->list(true).body;

    // Against a stored mapping: the message names it.
    const HttpResult clash =
        m_client->create({mapping(QStringLiteral("taken"), QStringLiteral("https://elsewhere.example/"))});
    MTLS_VERIFY_JSON_ERROR(clash, 400, 101);
    QVERIFY2(messageOf(clash).contains(existingId), qPrintable(messageOf(clash)));
    QVERIFY2(messageOf(clash).contains(QLatin1String("taken")), qPrintable(messageOf(clash)));

    // A good mapping before the clashing one is not saved either.
    const HttpResult second =
        m_client->create({mapping(QStringLiteral("fresh"), QStringLiteral("https://fresh.example/")),
                          mapping(QStringLiteral("taken"), QStringLiteral("https://elsewhere.example/"))});
    MTLS_VERIFY_JSON_ERROR(second, 400, 101);
    QVERIFY2(messageOf(second).contains(QLatin1String("Mapping 2 of 2")), qPrintable(messageOf(second)));

    // Twice in one array.
    const HttpResult twice =
        m_client->create({mapping(QStringLiteral("twin"), QStringLiteral("https://twin.example/a")),
                          mapping(QStringLiteral("other"), QStringLiteral("https://twin.example/b")),
                          mapping(QStringLiteral("twin"), QStringLiteral("https://twin.example/c"))});
    MTLS_VERIFY_JSON_ERROR(twice, 400, 101);
    QVERIFY2(messageOf(twice).contains(QLatin1String("twin")), qPrintable(messageOf(twice)));
    QVERIFY2(messageOf(twice).contains(QLatin1String("1 and 3")), qPrintable(messageOf(twice)));

    QCOMPARE(QJsonDocument::fromJson(m_client->list(true).body), QJsonDocument::fromJson(allBefore));
    QCOMPARE(m_client->revision(), before);

    // Renaming another mapping onto the name.
    QJsonObject other = createOne(QStringLiteral("renamed"), QStringLiteral("https://renamed.example/"));
    QVERIFY(!other.isEmpty());
    other.insert(QStringLiteral("name"), QStringLiteral("taken"));
    const HttpResult rename = m_client->call("PUT", member(idOf(other)), compact(other));
    MTLS_VERIFY_JSON_ERROR(rename, 400, 101);
    QVERIFY2(messageOf(rename).contains(existingId), qPrintable(messageOf(rename)));
}

void TestSandboxMappings::duplicateKey_data()
{
    // The key is (account, serviceId, url) with the URL compared exactly as written: runtime compares the whole URL
    // it sends, so URLs that a browser would treat as the same are still different keys.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<bool>("duplicate");
    const QString stored = QStringLiteral("https://key.example/api/token?a=1&b=2"); // as made in initTestCase()
    QTest::newRow("same service and URL") << stored << QStringLiteral("1") << true;
    QTest::newRow("other service") << stored << QStringLiteral("2") << false;
    QTest::newRow("trailing slash") << QStringLiteral("https://key.example/api/token/?a=1&b=2") << QStringLiteral("1")
                                    << false;
    QTest::newRow("host case") << QStringLiteral("https://KEY.example/api/token?a=1&b=2") << QStringLiteral("1")
                               << false;
    QTest::newRow("path case") << QStringLiteral("https://key.example/API/token?a=1&b=2") << QStringLiteral("1")
                               << false;
    QTest::newRow("query order") << QStringLiteral("https://key.example/api/token?b=2&a=1") << QStringLiteral("1")
                                 << false;
    QTest::newRow("without query") << QStringLiteral("https://key.example/api/token") << QStringLiteral("1") << false;
    QTest::newRow("explicit port") << QStringLiteral("https://key.example:443/api/token?a=1&b=2") << QStringLiteral("1")
                                   << false;
}

void TestSandboxMappings::duplicateKey()
{
    QFETCH(QString, url);
    QFETCH(QString, serviceId);
    QFETCH(bool, duplicate);
    const qint64 storedId = m_keyId;
    const QString name = QStringLiteral("key ") + QString::fromLatin1(QTest::currentDataTag());
    const qint64 before = m_client->revision();

    const HttpResult result = m_client->create({mapping(name, url, serviceId)});
    if (duplicate) {
        MTLS_VERIFY_JSON_ERROR(result, 400, 102);
        QVERIFY2(messageOf(result).contains(QString::number(storedId)), qPrintable(messageOf(result)));
        QVERIFY2(messageOf(result).contains(url), qPrintable(messageOf(result)));
        QCOMPARE(m_client->revision(), before);
    } else {
        QCOMPARE(result.status, 201);
        QCOMPARE(arrayOf(result).first().toObject().value(QLatin1String("url")).toString(), url);
        // Delete it again so that the next rows see only the stored mapping.
        QCOMPARE(m_client->call("DELETE", member(idOf(arrayOf(result).first()))).status, 200);
    }

    // The same key twice in one array is refused whatever is stored.
    const HttpResult twice = m_client->create({mapping(name + QStringLiteral(" a"), url + QStringLiteral("&z")),
                                               mapping(name + QStringLiteral(" b"), url + QStringLiteral("&z"))});
    MTLS_VERIFY_JSON_ERROR(twice, 400, 102);
    QVERIFY2(messageOf(twice).contains(QLatin1String("1 and 2")), qPrintable(messageOf(twice)));
}

void TestSandboxMappings::certificateReference()
{
    const qint64 before = m_client->revision();
    QJsonObject unknown = mapping(QStringLiteral("no certificate"), QStringLiteral("https://nocert.example/"));
    unknown.insert(QStringLiteral("certificationId"), QStringLiteral("1234567890"));
    const HttpResult unknownResult = m_client->create({unknown});
    MTLS_VERIFY_JSON_ERROR(unknownResult, 400, 103);
    QVERIFY2(messageOf(unknownResult).contains(QLatin1String("1234567890")), qPrintable(messageOf(unknownResult)));

    // A deleted certificate is not a target for a new mapping ...
    const qint64 deletedCertificate = m_client->createCertificate(QStringLiteral("retired"));
    QVERIFY(deletedCertificate > 0);
    QCOMPARE(m_client->deleteCertificate(deletedCertificate), 200);
    QJsonObject onDeleted = mapping(QStringLiteral("on deleted"), QStringLiteral("https://deleted.example/"));
    onDeleted.insert(QStringLiteral("certificationId"), QString::number(deletedCertificate));
    MTLS_VERIFY_JSON_ERROR(m_client->create({onDeleted}), 400, 103);
    QCOMPARE(m_client->revision(), before);

    // ... but deleting a certificate that mappings point at still works, and the mapping stays.
    const qint64 used = m_client->createCertificate(QStringLiteral("inuse"));
    QVERIFY(used > 0);
    QJsonObject pointing = mapping(QStringLiteral("pointing"), QStringLiteral("https://pointing.example/"));
    pointing.insert(QStringLiteral("certificationId"), QString::number(used));
    const HttpResult created = m_client->create({pointing});
    QCOMPARE(created.status, 201);
    QCOMPARE(m_client->deleteCertificate(used), 200);
    const HttpResult still = m_client->call("GET", member(idOf(arrayOf(created).first())));
    QCOMPARE(still.status, 200);
    QCOMPARE(jsonObject(still.body).value(QLatin1String("certificationId")).toString(), QString::number(used));
}

void TestSandboxMappings::badMapping_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("fragment"); // the message names the field
    const auto set = [](const char* field, QJsonValue value) {
        return Edit([field, value](QJsonObject& object) { object.insert(QLatin1String(field), value); });
    };
    const auto drop = [](const char* field) {
        return Edit([field](QJsonObject& object) { object.remove(QLatin1String(field)); });
    };
    QTest::newRow("serviceId \"3\"") << set("serviceId", QStringLiteral("3")) << QStringLiteral("serviceId");
    QTest::newRow("serviceId number 1") << set("serviceId", 1) << QStringLiteral("string");
    QTest::newRow("serviceId missing") << drop("serviceId") << QStringLiteral("serviceId");
    QTest::newRow("serviceId IDP") << set("serviceId", QStringLiteral("IDP")) << QStringLiteral("serviceId");
    QTest::newRow("url relative") << set("url", QStringLiteral("/api/token")) << QStringLiteral("url");
    QTest::newRow("url without scheme") << set("url", QStringLiteral("partner.example/api/token"))
                                        << QStringLiteral("url");
    QTest::newRow("url http") << set("url", QStringLiteral("http://partner.example/api/token"))
                              << QStringLiteral("https");
    QTest::newRow("url without host") << set("url", QStringLiteral("https:///api/token")) << QStringLiteral("host");
    QTest::newRow("url with spaces") << set("url", QStringLiteral(" https://partner.example/ "))
                                     << QStringLiteral("url");
    QTest::newRow("url missing") << drop("url") << QStringLiteral("url");
    QTest::newRow("url number") << set("url", 7) << QStringLiteral("url");
    QTest::newRow("name missing") << drop("name") << QStringLiteral("name");
    QTest::newRow("name blank") << set("name", QStringLiteral("  ")) << QStringLiteral("name");
    QTest::newRow("enable missing") << drop("enable") << QStringLiteral("enable");
    QTest::newRow("enable string") << set("enable", QStringLiteral("true")) << QStringLiteral("enable");
    QTest::newRow("certificationId missing") << drop("certificationId") << QStringLiteral("certificationId");
    QTest::newRow("certificationId number") << set("certificationId", 4569243410.0) << QStringLiteral("string");
    QTest::newRow("certificationId not numeric")
        << set("certificationId", QStringLiteral("abc")) << QStringLiteral("certificationId");
    QTest::newRow("siteId of another account") << set("siteId", QStringLiteral("12345678")) << QStringLiteral("siteId");
    QTest::newRow("deleted true") << set("deleted", true) << QStringLiteral("deleted");
    QTest::newRow("deleted string") << set("deleted", QStringLiteral("false")) << QStringLiteral("deleted");
    QTest::newRow("id on a create") << set("id", 1234567890.0) << QStringLiteral("id");
}

void TestSandboxMappings::badMapping()
{
    QFETCH(Edit, edit);
    QFETCH(QString, fragment);
    const qint64 before = m_client->revision();
    QJsonObject bad = mapping(QStringLiteral("bad ") + QString::fromLatin1(QTest::currentDataTag()),
                              QStringLiteral("https://bad.example/") + QString::number(before));
    edit(bad);
    const HttpResult result = m_client->create({bad});
    MTLS_VERIFY_JSON_ERROR(result, 400, 100);
    QVERIFY2(messageOf(result).contains(fragment), qPrintable(messageOf(result)));
    QCOMPARE(revisionOf(result), before);

    // In the second place of an array: named by its position, and the good first one is not saved.
    const HttpResult inArray = m_client->create(
        {mapping(QStringLiteral("good neighbour"), QStringLiteral("https://neighbour.example/")), bad});
    MTLS_VERIFY_JSON_ERROR(inArray, 400, 100);
    QVERIFY2(messageOf(inArray).startsWith(QLatin1String("Mapping 2 of 2: ")), qPrintable(messageOf(inArray)));
    QCOMPARE(m_client->revision(), before);
}

void TestSandboxMappings::badBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("onMember");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("internalCode");
    QTest::newRow("POST not JSON") << QByteArray("POST") << false << QByteArray("[{") << 23;
    QTest::newRow("POST object") << QByteArray("POST") << false << QByteArray(R"({"name":"x"})") << 23;
    QTest::newRow("POST empty array") << QByteArray("POST") << false << QByteArray("[]") << 100;
    QTest::newRow("POST element not an object") << QByteArray("POST") << false << QByteArray("[1]") << 100;
    QTest::newRow("PUT not JSON") << QByteArray("PUT") << true << QByteArray("{") << 23;
    QTest::newRow("PUT array") << QByteArray("PUT") << true << QByteArray("[]") << 23;
}

void TestSandboxMappings::badBody()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, onMember);
    QFETCH(QByteArray, body);
    QFETCH(int, internalCode);
    const qint64 id = m_stableId;
    const qint64 before = m_client->revision();
    const HttpResult result = m_client->call(verb, onMember ? member(id) : m_client->path(), body);
    MTLS_VERIFY_JSON_ERROR(result, 400, internalCode);
    QCOMPARE(m_client->revision(), before);
}

void TestSandboxMappings::restartKeepsMappingsAndRevision()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray allBefore;
    qint64 revisionBefore = 0;
    {
        SandboxFixture first({}, dir.path());
        QVERIFY2(first.start(), qPrintable(first.failure()));
        MappingClient client(first);
        const qint64 certificate = client.createCertificate(QStringLiteral("kept"));
        QVERIFY(certificate > 0);
        const auto make = [&](const QString& name, const QString& url) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("certificationId"), QString::number(certificate)},
                               {QStringLiteral("serviceId"), QStringLiteral("1")},
                               {QStringLiteral("enable"), true},
                               {QStringLiteral("url"), url}};
        };
        const HttpResult created =
            client.create({make(QStringLiteral("kept"), QStringLiteral("https://kept.example/")),
                           make(QStringLiteral("gone"), QStringLiteral("https://gone.example/"))});
        QCOMPARE(created.status, 201);
        QCOMPARE(client.call("DELETE", client.path(QStringLiteral("/%1").arg(idOf(arrayOf(created).at(1))))).status,
                 200);
        const HttpResult all = client.list(true);
        QCOMPARE(arrayOf(all).size(), 2);
        allBefore = all.body;
        revisionBefore = revisionOf(all);
        QCOMPARE(revisionBefore, 3);
        first.stop();
    }
    SandboxFixture second({}, dir.path());
    QVERIFY2(second.start(), qPrintable(second.failure()));
    MappingClient client(second);
    QVERIFY(client.hasBearer());
    const HttpResult all = client.list(true);
    QCOMPARE(all.status, 200);
    QCOMPARE(QJsonDocument::fromJson(all.body), QJsonDocument::fromJson(allBefore));
    QCOMPARE(revisionOf(all), revisionBefore);
    QCOMPARE(arrayOf(client.list()).size(), 1);

    // The revision read before the restart is still the current one, and the next write continues from it.
    const qint64 keptId = idOf(arrayOf(client.list()).first());
    const HttpResult removed = client.call("DELETE", client.path(QStringLiteral("/%1").arg(keptId)), {},
                                           {{"If-Match", QByteArray::number(revisionBefore)}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(revisionOf(removed), revisionBefore + 1);
}

QTEST_GUILESS_MAIN(TestSandboxMappings)
#include "tst_sandbox_mappings.moc"
