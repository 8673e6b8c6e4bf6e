// fuzz_session: the answers that start a session. Selector '0' the login answer (first line: the Set-Cookie
// header, the rest: the body), '1' a refresh answer, '2' CSDS (the Domain API), '3' the sandbox's ready line.

#include "FuzzTargets.h"

#include "env/SandboxLauncher.h"
#include "net/Domains.h"
#include "net/DomainsJob.h"
#include "net/LoginJobs.h"

namespace mtlsdesk::fuzz {

namespace {

void checkDomains(const QMap<QString, QString>& domains)
{
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        require(!it.key().isEmpty(), "a discovered domain names its service");
        require(Domains::isValidHost(it.value()), "a discovered domain is a valid host");
    }
}

} // namespace

bool session(QByteArrayView input)
{
    const Selected selected = select(input, 4);
    switch (selected.choice) {
    case 0: {
        const qsizetype newline = selected.rest.indexOf('\n');
        const QByteArray setCookie = newline < 0 ? QByteArray() : selected.rest.left(newline);
        const QByteArray body = newline < 0 ? selected.rest : selected.rest.mid(newline + 1);
        QString problem;
        std::optional<LoginResult> result = LoginJob::parseResult(body, setCookie, &problem);
        if (!result) {
            require(!problem.isEmpty(), "a login answer that is not read says why");
            return false;
        }
        require(!result->bearer.isEmpty(), "a login result has a bearer");
        checkDomains(result->csds);
        result->wipe();
        return true;
    }
    case 1:
        return RefreshJob::parseSessionTtl(selected.rest) > 0;
    case 2: {
        QString problem;
        const QMap<QString, QString> domains = DomainsJob::parseBaseUris(selected.rest, &problem);
        require(domains.isEmpty() == !problem.isEmpty(), "CSDS gives domains or a problem");
        checkDomains(domains);
        return !domains.isEmpty();
    }
    default: {
        const std::optional<SandboxInfo> info = SandboxInfo::fromReadyLine(selected.rest);
        if (info)
            require(info->baseUrl.scheme() == QLatin1String("https"), "the sandbox's base URL is https");
        return info.has_value();
    }
    }
}

} // namespace mtlsdesk::fuzz
