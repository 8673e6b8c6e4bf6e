#include "P12Corpus.h"
#include "p12/P12Inspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::p12;
using mtlsdesk::test::P12Corpus;
using mtlsdesk::test::P12Sample;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QStringList findingCodes(const Report& report)
{
    QStringList codes;
    for (const Finding& finding : report.findings)
        codes.append(finding.code);
    return codes;
}

// Everything a reader needs to see what the inspector said, printed with a failing row.
QString describe(const Report& report)
{
    QString leaf;
    if (!report.certificates.isEmpty()) {
        const CertificateInfo& first = report.certificates.first();
        leaf = QStringLiteral("%1 %2 %3").arg(first.commonName, first.keyType).arg(first.keyBits);
    }
    return QStringLiteral("readable=%1 error=\"%2\" (%3) key=%4 %5 matchesLeaf=%6 certificates=%7 leaf=[%8] "
                          "chainComplete=%9 encryption=[keys \"%10\", certificates \"%11\", mac \"%12\"] "
                          "java=%13 olderJava=%14 reason=\"%15\" findings=[%16]")
        .arg(yesNo(report.readable), errorKindKey(report.error), report.errorMessage, yesNo(report.hasPrivateKey),
             report.keyType, yesNo(report.keyMatchesLeaf))
        .arg(report.certificates.size())
        .arg(leaf, yesNo(report.chainComplete), report.encryption.keys, report.encryption.certificates,
             report.encryption.mac, yesNo(report.java.loads), yesNo(report.java.olderJavaLoads), report.java.reason)
        .arg(findingCodes(report).join(QStringLiteral(", ")));
}

// Checks that a JSON object has each key with the given type; appends what is wrong.
void requireKeys(const QJsonObject& object, const QString& where,
                 const QList<std::pair<const char*, QJsonValue::Type>>& keys, QStringList& problems)
{
    for (const auto& [key, type] : keys) {
        const QString name = QString::fromLatin1(key);
        if (!object.contains(name))
            problems.append(QStringLiteral("%1.%2 missing").arg(where, name));
        else if (object.value(name).type() != type)
            problems.append(QStringLiteral("%1.%2 has JSON type %3, expected %4")
                                .arg(where, name)
                                .arg(int(object.value(name).type()))
                                .arg(int(type)));
    }
}

} // namespace

class TestP12Corpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void errorKindKeys();
    void inspect_data();
    void inspect();
    void json_data();
    void json();
    void wrongPasswordsAreNeverDamage();

private:
    void sampleRows();

    P12Corpus m_corpus;
};

void TestP12Corpus::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_corpus.generate(), qPrintable(m_corpus.errorString()));
    qInfo("corpus: %lld samples in %lld ms%s", qint64(m_corpus.samples().size()), timer.elapsed(),
          m_corpus.hasKeytoolSample() ? "" : " (keytool not on PATH: no keytool sample)");
}

void TestP12Corpus::errorKindKeys()
{
    QCOMPARE(errorKindKey(ErrorKind::None), QString());
    QCOMPARE(errorKindKey(ErrorKind::Empty), QStringLiteral("empty"));
    QCOMPARE(errorKindKey(ErrorKind::NotPkcs12), QStringLiteral("not-pkcs12"));
    QCOMPARE(errorKindKey(ErrorKind::Corrupt), QStringLiteral("corrupt"));
    QCOMPARE(errorKindKey(ErrorKind::BadPassword), QStringLiteral("bad-password"));
    QCOMPARE(errorKindKey(ErrorKind::UnsupportedAlgorithm), QStringLiteral("unsupported-algorithm"));
}

void TestP12Corpus::sampleRows()
{
    QTest::addColumn<P12Sample>("sample");
    for (const P12Sample& sample : m_corpus.samples())
        QTest::newRow(sample.name.toUtf8().constData()) << sample;
}

void TestP12Corpus::inspect_data()
{
    sampleRows();
}

