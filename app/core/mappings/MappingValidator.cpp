#include "mappings/MappingValidator.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace mtlsdesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(MappingValidator)
};

void add(QList<MappingIssue>& issues, MappingIssue::Severity severity, MappingIssue::Field field, const char* code,
         const QString& message)
{
    issues.append({severity, field, QString::fromLatin1(code), message});
}

// The row that had `key` first, or -1 after recording `row` as the first.
int firstRow(QHash<QString, int>& firstByKey, const QString& key, int row)
{
    const auto it = firstByKey.constFind(key);
    if (it != firstByKey.cend())
        return it.value();
    firstByKey.insert(key, row);
    return -1;
}

} // namespace

namespace {

QString problemOf(const QString& text, const QUrl& url)
{
    if (text.trimmed().isEmpty())
        return Text::tr("Enter the full URL the service calls, e.g. https://partner.example/api/token.");
    if (text.size() != text.trimmed().size())
        return Text::tr("The URL has spaces at its start or end; the service compares the whole text.");
    if (!url.isValid())
        return Text::tr("This is not a valid URL: %1").arg(url.errorString());
    if (url.scheme() != QLatin1String("https"))
        return url.scheme().isEmpty() ? Text::tr("The URL must be absolute and start with https://.")
                                      : Text::tr("The URL must use https:// (mutual TLS), not %1://.").arg(url.scheme());
    if (url.host().isEmpty())
        return Text::tr("The URL has no host name.");
    if (url.hasFragment())
        return Text::tr("The URL has a #fragment, which is never sent to a server.");
    return {};
}

QString looseFormOf(const QString& text, const QUrl& url)
{
    if (!url.isValid())
        return text.trimmed().toLower();
    QString path = url.path(QUrl::FullyDecoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString query;
    if (url.hasQuery()) {
        QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        std::sort(items.begin(), items.end());
        for (const auto& [key, value] : items)
            query += key + QLatin1Char('=') + value + QLatin1Char('&');
    }
    const int port = url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : -1);
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() +
           (port == 443 || port == -1 ? QString() : QLatin1Char(':') + QString::number(port)) + path + QLatin1Char('?') +
           query;
}

} // namespace

QString MappingValidator::urlProblem(const QString& text)
{
    return problemOf(text, QUrl(text, QUrl::StrictMode));
}

QString MappingValidator::looseForm(const QString& text)
{
    return looseFormOf(text, QUrl(text.trimmed()));
}

bool MappingValidator::hasErrors(const QList<MappingIssue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const MappingIssue& issue) { return issue.severity == MappingIssue::Severity::Error; });
}

QList<QList<MappingIssue>> MappingValidator::validate(const QList<Mapping>& rows,
                                                      const std::optional<QList<Certificate>>& certificates,
                                                      const QDateTime& now)
{
    using S = MappingIssue::Severity;
    using F = MappingIssue::Field;
    QList<QList<MappingIssue>> result(rows.size());

    // First occurrence of each name, key and loose URL form (per service), then one pass to report.
    QHash<QString, int> firstByName;
    QHash<QString, int> firstByKey;
    QHash<QString, int> firstByLoose;
    firstByName.reserve(rows.size());
    firstByKey.reserve(rows.size());
    firstByLoose.reserve(rows.size());
    QHash<QString, const Certificate*> certificateById;
    if (certificates) {
        for (const Certificate& certificate : *certificates)
            certificateById.insert(QString::number(certificate.id), &certificate);
    }

    for (int row = 0; row < rows.size(); ++row) {
        const Mapping& mapping = rows.at(row);
        QList<MappingIssue>& issues = result[row];

        // Name.
        if (mapping.name.trimmed().isEmpty()) {
            add(issues, S::Error, F::Name, "name-missing", Text::tr("Give the mapping a name (unique in the account)."));
        } else if (const int other = firstRow(firstByName, mapping.name, row); other >= 0) {
            add(issues, S::Error, F::Name, "name-duplicate",
                Text::tr("Another mapping (%1) already has the name \"%2\": names are unique per account.")
                    .arg(rows.at(other).url.isEmpty() ? Text::tr("a new row") : rows.at(other).url)
                    .arg(mapping.name));
        }

        // Service.
        if (mapping.serviceId.isEmpty())
            add(issues, S::Error, F::Service, "service-missing", Text::tr("Choose the service that makes the call."));
        else if (!MappingServices::isKnown(mapping.serviceId))
            add(issues, S::Warning, F::Service, "service-unknown",
                Text::tr("Service id %1 is not one of the documented services (TEST_SERVICE, IDP, WEBHOOKS).")
                    .arg(mapping.serviceId));

        // URL: form, exact duplicates of the key, and variants the runtime would not match.
        const QUrl url(mapping.url, QUrl::StrictMode); // parsed once per row
        if (const QString problem = problemOf(mapping.url, url); !problem.isEmpty()) {
            add(issues, S::Error, F::Url, "url-invalid", problem);
        } else {
            const QString key = mapping.key();
            if (const int other = firstRow(firstByKey, key, row); other >= 0) {
                add(issues, S::Error, F::Url, "key-duplicate",
                    Text::tr("Mapping \"%1\" already maps this service and URL: the service allows one certificate "
                             "per service and URL.")
                        .arg(rows.at(other).name));
            } else {
                const QString loose = mapping.serviceId + QLatin1Char('\n') + looseFormOf(mapping.url, url);
                if (const int other = firstRow(firstByLoose, loose, row); other >= 0) {
                    add(issues, S::Warning, F::Url, "url-variant",
                        Text::tr("Mapping \"%1\" has almost the same URL (%2). The service compares the whole URL "
                                 "as written (trailing slash, letter case and query order included), so these are two "
                                 "different mappings.")
                            .arg(rows.at(other).name, rows.at(other).url));
                }
            }
        }

        // Certificate.
        if (mapping.certificationId.isEmpty()) {
            add(issues, S::Error, F::Certificate, "certificate-missing", Text::tr("Choose the certificate to use."));
        } else if (bool numeric = false; (mapping.certificationId.toLongLong(&numeric), !numeric)) {
            add(issues, S::Error, F::Certificate, "certificate-invalid",
                Text::tr("The certificate id must be a number, not \"%1\".").arg(mapping.certificationId));
        } else if (certificates) {
            const Certificate* certificate = certificateById.value(mapping.certificationId);
            if (!certificate) {
                add(issues, S::Error, F::Certificate, "certificate-unknown",
                    Text::tr("The account has no certificate with id %1.").arg(mapping.certificationId));
            } else if (const std::optional<qint64> days = certificate->daysLeft(now); days && *days < 0) {
                add(issues, S::Warning, F::Certificate, "certificate-expired",
                    Text::tr("Certificate \"%1\" has expired: calls with this mapping fail.").arg(certificate->name));
            } else if (days && *days < 30) {
                add(issues, S::Warning, F::Certificate, "certificate-expiring",
                    Text::tr("Certificate \"%1\" expires in %n day(s).", nullptr, int(*days)).arg(certificate->name));
            }
        }

        if (!mapping.enable)
            add(issues, S::Warning, F::Enabled, "disabled",
                Text::tr("This mapping is disabled: the runtime ignores it until it is enabled."));
    }
    return result;
}

} // namespace mtlsdesk
