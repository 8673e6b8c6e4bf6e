#include "certs/Certificate.h"

#include "net/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mtlsdesk {

using json::readId;
using json::setProblem;

std::optional<qint64> Certificate::daysLeft(const QDateTime& now) const
{
    if (!expirationDate.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(expirationDate);
    // Floor division: 12 hours past expiry is day -1, not day 0.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QDateTime Certificate::parseDate(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Casting a double out of qint64's range is undefined: such a number is no date (found by fuzz_certificates).
        const double ms = value.toDouble();
        if (!(std::abs(ms) < 9.2e18))
            return {};
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid()) // Java's default "yyyy-MM-dd'T'HH:mm:ss.SSSZ" writes the offset as +0000
        date = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzt"));
    if (!date.isValid())
        date = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        bool ok = false;
        const qint64 ms = text.toLongLong(&ok);
        if (ok)
            date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return date.isValid() ? date.toUTC() : QDateTime();
}

std::optional<Certificate> Certificate::fromJson(const QJsonObject& object, QString* problem)
{
    Certificate certificate;
    const std::optional<qint64> id = readId(object.value(QLatin1String("id")));
    if (!id) {
        setProblem(problem, QStringLiteral("a certificate has no numeric id"));
        return std::nullopt;
    }
    certificate.id = *id;
    certificate.name = object.value(QLatin1String("name")).toString();
    if (certificate.name.isEmpty()) {
        setProblem(problem, QStringLiteral("certificate %1 has no name").arg(certificate.id));
        return std::nullopt;
    }
    certificate.deleted = object.value(QLatin1String("deleted")).toBool();
    certificate.displayName = object.value(QLatin1String("displayName")).toString();
    certificate.siteId = object.value(QLatin1String("siteId")).toVariant().toString();
    certificate.status = object.value(QLatin1String("status")).toString();
    certificate.expirationDate = parseDate(object.value(QLatin1String("expirationDate")));
    return certificate;
}

std::optional<QList<Certificate>> Certificate::listFromJson(const QByteArray& body, QString* problem)
{
    std::optional<QList<Certificate>> certificates = json::readList<Certificate>(body, problem, &Certificate::fromJson);
    if (certificates)
        certificates->removeIf([](const Certificate& certificate) { return certificate.deleted; });
    return certificates;
}

std::optional<Certificate> Certificate::oneFromJson(const QByteArray& body, QString* problem)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.isArray() ? document.array().first().toObject() : document.object();
    return fromJson(object, problem);
}

std::optional<SaveResult> SaveResult::fromJson(const QByteArray& body, QString* problem)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        setProblem(problem, QStringLiteral("the answer is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    SaveResult result;
    const QLatin1String savedKey("successfulySavedCertificates");
    if (!object.contains(savedKey) && object.contains(QLatin1String("id"))) {
        std::optional<Certificate> certificate = Certificate::fromJson(object, problem);
        if (!certificate)
            return std::nullopt;
        result.saved.append(*certificate);
        return result;
    }
    if (!object.value(savedKey).isArray()) {
        setProblem(problem, QStringLiteral("the answer has no successfulySavedCertificates list"));
        return std::nullopt;
    }
    const QJsonArray saved = object.value(savedKey).toArray();
    for (const QJsonValue& entry : saved) {
        std::optional<Certificate> certificate = Certificate::fromJson(entry.toObject(), problem);
        if (!certificate)
            return std::nullopt;
        result.saved.append(*certificate);
    }
    const QJsonArray failed = object.value(QLatin1String("failedSaveToVaultCertificates")).toArray();
    for (const QJsonValue& entry : failed) {
        const QString name = entry.isObject() ? entry.toObject().value(QLatin1String("name")).toString()
                                              : entry.toVariant().toString();
        result.failedToVault.append(name);
    }
    return result;
}

} // namespace mtlsdesk