// Collects every disagreement of a row, so that one run shows all of them with the whole report.
void TestP12Corpus::inspect()
{
    QFETCH(P12Sample, sample);
    const Report report = P12Inspector::inspect(readAll(sample.path), sample.password);

    QStringList problems;
    auto check = [&problems](const char* what, const QString& actual, const QString& expected) {
        if (actual != expected)
            problems.append(
                QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(QString::fromLatin1(what), actual, expected));
    };
    check("readable", yesNo(report.readable), yesNo(sample.readable));
    check("errorKind", errorKindKey(report.error), sample.errorKind);
    if (sample.readable) {
        check("hasPrivateKey", yesNo(report.hasPrivateKey), yesNo(sample.hasPrivateKey));
        check("certificates", QString::number(report.certificates.size()), QString::number(sample.certificateCount));
        const CertificateInfo leaf = report.certificates.value(0);
        check("leaf keyType", leaf.keyType, sample.leafKeyType);
        if (sample.leafKeyBits > 0)
            check("leaf keyBits", QString::number(leaf.keyBits), QString::number(sample.leafKeyBits));
        const QStringList codes = findingCodes(report);
        for (const QString& code : sample.expectedFindingCodes) {
            if (!codes.contains(code))
                problems.append(QStringLiteral("finding %1 missing").arg(code));
        }
        if ((!report.java.loads || !report.java.olderJavaLoads) && report.java.reason.isEmpty())
            problems.append(QStringLiteral("java.reason empty although a Java verdict is false"));
    }
    check("java.loads", yesNo(report.java.loads), yesNo(sample.javaLoads));
    check("java.olderJavaLoads", yesNo(report.java.olderJavaLoads), yesNo(sample.olderJavaLoads));

    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 (%2):\n    %3\n    inspector: %4")
                            .arg(sample.name, sample.path, problems.join(QStringLiteral("\n    ")), describe(report))));
}

// About one wrong password in 256 gets through CBC's padding check and decrypts to random bytes; that must be
// reported as a wrong password, not as a damaged file. 400 wrong passwords against every readable sample with a
// MAC make a lucky padding all but certain to occur.
void TestP12Corpus::wrongPasswordsAreNeverDamage()
{
    int tried = 0;
    for (const P12Sample& sample : m_corpus.samples()) {
        if (!sample.readable)
            continue;
        const QByteArray data = readAll(sample.path);
        const Report right = P12Inspector::inspect(data, sample.password);
        if (!right.encryption.hasMac || !right.encryption.keysPbes2 || tried >= 400)
            continue;
        for (int i = 0; i < 100 && tried < 400; ++i, ++tried) {
            const QByteArray wrong = "wrong-" + QByteArray::number(i);
            const Report report = P12Inspector::inspect(data, wrong);
            QVERIFY2(report.error == ErrorKind::BadPassword,
                     qPrintable(QStringLiteral("%1 with \"%2\": %3").arg(sample.name, QString::fromLatin1(wrong),
                                                                          report.errorMessage)));
        }
    }
    QVERIFY(tried > 0);
}

void TestP12Corpus::json_data()
{
    sampleRows();
}

