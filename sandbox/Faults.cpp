#include "Faults.h"

#include "JsonReply.h"
#include "RequestStats.h"
#include "Store.h"

#include <QRegularExpression>

#include <openssl/ssl.h>

#include <chrono>
#include <memory>
#include <sys/socket.h>
#include <thread>

namespace mtlsdesk::sandbox {

namespace {

constexpr int MaxDelayMs = 60 * 1000;
constexpr int MaxRetryAfterSeconds = 3600;

// The fault before() drew for the request this worker thread serves, when it acts on the answer (drop-after,
// truncate). cpp-httplib serves a connection on one thread from the first byte to the log call.
thread_local std::optional<FaultKind> t_onAnswer;

const QStringList& knownMethods()
{
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("HEAD"),   QStringLiteral("POST"),
                                     QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("PATCH")};
    return methods;
}

QString kindChoices()
{
    return QStringLiteral("delay=DURATION, 500, 502, 429[=SECONDS], drop-before, drop-after, truncate, 401 or 409");
}

// "*" within a segment, "**" across segments, everything else literal.
std::string globToRegex(const QString& glob)
{
    std::string pattern;
    const std::string text = glob.toStdString();
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '*') {
            if (i + 1 < text.size() && text[i + 1] == '*') {
                pattern += ".*";
                ++i;
            } else {
                pattern += "[^/]*";
            }
        } else if (std::string_view("\\^$.|?+()[]{}").find(c) != std::string_view::npos) {
            pattern += '\\';
            pattern += c;
        } else {
            pattern += c;
        }
    }
    return pattern;
}

std::optional<double> parseProbability(const QString& text)
{
    bool ok = false;
    double value = 0;
    if (text.endsWith(QLatin1Char('%')))
        value = text.chopped(1).toDouble(&ok) / 100.0;
    else
        value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0) || value > 1.0)
        return std::nullopt;
    return value;
}

std::optional<int> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(ms|s)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const double ms = match.captured(2) == QLatin1String("s") ? number * 1000.0 : number;
    if (ms > MaxDelayMs)
        return std::nullopt;
    return static_cast<int>(ms);
}

// One fault of a rule; an empty `problem` on success.
std::optional<Fault> parseFault(const QString& text, QString* problem)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        *problem = QStringLiteral("fault \"%1\" needs \"@probability\" (e.g. %1@0.1)").arg(text);
        return std::nullopt;
    }
    const QString probabilityText = text.mid(at + 1).trimmed();
    const std::optional<double> probability = parseProbability(probabilityText);
    if (!probability) {
        *problem =
            QStringLiteral("probability \"%1\" is not a number from 0 to 1 or a percentage").arg(probabilityText);
        return std::nullopt;
    }
    const QString head = text.left(at).trimmed();
    const qsizetype equals = head.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? head : head.left(equals).trimmed();
    const std::optional<QString> argument =
        equals < 0 ? std::nullopt : std::optional<QString>(head.mid(equals + 1).trimmed());

    Fault fault;
    fault.probability = *probability;
    if (name == QLatin1String("delay")) {
        fault.kind = FaultKind::Delay;
        const std::optional<int> ms = argument ? parseDuration(*argument) : std::nullopt;
        if (!ms) {
            *problem = QStringLiteral("delay needs a duration up to 60s, such as delay=250ms or delay=2s");
            return std::nullopt;
        }
        fault.argument = *ms;
        return fault;
    }
    if (name == QLatin1String("429")) {
        fault.kind = FaultKind::RateLimit;
        fault.argument = 1;
        if (argument) {
            bool ok = false;
            fault.argument = argument->toInt(&ok);
            if (!ok || fault.argument < 0 || fault.argument > MaxRetryAfterSeconds) {
                *problem = QStringLiteral("429 takes the Retry-After seconds from 0 to %1, not \"%2\"")
                               .arg(MaxRetryAfterSeconds)
                               .arg(*argument);
                return std::nullopt;
            }
        }
        return fault;
    }
    static const QList<std::pair<QLatin1String, FaultKind>> plain{
        {QLatin1String("500"), FaultKind::Error500},           {QLatin1String("502"), FaultKind::Error502},
        {QLatin1String("drop-before"), FaultKind::DropBefore}, {QLatin1String("drop-after"), FaultKind::DropAfter},
        {QLatin1String("truncate"), FaultKind::Truncate},      {QLatin1String("401"), FaultKind::Revoke401},
        {QLatin1String("409"), FaultKind::Conflict409},
    };
    for (const auto& [known, kind] : plain) {
        if (name != known)
            continue;
        if (argument) {
            *problem = QStringLiteral("fault %1 takes no argument").arg(name);
            return std::nullopt;
        }
        fault.kind = kind;
        return fault;
    }
    *problem = QStringLiteral("unknown fault \"%1\"; use %2").arg(name, kindChoices());
    return std::nullopt;
}

