#pragma once

// Checks a set of mappings before anything is sent, with the service's own rules (contract §3, §5, §7):
// mapping names unique per account; one certificate per (service, URL), the URL compared as written; an
// absolute https URL; a certificate that exists. It also warns about what the service accepts but the admin
// probably did not mean: URLs that differ only by a trailing slash, letter case or query order (the runtime
// will not match one for the other), disabled rows, unknown service ids, expired or expiring certificates.
// One pass with hash maps: fast enough for 100,000 rows on every edit.

#include "certs/Certificate.h"
#include "mappings/Mapping.h"

#include <QDateTime>
#include <QHash>

namespace mtlsdesk {

struct MappingIssue
{
    enum class Severity { Error, Warning };
    enum class Field { Name, Service, Url, Certificate, Enabled };
    Severity severity = Severity::Error;
    Field field = Field::Name;
    QString code;    // stable: "name-missing", "name-duplicate", "key-duplicate", "url-invalid", "url-variant", ...
    QString message; // one sentence for the user
};

class MappingValidator
{
public:
    // `certificates`: the account's list when it is known (else a certificate id is only checked for form).
    static QList<QList<MappingIssue>> validate(const QList<Mapping>& rows,
                                               const std::optional<QList<Certificate>>& certificates,
                                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The URL as the admin probably meant it: scheme and host lower-case, default port dropped, no trailing
    // slash on the path, query items sorted. Two URLs with the same form but different text are "variants".
    static QString looseForm(const QString& url);
    // Empty when `url` is an absolute https URL with a host; otherwise why not.
    static QString urlProblem(const QString& url);
    static bool hasErrors(const QList<MappingIssue>& issues);
};

} // namespace mtlsdesk
