#include "p12/P12Report.h"

#include <QJsonArray>

namespace mtlsdesk::p12 {

namespace {

QString severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool isJavaPbes2Password(const QByteArray& password)
{
    return std::all_of(password.begin(), password.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

bool Report::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& finding) { return finding.severity == Finding::Severity::Error; });
}

QJsonObject Report::toJson() const
{
    QJsonObject object{{QStringLiteral("readable"), readable}};
    if (!readable) {
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindKey(error)},
                                                           {QStringLiteral("message"), errorMessage}});
    }
    object.insert(QStringLiteral("encryption"),
                  QJsonObject{{QStringLiteral("keys"), encryption.keys},
                              {QStringLiteral("certificates"), encryption.certificates},
                              {QStringLiteral("mac"), encryption.mac},
                              {QStringLiteral("iterations"), encryption.iterations},
                              {QStringLiteral("macIterations"), encryption.macIterations},
                              {QStringLiteral("keysPbes2"), encryption.keysPbes2},
                              {QStringLiteral("certificatesPbes2"), encryption.certificatesPbes2},
                              {QStringLiteral("hasMac"), encryption.hasMac},
                              {QStringLiteral("legacyProviderNeeded"), encryption.needsLegacyProvider}});
    if (!readable)
        return object;

    object.insert(QStringLiteral("hasPrivateKey"), hasPrivateKey);
    object.insert(QStringLiteral("privateKeyType"), keyType);
    object.insert(QStringLiteral("keyMatchesLeaf"), keyMatchesLeaf);
    object.insert(QStringLiteral("chainComplete"), chainComplete);
    QJsonArray chain;
    for (const CertificateInfo& certificate : certificates) {
        chain.append(QJsonObject{
            {QStringLiteral("commonName"), certificate.commonName},
            {QStringLiteral("subject"), certificate.subject},
            {QStringLiteral("issuer"), certificate.issuer},
            {QStringLiteral("serial"), certificate.serial},
            {QStringLiteral("notBefore"), isoUtc(certificate.notBefore)},
            {QStringLiteral("notAfter"), isoUtc(certificate.notAfter)},
            {QStringLiteral("keyType"), certificate.keyType},
            {QStringLiteral("keyBits"), certificate.keyBits},
            {QStringLiteral("curve"), certificate.curve},
            {QStringLiteral("signatureAlgorithm"), certificate.signatureAlgorithm},
            {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(certificate.subjectAltNames)},
            {QStringLiteral("keyUsage"), QJsonArray::fromStringList(certificate.keyUsage)},
            {QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(certificate.extendedKeyUsage)},
            {QStringLiteral("isCA"), certificate.isCA},
            {QStringLiteral("selfSigned"), certificate.selfSigned},
            {QStringLiteral("sha256"), certificate.sha256},
            {QStringLiteral("friendlyName"), certificate.friendlyName},
            {QStringLiteral("der"), QString::fromLatin1(certificate.der.toBase64())},
        });
    }
    object.insert(QStringLiteral("certificates"), chain);
    object.insert(QStringLiteral("java"), QJsonObject{{QStringLiteral("loads"), java.loads},
                                                      {QStringLiteral("olderJavaLoads"), java.olderJavaLoads},
                                                      {QStringLiteral("reason"), java.reason}});
    QJsonArray list;
    for (const Finding& finding : findings)
        list.append(QJsonObject{{QStringLiteral("severity"), severityKey(finding.severity)},
                                {QStringLiteral("code"), finding.code},
                                {QStringLiteral("message"), finding.message}});
    object.insert(QStringLiteral("findings"), list);
    return object;
}

} // namespace mtlsdesk::p12
