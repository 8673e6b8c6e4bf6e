// The certificate endpoints of mtls-sandbox (contract sections 3 and 4.2-4.6): create by file and by JSON, update
// both ways, read, delete, the P12 checks shared with the app's inspector, name uniqueness, multipart errors, the
// body limit, the authentication kinds, persistence across a restart and auto-generate with its password rules.
// Every P12 is made at test time (P12Corpus, or the sandbox's own demo client file).

#include "P12Corpus.h"
#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include "p12/P12Inspector.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(mtlsdesk::test::Part)

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {


QByteArray certificatePart(const QString& name, const QByteArray& password, qint64 id = 0)
{
    QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("password"), QString::fromUtf8(password)}};
    if (id != 0)
        object.insert(QStringLiteral("id"), static_cast<double>(id));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

enum class ByteStyle
{
    Signed,
    Unsigned,
    Base64
};

QJsonValue p12Value(const QByteArray& p12, ByteStyle style)
{
    if (style == ByteStyle::Base64)
        return QString::fromLatin1(p12.toBase64());
    QJsonArray values;
    for (const char byte : p12)
        values.append(style == ByteStyle::Signed ? int(static_cast<signed char>(byte)) : int(static_cast<uchar>(byte)));
    return values;
}

QByteArray jsonArrayBody(const QList<QJsonObject>& certificates)
{
    QJsonArray array;
    for (const QJsonObject& certificate : certificates)
        array.append(certificate);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject jsonCertificate(const QString& name, const QByteArray& p12, const QByteArray& password,
                            ByteStyle style = ByteStyle::Signed, qint64 id = 0)
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("p12"), p12Value(p12, style)},
                       {QStringLiteral("password"), QString::fromUtf8(password)}};
    if (id != 0)
        object.insert(QStringLiteral("id"), static_cast<double>(id));
    return object;
}

QJsonArray savedOf(const HttpResult& result)
{
    return jsonObject(result.body).value(QLatin1String("successfulySavedCertificates")).toArray();
}

QString messageOf(const HttpResult& result)
{
    return errorOf(result).value(QLatin1String("message")).toString();
}

} // namespace

class TestSandboxCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void createByFile_data();
    void createByFile();
    void createByJson_data();
    void createByJson();
    void createSeveralByJsonIsAllOrNothing();
    void updateByFile_data();
    void updateByFile();
    void updateByJson();
    void updateUnknownIdIs404();
    void readAndDelete();
    void unknownIdIs404_data();
    void unknownIdIs404();
    void duplicateNameIs409();
    void refusedP12_data();
    void refusedP12();
    void badForm_data();
    void badForm();
    void malformedMultipart();
    void badJson_data();
    void badJson();
    void oversizedUploadIs413();
    void authenticationKinds_data();
    void authenticationKinds();
    void expiredCertificateIsUnavailable();
    void restartKeepsCertificates();
    void autoGenerate();
    void autoGenerateRules_data();
    void autoGenerateRules();

private:
    QString path(const QString& suffix = {}) const;
    QByteArray bearer() const { return "Bearer " + m_bearer; }
    HttpResult upload(const QByteArray& verb, const QString& name, const QByteArray& p12, const QByteArray& password,
                      qint64 id = 0, const QByteArray& partName = "certificate");
    QByteArray sampleBytes(const QString& name) const;
    QByteArray samplePassword(const QString& name) const;
    qint64 createDemo(const QString& name);

    P12Corpus m_corpus;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QByteArray m_bearer;
    QByteArray m_demoP12;
    QByteArray m_demoPassword;
};

void TestSandboxCertificates::initTestCase()
{
    QVERIFY2(m_corpus.generate(), qPrintable(m_corpus.errorString()));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->failure()));
    m_bearer = m_sandbox->loginBearer();
    QVERIFY(!m_bearer.isEmpty());
    m_demoP12 = readFile(m_sandbox->info().demoP12);
    m_demoPassword = m_sandbox->info().demoP12Password.toUtf8();
    QVERIFY(!m_demoP12.isEmpty());
    QVERIFY(!m_demoPassword.isEmpty());
}

