#include "runtime/RuntimeStatus.h"

#include "text/Messages.h"

#include <QLocale>

namespace mtlsdesk {

namespace {

QString timeText(const QDateTime& time)
{
    return Messages::clockTime(time);
}

} // namespace

RuntimeStatus RuntimeStatus::evaluate(const Inputs& in)
{
    Q_ASSERT(in.mapping);
    RuntimeStatus status;
    const Mapping& mapping = *in.mapping;
    const bool pending = in.liveAt.isValid() && in.liveAt > in.now;
    if (pending)
        status.liveAt = in.liveAt;
    if (in.certificate)
        status.daysLeft = in.certificate->daysLeft(in.now);

    if (!mapping.enable) {
        status.kind = Kind::Disabled;
        status.text = tr("Disabled");
        status.detail = tr("The runtime ignores disabled mappings. Enable it in Mappings and save to use it.");
        return status;
    }
    if (!in.certificate || in.certificate->deleted) {
        status.kind = Kind::CertificateMissing;
        status.text = tr("Certificate missing");
        status.detail = tr("Certificate %1 is not in the account. Calls to this URL cannot use mTLS until the mapping "
                           "points at an existing certificate.")
                            .arg(mapping.certificationId);
        return status;
    }
    if (status.daysLeft && *status.daysLeft < 0) {
        status.kind = Kind::CertificateExpired;
        status.text = tr("Certificate expired");
        status.detail = tr("Certificate \"%1\" expired on %2. Replace it (Certificates, Replace) to restore the calls.")
                            .arg(in.certificate->name,
                                 QLocale().toString(in.certificate->expirationDate.toLocalTime().date(),
                                                    QLocale::ShortFormat));
        return status;
    }
    if (!in.certificate->isAvailable() && !in.certificate->status.isEmpty()) {
        status.kind = Kind::CertificateMissing;
        status.text = tr("Certificate unavailable");
        status.detail = tr("The service reports certificate \"%1\" as \"%2\": it is not in both its vault and its "
                           "database, so the runtime cannot use it. Upload it again.")
                            .arg(in.certificate->name, in.certificate->status);
        return status;
    }

    if (in.checkFailed && !in.exists) {
        status.kind = Kind::CheckFailed;
        status.text = tr("Check failed");
        status.detail = tr("The last check did not get an answer for this mapping. Check again.");
        return status;
    }
    if (!in.exists) {
        if (pending) {
            status.kind = Kind::Pending;
            status.text = tr("Live at %1").arg(timeText(in.liveAt));
            status.detail = tr("Saved. The service's runtime picks up changes within about 5 minutes, so calls use "
                               "this mapping from about %1.")
                                .arg(timeText(in.liveAt));
            return status;
        }
        status.kind = Kind::Unchecked;
        status.text = tr("Not checked");
        status.detail = tr("Run Check all to ask the service whether the runtime has this mapping.");
        return status;
    }
    if (!*in.exists) {
        if (pending) {
            status.kind = Kind::Pending;
            status.text = tr("Live at %1").arg(timeText(in.liveAt));
            status.detail = tr("Saved, not live yet: the service's runtime picks up changes within about 5 minutes. "
                               "Check again after %1.")
                                .arg(timeText(in.liveAt));
            return status;
        }
        status.kind = Kind::NotFound;
        status.text = tr("Not found");
        status.detail = tr("The runtime has no mapping for this service and URL. If it was saved in the last 5 "
                           "minutes, wait and check again; otherwise the URL or service differs from what is saved.");
        return status;
    }

    // Live; warnings still worth a look.
    if (status.daysLeft && *status.daysLeft <= ExpiringDays) {
        status.kind = Kind::CertificateExpiring;
        status.text = tr("Certificate expires in %n day(s)", nullptr, int(*status.daysLeft));
        status.detail = tr("Live, but certificate \"%1\" expires on %2. Replace it before then.")
                            .arg(in.certificate->name,
                                 QLocale().toString(in.certificate->expirationDate.toLocalTime().date(),
                                                    QLocale::ShortFormat));
        return status;
    }
    if (in.duplicateRisk) {
        status.kind = Kind::DuplicateRisk;
        status.text = tr("Duplicate risk");
        status.detail = tr("Live, but another mapping has a variant of this URL (slash, case, port or query order). "
                           "The runtime compares URLs exactly, so calls may pick the other certificate or none.");
        return status;
    }
    status.kind = Kind::Live;
    status.text = tr("Live");
    status.detail = tr("The runtime has this mapping: calls to this URL use certificate \"%1\".")
                        .arg(in.certificate->name);
    return status;
}

RuntimeStatus::Severity RuntimeStatus::severityOf(Kind kind)
{
    switch (kind) {
    case Kind::Live:
        return Severity::Ok;
    case Kind::Pending:
        return Severity::Waiting;
    case Kind::CertificateExpiring:
    case Kind::DuplicateRisk:
    case Kind::CheckFailed:
        return Severity::Warning;
    case Kind::NotFound:
    case Kind::CertificateMissing:
    case Kind::CertificateExpired:
        return Severity::Error;
    case Kind::Disabled:
    case Kind::Unchecked:
    case Kind::Count:
        break;
    }
    return Severity::Neutral;
}

QString RuntimeStatus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Live:
        return tr("Live");
    case Kind::Pending:
        return tr("Not live yet");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Disabled:
        return tr("Disabled");
    case Kind::CertificateMissing:
        return tr("Certificate missing");
    case Kind::CertificateExpired:
        return tr("Certificate expired");
    case Kind::CertificateExpiring:
        return tr("Certificate expiring");
    case Kind::DuplicateRisk:
        return tr("Duplicate risk");
    case Kind::Unchecked:
        return tr("Not checked");
    case Kind::CheckFailed:
        return tr("Check failed");
    case Kind::Count:
        break;
    }
    return {};
}

QString RuntimeStatus::kindKey(Kind kind)
{
    static const char* const keys[] = {"live",    "pending",  "not-found",     "disabled",  "certificate-missing",
                                       "certificate-expired", "certificate-expiring", "duplicate-risk", "unchecked",
                                       "check-failed"};
    static_assert(std::size(keys) == size_t(Kind::Count));
    return QString::fromLatin1(keys[int(kind)]);
}

} // namespace mtlsdesk