std::optional<FaultRule> parseRule(const QString& text, QString* problem)
{
    static const QRegularExpression shape(QStringLiteral("^(\\S+)\\s+(/[^:\\s]*):(.+)$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch()) {
        *problem = QStringLiteral("expected \"METHODS /path-glob:fault@probability,...\"");
        return std::nullopt;
    }
    FaultRule rule;
    rule.text = text;
    const QString methods = match.captured(1);
    if (methods != QLatin1String("*")) {
        for (const QString& method : methods.split(QLatin1Char('|'))) {
            if (!knownMethods().contains(method)) {
                *problem = QStringLiteral("unknown method \"%1\"; use *, or %2 joined with |")
                               .arg(method, knownMethods().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            rule.methods.append(method);
        }
    }
    rule.path = std::regex(globToRegex(match.captured(2)));
    double total = 0;
    for (const QString& faultText : match.captured(3).split(QLatin1Char(','))) {
        const std::optional<Fault> fault = parseFault(faultText.trimmed(), problem);
        if (!fault)
            return std::nullopt;
        total += fault->probability;
        rule.faults.append(*fault);
    }
    if (total > 1.0 + 1e-9) {
        *problem = QStringLiteral("the probabilities add up to %1; one draw per request picks at most one fault, so "
                                  "they must add up to at most 1")
                       .arg(total);
        return std::nullopt;
    }
    return rule;
}

QByteArray bearerOf(const httplib::Request& request)
{
    const QByteArray header = QByteArray::fromStdString(request.get_header_value("Authorization")).trimmed();
    if (!header.left(7).toLower().startsWith("bearer "))
        return {};
    return header.mid(7).trimmed();
}

// The account of a revisioned mapping write, or empty.
QString mappingWriteAccount(const httplib::Request& request)
{
    static const QRegularExpression path(
        QStringLiteral("^/api/account/([^/]+)/configuration/ac-common/mtls(/[^/]+)?$"));
    if (request.method != "POST" && request.method != "PUT" && request.method != "DELETE")
        return {};
    if (!request.has_header("If-Match"))
        return {};
    const QRegularExpressionMatch match = path.match(QString::fromStdString(request.path));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

// --- the plan -----------------------------------------------------------------------------------------------

std::optional<FaultPlan> FaultPlan::parse(const QString& spec, QString* problem)
{
    FaultPlan plan;
    const QStringList rules = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    int number = 0;
    for (const QString& raw : rules) {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        ++number;
        QString why;
        std::optional<FaultRule> rule = parseRule(text, &why);
        if (!rule) {
            *problem = QStringLiteral("--faults: rule %1 (\"%2\"): %3").arg(number).arg(text, why);
            return std::nullopt;
        }
        plan.m_rules.append(std::move(*rule));
    }
    if (plan.m_rules.isEmpty()) {
        *problem = QStringLiteral("--faults: the spec has no rule; expected \"METHODS /path-glob:fault@probability\"");
        return std::nullopt;
    }
    return plan;
}

QString FaultPlan::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Delay:
        return QStringLiteral("delay");
    case FaultKind::Error500:
        return QStringLiteral("500");
    case FaultKind::Error502:
        return QStringLiteral("502");
    case FaultKind::RateLimit:
        return QStringLiteral("429");
    case FaultKind::DropBefore:
        return QStringLiteral("drop-before");
    case FaultKind::DropAfter:
        return QStringLiteral("drop-after");
    case FaultKind::Truncate:
        return QStringLiteral("truncate");
    case FaultKind::Revoke401:
        return QStringLiteral("401");
    case FaultKind::Conflict409:
        return QStringLiteral("409");
    }
    return {};
}

const FaultRule* FaultPlan::match(const std::string& method, const std::string& path) const
{
    const QString verb = QString::fromStdString(method);
    for (const FaultRule& rule : m_rules) {
        if ((rule.methods.isEmpty() || rule.methods.contains(verb)) && std::regex_match(path, rule.path))
            return &rule;
    }
    return nullptr;
}

// --- injection ----------------------------------------------------------------------------------------------

Faults::Faults(FaultPlan plan, std::uint64_t seed, Store& store, RequestStats& stats)
    : m_plan(std::move(plan))
    , m_store(store)
    , m_stats(stats)
    , m_random(seed)
{
}

std::optional<Fault> Faults::draw(const httplib::Request& request)
{
    if (request.path.rfind("/sandbox/", 0) == 0)
        return std::nullopt; // the test's own view of the sandbox stays reliable
    const FaultRule* rule = m_plan.match(request.method, request.path);
    if (!rule)
        return std::nullopt;
    double point = 0;
    {
        const std::lock_guard lock(m_mutex);
        point = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    }
    for (const Fault& fault : rule->faults) {
        if (point < fault.probability)
            return fault;
        point -= fault.probability;
    }
    return std::nullopt;
}

Faults::Verdict Faults::before(const httplib::Request& request, httplib::Response& response)
{
    t_onAnswer.reset();
    const std::optional<Fault> fault = draw(request);
    if (!fault)
        return Verdict::Serve;
    Verdict verdict = Verdict::Serve;
    if (applyBefore(*fault, request, response, &verdict))
        m_stats.recordFault(request, FaultPlan::kindName(fault->kind));
    return verdict;
}

bool Faults::applyBefore(const Fault& fault, const httplib::Request& request, httplib::Response& response,
                         Verdict* verdict)
{
    switch (fault.kind) {
    case FaultKind::Delay:
        std::this_thread::sleep_for(std::chrono::milliseconds(fault.argument));
        return true;
    case FaultKind::Error500:
        JsonReply::error(response, 500, ErrorCode::Internal,
                         QStringLiteral("The service had an internal error (injected by the sandbox's --faults)."));
        *verdict = Verdict::Answered;
        return true;
    case FaultKind::Error502:
        JsonReply::error(response, 502, ErrorCode::Internal,
                         QStringLiteral("Bad gateway: the service behind the gateway did not answer (injected by the "
                                        "sandbox's --faults)."));
        *verdict = Verdict::Answered;
        return true;
    case FaultKind::RateLimit:
        response.set_header("Retry-After", std::to_string(fault.argument));
        JsonReply::error(response, 429, ErrorCode::RateLimited,
                         QStringLiteral("Too many requests. Retry after %1 s (injected by the sandbox's --faults).")
                             .arg(fault.argument));
        *verdict = Verdict::Answered;
        return true;
    case FaultKind::DropBefore:
        if (!request.ssl)
            return false;
        // No byte of an answer goes out: cpp-httplib's write fails on the shut-down socket and it closes the
        // connection, which the client sees as the server hanging up on its request.
        ::shutdown(SSL_get_fd(request.ssl), SHUT_RDWR);
        *verdict = Verdict::Dropped;
        return true;
    case FaultKind::DropAfter:
    case FaultKind::Truncate:
        if (request.method == "HEAD")
            return false;
        t_onAnswer = fault.kind; // counted in after(), when it applies to the answer
        return false;
    case FaultKind::Revoke401: {
        const QByteArray bearer = bearerOf(request);
        // Served afterwards: the service's own authentication answers 401 for the revoked bearer.
        return !bearer.isEmpty() && m_store.revokeBearer(bearer);
    }
    case FaultKind::Conflict409: {
        const QString account = mappingWriteAccount(request);
        if (account.isEmpty())
            return false;
        // Served afterwards: the handler's If-Match check answers 409 with the new revision, as the service does.
        m_store.moveMappingRevision(account);
        return true;
    }
    }
    return false;
}

void Faults::after(const httplib::Request& request, httplib::Response& response)
{
    const std::optional<FaultKind> kind = std::exchange(t_onAnswer, std::nullopt);
    if (!kind)
        return;
    if (*kind == FaultKind::Truncate) {
        if (response.status < 200 || response.status >= 300 || response.body.empty())
            return;
        // Well-formed HTTP (the Content-Length is the cut length), but the JSON ends half-way.
        response.body.resize(response.body.size() / 2);
        m_stats.recordFault(request, FaultPlan::kindName(*kind));
        return;
    }
    // Drop after processing: the status line, the headers and half of the body go out with the full
    // Content-Length, then the connection closes.
    auto body = std::make_shared<std::string>(std::move(response.body));
    response.body.clear();
    const size_t declared = std::max<size_t>(body->size(), 1);
    const size_t sent = body->size() / 2;
    const std::string type = response.get_header_value("Content-Type");
    response.headers.erase("Content-Type");
    response.set_content_provider(declared, type, [body, sent](size_t offset, size_t, httplib::DataSink& sink) {
        if (offset < sent)
            sink.write(body->data() + offset, sent - offset);
        return false; // cpp-httplib closes the connection when the provider gives up
    });
    JsonReply::markVerbatim(); // the error handler must not put a whole JSON body in its place
    m_stats.recordFault(request, FaultPlan::kindName(*kind));
}

} // namespace mtlsdesk::sandbox