void TestSandboxCertificates::cleanup()
{
    // Whatever a test did, the sandbox keeps serving.
    QCOMPARE(m_sandbox->get(path(), {{"Authorization", bearer()}}).status, 200);
}

QString TestSandboxCertificates::path(const QString& suffix) const
{
    return QStringLiteral("/mtls/account/%1/certificates%2").arg(m_sandbox->info().accountId, suffix);
}

HttpResult TestSandboxCertificates::upload(const QByteArray& verb, const QString& name, const QByteArray& p12,
                                           const QByteArray& password, qint64 id, const QByteArray& partName)
{
    return m_sandbox->sendMultipart(
        verb, path(QStringLiteral("/by-file")),
        {Part::file("file", p12), Part::text(partName, certificatePart(name, password, id))},
        {{"Authorization", bearer()}});
}

QByteArray TestSandboxCertificates::sampleBytes(const QString& name) const
{
    const std::optional<P12Sample> sample = m_corpus.sample(name);
    return sample ? readFile(sample->path) : QByteArray();
}

QByteArray TestSandboxCertificates::samplePassword(const QString& name) const
{
    const std::optional<P12Sample> sample = m_corpus.sample(name);
    return sample ? sample->password : QByteArray();
}

qint64 TestSandboxCertificates::createDemo(const QString& name)
{
    const HttpResult result = upload("POST", name, m_demoP12, m_demoPassword);
    if (result.status != 201 || savedOf(result).size() != 1)
        return 0;
    return savedOf(result).first().toObject().value(QLatin1String("id")).toInteger();
}

void TestSandboxCertificates::createByFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("by-file") << QStringLiteral("/by-file");
    QTest::newRow("byFile (oldest spelling)") << QStringLiteral("/byFile");
}

void TestSandboxCertificates::createByFile()
{
    QFETCH(QString, suffix);
    const QString name = QStringLiteral("file-") + QString::fromLatin1(QTest::currentDataTag()).left(7);
    const HttpResult result = m_sandbox->sendMultipart(
        "POST", path(suffix),
        {Part::file("file", m_demoP12), Part::text("certificate", certificatePart(name, m_demoPassword))},
        {{"Authorization", bearer()}});
    QCOMPARE(result.status, 201);
    const QJsonObject wrapper = jsonObject(result.body);
    QVERIFY(wrapper.value(QLatin1String("failedSaveToVaultCertificates")).isArray());
    QCOMPARE(wrapper.value(QLatin1String("failedSaveToVaultCertificates")).toArray().size(), 0);
    QCOMPARE(savedOf(result).size(), 1);
    const QJsonObject certificate = savedOf(result).first().toObject();
    QVERIFY(certificate.value(QLatin1String("id")).isDouble());
    QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]{9}$"))
                 .match(QString::number(certificate.value(QLatin1String("id")).toInteger()))
                 .hasMatch(),
             result.body.constData());
    QCOMPARE(certificate.value(QLatin1String("deleted")).toBool(true), false);
    QCOMPARE(certificate.value(QLatin1String("name")).toString(), name);
    QCOMPARE(certificate.value(QLatin1String("displayName")).toString(), name);
    QCOMPARE(certificate.value(QLatin1String("siteId")).toString(), m_sandbox->info().accountId);
    QCOMPARE(certificate.value(QLatin1String("status")).toString(), QStringLiteral("Available"));
    const p12::Report report = p12::P12Inspector::inspect(m_demoP12, m_demoPassword);
    QVERIFY(!report.certificates.isEmpty());
    QCOMPARE(certificate.value(QLatin1String("expirationDate")).toString(),
             report.certificates.first().notAfter.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(certificate.value(QLatin1String("expirationDate")).toString().endsWith(QLatin1String(".000Z")));
}

void TestSandboxCertificates::createByJson_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("oauth1");
    QTest::newRow("signed bytes, bearer") << int(ByteStyle::Signed) << false;
    QTest::newRow("unsigned bytes, bearer") << int(ByteStyle::Unsigned) << false;
    QTest::newRow("base64, bearer") << int(ByteStyle::Base64) << false;
    QTest::newRow("signed bytes, oauth1") << int(ByteStyle::Signed) << true;
}

