#pragma once

// What the runtime makes of one saved mapping, in one word and one sentence, from everything the app knows: the
// mapping (enabled?), its certificate (present, usable, expiry), the last check-mapping answer, when the last save
// reaches the runtime (its ~5 minute cache, contract §7) and the URL variants MappingValidator warns about.
// Shared by the dashboard, the audit and the CLI, so that all three say the same thing.
//
// Order of precedence: disabled, certificate missing or unusable, certificate expired, then the check (live / not
// live yet / not found / not checked), then warnings on a live mapping (certificate expiring, duplicate risk).

#include "certs/Certificate.h"
#include "mappings/Mapping.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace mtlsdesk {

struct RuntimeStatus
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeStatus)
public:
    enum class Kind
    {
        Live,
        Pending, // saved, but the runtime cache has not picked it up yet
        NotFound,
        Disabled,
        CertificateMissing, // no such certificate, deleted, or not usable on the service
        CertificateExpired,
        CertificateExpiring, // live, but the certificate expires within ExpiringDays
        DuplicateRisk,       // live, but another mapping has a variant of the URL
        Unchecked,
        CheckFailed,
        Count
    };
    enum class Severity { Ok, Waiting, Warning, Error, Neutral };

    static constexpr int ExpiringDays = 30;

    Kind kind = Kind::Unchecked;
    QString text;   // short: "Live", "Live at 14:05", "Certificate expires in 5 days"
    QString detail; // one or two sentences: why, and what to do
    QDateTime liveAt;
    std::optional<qint64> daysLeft;

    Severity severity() const { return severityOf(kind); }
    bool isProblem() const { return severity() == Severity::Error; }

    struct Inputs
    {
        const Mapping* mapping = nullptr;
        const Certificate* certificate = nullptr; // nullptr: not in the account's live list
        std::optional<bool> exists;               // the check's answer; nullopt: not checked
        bool checkFailed = false;
        QDateTime liveAt; // when the last save of this mapping reaches runtime; invalid: long ago
        bool duplicateRisk = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    static RuntimeStatus evaluate(const Inputs& inputs);

    static Severity severityOf(Kind kind);
    // "Live", "Not live yet", ...: the name of the kind, for filters and counts.
    static QString kindName(Kind kind);
    // A stable key for JSON and CSV: "live", "pending", "not-found", ...
    static QString kindKey(Kind kind);
};

} // namespace mtlsdesk