// The JSON of --json carries every field of P12Report.h. Its shape: "error" {kind, message} only when unreadable,
// the readable-only parts (key, certificates, java, findings) only when readable; Report::keyType is
// "privateKeyType" and Encryption::needsLegacyProvider is "legacyProviderNeeded". Every other field keeps its
// member name.
void TestP12Corpus::json()
{
    QFETCH(P12Sample, sample);
    const Report report = P12Inspector::inspect(readAll(sample.path), sample.password);
    const QJsonObject json = report.toJson();
    QStringList problems;

    using T = QJsonValue::Type;
    requireKeys(json, QStringLiteral("report"), {{"readable", T::Bool}, {"encryption", T::Object}}, problems);
    requireKeys(json.value(QStringLiteral("encryption")).toObject(), QStringLiteral("encryption"),
                {{"keys", T::String},
                 {"certificates", T::String},
                 {"mac", T::String},
                 {"iterations", T::Double},
                 {"macIterations", T::Double},
                 {"keysPbes2", T::Bool},
                 {"certificatesPbes2", T::Bool},
                 {"hasMac", T::Bool},
                 {"legacyProviderNeeded", T::Bool}},
                problems);
    if (json.value(QStringLiteral("readable")).toBool() != report.readable)
        problems.append(QStringLiteral("readable differs from the report"));

    if (!report.readable) {
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        requireKeys(error, QStringLiteral("error"), {{"kind", T::String}, {"message", T::String}}, problems);
        if (error.value(QStringLiteral("kind")).toString() != errorKindKey(report.error))
            problems.append(QStringLiteral("error.kind \"%1\" is not errorKindKey() \"%2\"")
                                .arg(error.value(QStringLiteral("kind")).toString(), errorKindKey(report.error)));
    } else {
        requireKeys(json, QStringLiteral("report"),
                    {{"hasPrivateKey", T::Bool},
                     {"privateKeyType", T::String},
                     {"keyMatchesLeaf", T::Bool},
                     {"certificates", T::Array},
                     {"chainComplete", T::Bool},
                     {"java", T::Object},
                     {"findings", T::Array}},
                    problems);
        requireKeys(json.value(QStringLiteral("java")).toObject(), QStringLiteral("java"),
                    {{"loads", T::Bool}, {"olderJavaLoads", T::Bool}, {"reason", T::String}}, problems);

        const QJsonArray certificates = json.value(QStringLiteral("certificates")).toArray();
        if (certificates.size() != report.certificates.size())
            problems.append(QStringLiteral("certificates: %1 in JSON, %2 in the report")
                                .arg(certificates.size())
                                .arg(report.certificates.size()));
        for (qsizetype i = 0; i < certificates.size(); ++i) {
            const QJsonObject certificate = certificates.at(i).toObject();
            const QString where = QStringLiteral("certificates[%1]").arg(i);
            requireKeys(certificate, where,
                        {{"commonName", T::String},
                         {"subject", T::String},
                         {"issuer", T::String},
                         {"serial", T::String},
                         {"notBefore", T::String},
                         {"notAfter", T::String},
                         {"keyType", T::String},
                         {"keyBits", T::Double},
                         {"curve", T::String},
                         {"signatureAlgorithm", T::String},
                         {"subjectAltNames", T::Array},
                         {"keyUsage", T::Array},
                         {"extendedKeyUsage", T::Array},
                         {"isCA", T::Bool},
                         {"selfSigned", T::Bool},
                         {"sha256", T::String},
                         {"friendlyName", T::String},
                         {"der", T::String}},
                        problems);
            if (i < report.certificates.size()) {
                const QString text = certificate.value(QStringLiteral("notAfter")).toString();
                if (QDateTime::fromString(text, Qt::ISODate) != report.certificates.at(i).notAfter)
                    problems.append(QStringLiteral("%1.notAfter \"%2\" is not the report's %3 in ISO 8601")
                                        .arg(where, text, report.certificates.at(i).notAfter.toString(Qt::ISODate)));
            }
        }

        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QStringList jsonCodes;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject finding = findings.at(i).toObject();
            requireKeys(finding, QStringLiteral("findings[%1]").arg(i),
                        {{"severity", T::String}, {"code", T::String}, {"message", T::String}}, problems);
            jsonCodes.append(finding.value(QStringLiteral("code")).toString());
        }
        if (jsonCodes != findingCodes(report))
            problems.append(
                QStringLiteral("finding codes in JSON [%1] differ from the report's [%2]")
                    .arg(jsonCodes.join(QStringLiteral(", ")), findingCodes(report).join(QStringLiteral(", "))));
    }

    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1:\n    %2\n    JSON: %3")
                            .arg(sample.name, problems.join(QStringLiteral("\n    ")),
                                 QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact).left(600)))));
}

QTEST_GUILESS_MAIN(TestP12Corpus)
#include "tst_p12corpus.moc"