void TestSandboxCertificates::createByJson()
{
    QFETCH(int, style);
    QFETCH(bool, oauth1);
    const QString name = QStringLiteral("json-%1-%2").arg(style).arg(oauth1);
    const QByteArray p12 = sampleBytes(QStringLiteral("modern"));
    const QByteArray body =
        jsonArrayBody({jsonCertificate(name, p12, samplePassword(QStringLiteral("modern")), ByteStyle(style))});
    const QByteArray authorization = oauth1 ? m_sandbox->oauth1("POST", path()) : bearer();
    const HttpResult result = m_sandbox->sendJson("POST", path(), body, {{"Authorization", authorization}});
    QCOMPARE(result.status, 201);
    QCOMPARE(savedOf(result).size(), 1);
    const QJsonObject certificate = savedOf(result).first().toObject();
    QCOMPARE(certificate.value(QLatin1String("name")).toString(), name);
    QCOMPARE(certificate.value(QLatin1String("status")).toString(), QStringLiteral("Available"));
}

void TestSandboxCertificates::createSeveralByJsonIsAllOrNothing()
{
    const QByteArray p12 = sampleBytes(QStringLiteral("modern"));
    const QByteArray password = samplePassword(QStringLiteral("modern"));
    const HttpResult two = m_sandbox->sendJson(
        "POST", path(),
        jsonArrayBody({jsonCertificate(QStringLiteral("pair-a"), p12, password),
                       jsonCertificate(QStringLiteral("pair-b"), p12, password, ByteStyle::Unsigned)}),
        {{"Authorization", bearer()}});
    QCOMPARE(two.status, 201);
    QCOMPARE(savedOf(two).size(), 2);

    // The second one is refused, so the first is not saved either.
    const HttpResult refused =
        m_sandbox->sendJson("POST", path(),
                            jsonArrayBody({jsonCertificate(QStringLiteral("pair-c"), p12, password),
                                           jsonCertificate(QStringLiteral("pair-d"), p12, QByteArray("wrong"))}),
                            {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(refused, 400, 81);
    QVERIFY2(messageOf(refused).contains(QLatin1String("Certificate 2 of 2")), qPrintable(messageOf(refused)));
    const QByteArray list = m_sandbox->get(path(), {{"Authorization", bearer()}}).body;
    QVERIFY(!list.contains("\"pair-c\""));
}

void TestSandboxCertificates::updateByFile_data()
{
    QTest::addColumn<QByteArray>("partName");
    QTest::newRow("certificate part") << QByteArray("certificate");
    QTest::newRow("body part (older pages)") << QByteArray("body");
}

void TestSandboxCertificates::updateByFile()
{
    QFETCH(QByteArray, partName);
    const QString before = QStringLiteral("upd-") + QString::fromLatin1(partName);
    const qint64 id = createDemo(before);
    QVERIFY(id != 0);
    const QString after = before + QStringLiteral("-renamed");
    // A new file (the corpus "modern" one) and a new name.
    const HttpResult result = upload("PUT", after, sampleBytes(QStringLiteral("modern")),
                                     samplePassword(QStringLiteral("modern")), id, partName);
    QCOMPARE(result.status, 200);
    QCOMPARE(savedOf(result).size(), 1);
    QCOMPARE(savedOf(result).first().toObject().value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(savedOf(result).first().toObject().value(QLatin1String("name")).toString(), after);

    const HttpResult one = m_sandbox->get(path(QStringLiteral("/%1").arg(id)), {{"Authorization", bearer()}});
    QCOMPARE(one.status, 200);
    QCOMPARE(jsonObject(one.body).value(QLatin1String("name")).toString(), after);
    const p12::Report report =
        p12::P12Inspector::inspect(sampleBytes(QStringLiteral("modern")), samplePassword(QStringLiteral("modern")));
    QCOMPARE(jsonObject(one.body).value(QLatin1String("expirationDate")).toString(),
             report.certificates.first().notAfter.toUTC().toString(Qt::ISODateWithMs));

    // The file is required for an update.
    const HttpResult noFile = m_sandbox->sendMultipart(
        "PUT", path(QStringLiteral("/by-file")),
        {Part::text("certificate", certificatePart(after, m_demoPassword, id))}, {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(noFile, 400, 71);
    // And the id.
    const HttpResult noId = upload("PUT", after, m_demoP12, m_demoPassword);
    MTLS_VERIFY_JSON_ERROR(noId, 400, 72);
}

void TestSandboxCertificates::updateByJson()
{
    const qint64 id = createDemo(QStringLiteral("upd-json"));
    QVERIFY(id != 0);
    const HttpResult result =
        m_sandbox->sendJson("PUT", path(),
                            jsonArrayBody({jsonCertificate(QStringLiteral("upd-json-2"), m_demoP12, m_demoPassword,
                                                           ByteStyle::Signed, id)}),
                            {{"Authorization", m_sandbox->oauth1("PUT", path())}});
    QCOMPARE(result.status, 200);
    QCOMPARE(savedOf(result).first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("upd-json-2"));
    QCOMPARE(savedOf(result).first().toObject().value(QLatin1String("id")).toInteger(), id);

    // Renaming onto another live certificate's name is a conflict.
    QVERIFY(createDemo(QStringLiteral("upd-json-other")) != 0);
    const HttpResult clash =
        m_sandbox->sendJson("PUT", path(),
                            jsonArrayBody({jsonCertificate(QStringLiteral("upd-json-other"), m_demoP12, m_demoPassword,
                                                           ByteStyle::Signed, id)}),
                            {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(clash, 409, 73);
}

void TestSandboxCertificates::updateUnknownIdIs404()
{
    const HttpResult byFile = upload("PUT", QStringLiteral("nobody"), m_demoP12, m_demoPassword, 1234567890);
    MTLS_VERIFY_JSON_ERROR(byFile, 404, 54);
    const HttpResult byJson =
        m_sandbox->sendJson("PUT", path(),
                            jsonArrayBody({jsonCertificate(QStringLiteral("nobody"), m_demoP12, m_demoPassword,
                                                           ByteStyle::Signed, 1234567890)}),
                            {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(byJson, 404, 54);
}

void TestSandboxCertificates::readAndDelete()
{
    const qint64 id = createDemo(QStringLiteral("to-delete"));
    QVERIFY(id != 0);
    const QString member = path(QStringLiteral("/%1").arg(id));

    const HttpResult all = m_sandbox->get(path(), {{"Authorization", m_sandbox->oauth1("GET", path())}});
    QCOMPARE(all.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(all.body).array();
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [id](const QJsonValue& value) {
        return value.toObject().value(QLatin1String("id")).toInteger() == id;
    }));

    const HttpResult one = m_sandbox->get(member, {{"Authorization", m_sandbox->oauth1("GET", member)}});
    QCOMPARE(one.status, 200);
    QCOMPARE(jsonObject(one.body).value(QLatin1String("name")).toString(), QStringLiteral("to-delete"));

    const HttpResult removed = m_sandbox->send("DELETE", m_sandbox->url(member), {}, {{"Authorization", bearer()}});
    QCOMPARE(removed.status, 200);
    QVERIFY(removed.body.isEmpty() || removed.body == "{}");

    MTLS_VERIFY_JSON_ERROR(m_sandbox->get(member, {{"Authorization", bearer()}}), 404, 54);
    MTLS_VERIFY_JSON_ERROR(m_sandbox->send("DELETE", m_sandbox->url(member), {}, {{"Authorization", bearer()}}), 404,
                           54);
    QVERIFY(!m_sandbox->get(path(), {{"Authorization", bearer()}}).body.contains("\"to-delete\""));
    // A deleted certificate frees its name.
    QVERIFY(createDemo(QStringLiteral("to-delete")) != 0);
}

void TestSandboxCertificates::unknownIdIs404_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown number") << QStringLiteral("1000000001");
    QTest::newRow("not a number") << QStringLiteral("abc");
}

void TestSandboxCertificates::unknownIdIs404()
{
    QFETCH(QString, id);
    MTLS_VERIFY_JSON_ERROR(m_sandbox->get(path(QLatin1Char('/') + id), {{"Authorization", bearer()}}), 404, 54);
}

void TestSandboxCertificates::duplicateNameIs409()
{
    QVERIFY(createDemo(QStringLiteral("twin")) != 0);
    const HttpResult byFile = upload("POST", QStringLiteral("twin"), m_demoP12, m_demoPassword);
    MTLS_VERIFY_JSON_ERROR(byFile, 409, 73);
    QVERIFY2(messageOf(byFile).contains(QLatin1String("\"twin\"")), qPrintable(messageOf(byFile)));

    const HttpResult byJson = m_sandbox->sendJson(
        "POST", path(), jsonArrayBody({jsonCertificate(QStringLiteral("twin"), m_demoP12, m_demoPassword)}),
        {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(byJson, 409, 73);

    const HttpResult twiceInOne =
        m_sandbox->sendJson("POST", path(),
                            jsonArrayBody({jsonCertificate(QStringLiteral("triplet"), m_demoP12, m_demoPassword),
                                           jsonCertificate(QStringLiteral("triplet"), m_demoP12, m_demoPassword)}),
                            {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(twiceInOne, 409, 73);
}

void TestSandboxCertificates::refusedP12_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("internalCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong password") << QStringLiteral("wrong-password") << 81
                                    << QStringLiteral("The password does not open the P12 file");
    QTest::newRow("PEM, not a P12") << QStringLiteral("pem") << 80 << QStringLiteral("not a readable PKCS#12");
    QTest::newRow("DER certificate") << QStringLiteral("der-cert") << 80 << QStringLiteral("not a readable PKCS#12");
    QTest::newRow("truncated") << QStringLiteral("truncated") << 80 << QStringLiteral("PKCS#12");
    QTest::newRow("empty") << QStringLiteral("empty") << 80 << QStringLiteral("empty");
    QTest::newRow("Camellia: Java cannot load")
        << QStringLiteral("camellia") << 83 << QStringLiteral("Java cannot load");
    QTest::newRow("non-ASCII password: Java cannot load")
        << QStringLiteral("non-ascii-password") << 83 << QStringLiteral("Java cannot load");
    QTest::newRow("no private key") << QStringLiteral("cert-only") << 82 << QStringLiteral("no private key");
    QTest::newRow("key does not match") << QStringLiteral("key-mismatch") << 82 << QStringLiteral("does not match");
}

void TestSandboxCertificates::refusedP12()
{
    QFETCH(QString, sample);
    QFETCH(int, internalCode);
    QFETCH(QString, messagePart);
    const std::optional<P12Sample> file = m_corpus.sample(sample);
    QVERIFY(file);
    const QString name = QStringLiteral("refused-") + sample;
    const HttpResult byFile = upload("POST", name, readFile(file->path), file->password);
    MTLS_VERIFY_JSON_ERROR(byFile, 400, internalCode);
    QVERIFY2(messageOf(byFile).contains(messagePart, Qt::CaseInsensitive), qPrintable(messageOf(byFile)));
    const HttpResult byJson =
        m_sandbox->sendJson("POST", path(), jsonArrayBody({jsonCertificate(name, readFile(file->path), file->password)}),
                            {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(byJson, 400, internalCode);
    QVERIFY(!m_sandbox->get(path(), {{"Authorization", bearer()}}).body.contains(name.toUtf8()));
}

void TestSandboxCertificates::badForm_data()
{
    QTest::addColumn<QList<Part>>("parts");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("internalCode");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = certificatePart(QStringLiteral("form"), "pw");
    QTest::newRow("no file part") << QList<Part>{Part::text("certificate", good)} << 400 << 71
                                  << QStringLiteral("\"file\"");
    QTest::newRow("no certificate part") << QList<Part>{Part::file("file", "x")} << 400 << 71
                                         << QStringLiteral("\"certificate\"");
    QTest::newRow("certificate not JSON") << QList<Part>{Part::file("file", "x"), Part::text("certificate", "name=a")}
                                          << 400 << 23 << QStringLiteral("JSON object");
    QTest::newRow("name missing") << QList<Part>{Part::file("file", "x"),
                                                 Part::text("certificate", R"({"password":"pw"})")}
                                  << 400 << 72 << QStringLiteral("\"name\"");
    QTest::newRow("name empty") << QList<Part>{Part::file("file", "x"),
                                               Part::text("certificate", R"({"name":"  ","password":"pw"})")}
                                << 400 << 72 << QStringLiteral("\"name\"");
    QTest::newRow("password missing") << QList<Part>{Part::file("file", "x"),
                                                     Part::text("certificate", R"({"name":"a"})")}
                                      << 400 << 72 << QStringLiteral("\"password\"");
}

void TestSandboxCertificates::badForm()
{
    QFETCH(QList<Part>, parts);
    QFETCH(int, status);
    QFETCH(int, internalCode);
    QFETCH(QString, messagePart);
    const HttpResult result =
        m_sandbox->sendMultipart("POST", path(QStringLiteral("/by-file")), parts, {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(result, status, internalCode);
    QVERIFY2(messageOf(result).contains(messagePart), qPrintable(messageOf(result)));
}

void TestSandboxCertificates::malformedMultipart()
{
    // The closing delimiter is missing.
    const QByteArray body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.p12\"\r\n\r\nabc";
    const HttpResult broken =
        m_sandbox->send("POST", m_sandbox->url(path(QStringLiteral("/by-file"))), body,
                        {{"Authorization", bearer()}, {"Content-Type", "multipart/form-data; boundary=xyz"}});
    MTLS_VERIFY_JSON_ERROR(broken, 400, 70);
    QVERIFY2(messageOf(broken).contains(QLatin1String("multipart")), qPrintable(messageOf(broken)));

    // Not multipart at all.
    const HttpResult json =
        m_sandbox->sendJson("POST", path(QStringLiteral("/by-file")), "{}", {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(json, 415, 70);
}

void TestSandboxCertificates::badJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("internalCode");
    const QByteArray p12 = "[48,-126,1,255]";
    QTest::newRow("object, not array") << QByteArray(R"({"name":"a","p12":[1],"password":"x"})") << 23;
    QTest::newRow("empty array") << QByteArray("[]") << 72;
    QTest::newRow("element not an object") << QByteArray("[1]") << 72;
    QTest::newRow("byte out of range") << QByteArray(R"([{"name":"a","p12":[300],"password":"x"}])") << 72;
    QTest::newRow("byte below range") << QByteArray(R"([{"name":"a","p12":[-129],"password":"x"}])") << 72;
    QTest::newRow("fraction") << QByteArray(R"([{"name":"a","p12":[1.5],"password":"x"}])") << 72;
    QTest::newRow("bad base64") << QByteArray(R"([{"name":"a","p12":"!!!","password":"x"}])") << 72;
    QTest::newRow("p12 missing") << QByteArray(R"([{"name":"a","password":"x"}])") << 72;
    QTest::newRow("not a P12") << QByteArray(R"([{"name":"a","p12":)" + p12 + R"(,"password":"x"}])") << 80;
}

void TestSandboxCertificates::badJson()
{
    QFETCH(QByteArray, body);
    QFETCH(int, internalCode);
    MTLS_VERIFY_JSON_ERROR(m_sandbox->sendJson("POST", path(), body, {{"Authorization", bearer()}}), 400, internalCode);
}

void TestSandboxCertificates::oversizedUploadIs413()
{
    // 25 MB against the 20 MiB limit: refused before any handler; a client may also see the connection end first.
    const HttpResult result = upload("POST", QStringLiteral("huge"), QByteArray(25 * 1000 * 1000, 'x'), "pw");
    if (result.status != 0)
        MTLS_VERIFY_JSON_ERROR(result, 413, 60);
    else
        QVERIFY(result.error != QNetworkReply::NoError);
    // cleanup() checks that the next request is served.
}

void TestSandboxCertificates::authenticationKinds_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("POST by-file") << QByteArray("POST") << QStringLiteral("/by-file");
    QTest::newRow("PUT by-file") << QByteArray("PUT") << QStringLiteral("/by-file");
    QTest::newRow("POST byFile") << QByteArray("POST") << QStringLiteral("/byFile");
}

void TestSandboxCertificates::authenticationKinds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const QList<Part> parts{Part::file("file", m_demoP12),
                            Part::text("certificate", certificatePart(QStringLiteral("auth"), m_demoPassword, 1))};
    // by-file is Bearer only: an OAuth1 signature is the wrong kind.
    const HttpResult oauth =
        m_sandbox->sendMultipart(verb, path(suffix), parts, {{"Authorization", m_sandbox->oauth1(verb, path(suffix))}});
    MTLS_VERIFY_JSON_ERROR(oauth, 403, 36);
    const HttpResult none = m_sandbox->sendMultipart(verb, path(suffix), parts);
    MTLS_VERIFY_JSON_ERROR(none, 401, 30);
    const HttpResult badBearer =
        m_sandbox->sendMultipart(verb, path(suffix), parts, {{"Authorization", "Bearer nope"}});
    MTLS_VERIFY_JSON_ERROR(badBearer, 401, 32);
    // The JSON and read endpoints take either kind, so only the missing header fails there.
    MTLS_VERIFY_JSON_ERROR(m_sandbox->get(path()), 401, 30);
}

void TestSandboxCertificates::expiredCertificateIsUnavailable()
{
    const HttpResult result = upload("POST", QStringLiteral("expired"), sampleBytes(QStringLiteral("expired")),
                                     samplePassword(QStringLiteral("expired")));
    QCOMPARE(result.status, 201);
    QCOMPARE(savedOf(result).first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("UnAvailable"));
}

void TestSandboxCertificates::restartKeepsCertificates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 id = 0;
    QByteArray listBefore;
    {
        SandboxFixture first({}, dir.path());
        QVERIFY2(first.start(), qPrintable(first.failure()));
        const QByteArray bearerToken = "Bearer " + first.loginBearer();
        const QString collection = QStringLiteral("/mtls/account/%1/certificates").arg(first.info().accountId);
        const HttpResult created = first.sendMultipart(
            "POST", collection + QStringLiteral("/by-file"),
            {Part::file("file", readFile(first.info().demoP12)),
             Part::text("certificate", certificatePart(QStringLiteral("kept"), first.info().demoP12Password.toUtf8()))},
            {{"Authorization", bearerToken}});
        QCOMPARE(created.status, 201);
        id = savedOf(created).first().toObject().value(QLatin1String("id")).toInteger();
        const HttpResult gone = first.sendMultipart(
            "POST", collection + QStringLiteral("/by-file"),
            {Part::file("file", readFile(first.info().demoP12)),
             Part::text("certificate", certificatePart(QStringLiteral("gone"), first.info().demoP12Password.toUtf8()))},
            {{"Authorization", bearerToken}});
        QCOMPARE(gone.status, 201);
        const qint64 goneId = savedOf(gone).first().toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(first
                     .send("DELETE", first.url(collection + QStringLiteral("/%1").arg(goneId)), {},
                           {{"Authorization", bearerToken}})
                     .status,
                 200);
        listBefore = first.get(collection, {{"Authorization", bearerToken}}).body;
        first.stop();
    }
    SandboxFixture second({}, dir.path());
    QVERIFY2(second.start(), qPrintable(second.failure()));
    const QByteArray bearerToken = "Bearer " + second.loginBearer();
    const QString collection = QStringLiteral("/mtls/account/%1/certificates").arg(second.info().accountId);
    const HttpResult list = second.get(collection, {{"Authorization", bearerToken}});
    QCOMPARE(list.status, 200);
    QCOMPARE(QJsonDocument::fromJson(list.body), QJsonDocument::fromJson(listBefore));
    QCOMPARE(QJsonDocument::fromJson(list.body).array().size(), 1);
    const HttpResult one = second.get(collection + QStringLiteral("/%1").arg(id), {{"Authorization", bearerToken}});
    QCOMPARE(one.status, 200);
    QCOMPARE(jsonObject(one.body).value(QLatin1String("name")).toString(), QStringLiteral("kept"));
}

void TestSandboxCertificates::autoGenerate()
{
    const QString generatePath = QStringLiteral("/api/account/%1/certificate").arg(m_sandbox->info().accountId);
    const QByteArray body = R"({"certificateName":"generated1","p12Password":"Secret-123"})";
    const HttpResult result = m_sandbox->sendJson("POST", generatePath, body, {{"Authorization", bearer()}});
    QCOMPARE(result.status, 201);
    QCOMPARE(savedOf(result).size(), 1);
    const QJsonObject certificate = savedOf(result).first().toObject();
    QCOMPARE(certificate.value(QLatin1String("name")).toString(), QStringLiteral("generated1"));
    QCOMPARE(certificate.value(QLatin1String("status")).toString(), QStringLiteral("Available"));
    const QDateTime expires =
        QDateTime::fromString(certificate.value(QLatin1String("expirationDate")).toString(), Qt::ISODateWithMs);
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expires);
    QVERIFY2(days >= 364 && days <= 366, qPrintable(QString::number(days)));
    const qint64 id = certificate.value(QLatin1String("id")).toInteger();
    QCOMPARE(m_sandbox->get(path(QStringLiteral("/%1").arg(id)), {{"Authorization", bearer()}}).status, 200);

    MTLS_VERIFY_JSON_ERROR(m_sandbox->sendJson("POST", generatePath, body, {{"Authorization", bearer()}}), 409, 73);
    MTLS_VERIFY_JSON_ERROR(
        m_sandbox->sendJson("POST", generatePath, body, {{"Authorization", m_sandbox->oauth1("POST", generatePath)}}),
        403, 36);
}

void TestSandboxCertificates::autoGenerateRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("internalCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("too short") << QStringLiteral("rule1") << QStringLiteral("Ab1!x") << 74
                               << QStringLiteral("8 to 500");
    QTest::newRow("too long") << QStringLiteral("rule2") << (QStringLiteral("Ab1!") + QString(500, QLatin1Char('x')))
                              << 74 << QStringLiteral("8 to 500");
    QTest::newRow("no digit") << QStringLiteral("rule3") << QStringLiteral("Abcdefg!") << 74 << QStringLiteral("digit");
    QTest::newRow("no lower-case") << QStringLiteral("rule4") << QStringLiteral("ABCDEF1!") << 74
                                   << QStringLiteral("lower-case");
    QTest::newRow("no upper-case") << QStringLiteral("rule5") << QStringLiteral("abcdef1!") << 74
                                   << QStringLiteral("upper-case");
    QTest::newRow("no special") << QStringLiteral("rule6") << QStringLiteral("Abcdef12") << 74
                                << QStringLiteral("one of these characters");
    QTest::newRow("en dash: Java cannot open")
        << QStringLiteral("rule7") << QStringLiteral("Abcdef1\u2013") << 74 << QStringLiteral("ASCII");
    QTest::newRow("name with a dash") << QStringLiteral("my-cert") << QStringLiteral("Abcdef1!") << 72
                                      << QStringLiteral("letters and digits");
    QTest::newRow("empty name") << QString() << QStringLiteral("Abcdef1!") << 72
                                << QStringLiteral("letters and digits");
}

void TestSandboxCertificates::autoGenerateRules()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(int, internalCode);
    QFETCH(QString, messagePart);
    const QString generatePath = QStringLiteral("/api/account/%1/certificate").arg(m_sandbox->info().accountId);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("certificateName"), name}, {QStringLiteral("p12Password"), password}})
            .toJson(QJsonDocument::Compact);
    const HttpResult result = m_sandbox->sendJson("POST", generatePath, body, {{"Authorization", bearer()}});
    MTLS_VERIFY_JSON_ERROR(result, 400, internalCode);
    QVERIFY2(messageOf(result).contains(messagePart), qPrintable(messageOf(result)));
}

QTEST_GUILESS_MAIN(TestSandboxCertificates)
#include "tst_sandbox_certificates.moc"
