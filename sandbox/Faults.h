#pragma once

// Fault injection for reliability tests (--faults SPEC, --faults-seed N): per endpoint and probability, the sandbox
// answers a request the way a troubled service or network would. The faults are real, not simulated in the answer
// only: a 401 really revokes the session of the bearer, a 409 really moves the mapping revision, a drop really closes
// the TLS connection. Sandbox-only; the real service has no such switch.
//
// Grammar (README.md "Fault injection" has examples):
//   spec        := rule { ";" rule }
//   rule        := methods " " path-glob ":" fault { "," fault }
//   methods     := "*" | METHOD { "|" METHOD }                  GET, HEAD, POST, PUT, DELETE, PATCH
//   path-glob   := "/" ...   "*" matches within one path segment, "**" across segments; the query is never matched
//   fault       := kind [ "=" argument ] "@" probability
//   kind        := delay=DURATION (e.g. 250ms, 2s; at most 60s) | 500 | 502 | 429[=SECONDS] (Retry-After, default 1)
//                | drop-before | drop-after | truncate | 401 | 409
//   probability := a decimal from 0 to 1 (0.2) or a percentage (20%)
// The first rule whose methods and glob match a request applies; /sandbox/* is never touched. One uniform draw
// per request picks at most one of the rule's faults (their probabilities lie end to end, so they must add up to at
// most 1). A fault that cannot apply to the request (see FaultKind) is skipped and not counted.
//
// Where they act: before the handler (Router guard) for delay, 500, 502, 429, drop-before, 401 and 409; on the
// handler's answer (Router finisher) for drop-after and truncate. Every injected fault is counted by RequestStats
// (GET /sandbox/stats, "faults").

#include <httplib.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <regex>

namespace mtlsdesk::sandbox {

class RequestStats;
class Store;

enum class FaultKind
{
    Delay,       // waits `argument` ms, then serves the request normally
    Error500,    // 500 JSON error; the request is not processed
    Error502,    // 502 JSON error, as a gateway in front of the service would answer; not processed
    RateLimit,   // 429 with Retry-After: `argument` seconds; not processed
    DropBefore,  // the connection is closed before the request is processed: no answer at all
    DropAfter,   // the request is processed, then the connection closes after half of the answer's body
    Truncate,    // a 2xx answer whose body is cut to half its length (well-formed HTTP, broken JSON); skipped on
                 // other statuses and empty bodies
    Revoke401,   // the bearer's session is ended (as a revocation would), then the request is served, so the service
                 // itself answers 401; skipped without a Bearer
    Conflict409, // a revisioned mapping write (POST/PUT/DELETE on ac-common/mtls with If-Match): the stored revision
                 // moves as if another admin had saved, then the request is served and the service answers 409;
                 // skipped on other requests
};

struct Fault
{
    FaultKind kind = FaultKind::Delay;
    double probability = 0;
    int argument = 0; // Delay: milliseconds; RateLimit: Retry-After seconds
};

struct FaultRule
{
    QString text;        // as written, for messages
    QStringList methods; // empty: any method
    std::regex path;
    QList<Fault> faults;
};

class FaultPlan
{
public:
    // A plan from SPEC; nullopt with a one-line `problem` naming the rule and what is wrong.
    static std::optional<FaultPlan> parse(const QString& spec, QString* problem);
    static QString kindName(FaultKind kind);

    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<FaultRule>& rules() const { return m_rules; }
    // The rule for this request, or nullptr.
    const FaultRule* match(const std::string& method, const std::string& path) const;

private:
    QList<FaultRule> m_rules;
};

class Faults
{
public:
    Faults(FaultPlan plan, std::uint64_t seed, Store& store, RequestStats& stats);

    enum class Verdict
    {
        Serve,    // let the handler run (maybe after a delay, a revocation or a revision move)
        Answered, // `response` holds the injected answer; the handler must not run
        Dropped,  // the connection was shut down; nothing will reach the client
    };
    // Draws the fault for this request and applies those that act before the handler.
    Verdict before(const httplib::Request& request, httplib::Response& response);
    // Applies drop-after or truncate when before() drew it for this request (same worker thread).
    void after(const httplib::Request& request, httplib::Response& response);

private:
    std::optional<Fault> draw(const httplib::Request& request);
    bool applyBefore(const Fault& fault, const httplib::Request& request, httplib::Response& response,
                     Verdict* verdict);

    FaultPlan m_plan;
    Store& m_store;
    RequestStats& m_stats;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
};

} // namespace mtlsdesk::sandbox
