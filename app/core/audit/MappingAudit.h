#pragma once

// The visual mapping audit's content: the account's certificates on one side, its mappings grouped by service on
// the other, which mapping uses which certificate, orphans (certificates no mapping uses, mappings whose
// certificate is missing), expiring certificates and each mapping's RuntimeStatus. Exported as CSV, JSON, HTML
// (with the diagram as inline SVG) and PDF (QPdfWriter: the diagram, then the tables via QTextDocument).
// HTML and PDF carry account, environment, time and the SHA-256 of the content in the footer; the content is the
// CSV export, so an auditor can re-export the CSV and compare (sha256sum).

#include "certs/Certificate.h"
#include "mappings/Mapping.h"
#include "runtime/RuntimeStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace mtlsdesk {

struct MappingAudit
{
    Q_DECLARE_TR_FUNCTIONS(MappingAudit)
public:
    struct CertificateEntry
    {
        Certificate certificate;
        int mappings = 0; // enabled or not
        std::optional<qint64> daysLeft;
        bool orphan() const { return mappings == 0; }
        bool expired() const { return daysLeft && *daysLeft < 0; }
        bool expiring() const { return daysLeft && *daysLeft >= 0 && *daysLeft <= RuntimeStatus::ExpiringDays; }
    };
    struct MappingEntry
    {
        Mapping mapping;
        QString serviceName;
        QString certificateName; // empty when the certificate is missing
        bool certificateMissing = false;
        RuntimeStatus status;
    };
    struct ServiceGroup
    {
        QString serviceName;
        QList<int> mappings; // indexes into `mappings`
    };

    QString accountId;
    QString environmentName;
    QDateTime generatedAt; // UTC
    QList<CertificateEntry> certificates; // by name
    QList<MappingEntry> mappings;         // by service, then name
    QList<ServiceGroup> services;

    // `statuses` by mapping id (what the dashboard shows); a mapping without one is evaluated without a check.
    static MappingAudit build(const QString& accountId, const QString& environmentName,
                              const QList<Certificate>& certificates, const QList<Mapping>& mappings,
                              const QHash<qint64, RuntimeStatus>& statuses,
                              const QDateTime& now = QDateTime::currentDateTimeUtc());

    int orphanCertificates() const;
    int expiringCertificates() const; // expiring or expired
    int mappingsWithMissingCertificate() const;
    int problemMappings() const; // RuntimeStatus::isProblem()
    bool hasProblems() const { return problemMappings() > 0 || mappingsWithMissingCertificate() > 0; }

    QByteArray toCsv() const;
    QByteArray toJson() const;
    QByteArray toHtml() const;
    bool writePdf(const QString& path, QString* error) const;
    // Lower-case hex SHA-256 of toCsv().
    QByteArray contentSha256() const;
    // "Account 123 · Sandbox · 2026-11-24 01:30 UTC · SHA-256 ab12…"
    QString footerText() const;
};

} // namespace mtlsdesk
