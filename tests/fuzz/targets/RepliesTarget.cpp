// fuzz_replies: what the app reads out of any answer, in the harness's "STATUS\nName: value\n\nbody" form (see
// answerOf). Selector '0' an error answer (the service's sentence out of its body, as ApiJob::classify reads it),
// '1' a Retry-After value (the whole rest), '2' the P12 tester's verdict, '3' a forward answer (with the service's
// sentence, as the forward tester shows it for a 400/500).

#include "FuzzTargets.h"

#include "certs/CertificateJobs.h"
#include "net/ApiJob.h"
#include "runtime/RuntimeJobs.h"

namespace mtlsdesk::fuzz {

bool replies(QByteArrayView input)
{
    using namespace std::chrono;
    const Selected selected = select(input, 4);
    switch (selected.choice) {
    case 0: {
        return !ApiJob::serviceMessageFromBody(answerOf(selected.rest).body).isEmpty();
    }
    case 1: {
        const milliseconds fallback(1234);
        const milliseconds wait = ApiJob::parseRetryAfter(selected.rest, fallback);
        require(wait.count() >= 0, "a Retry-After wait is not negative");
        return wait != fallback;
    }
    case 2: {
        const Answer answer = answerOf(selected.rest);
        const P12TestOutcome outcome =
            P12TestJob::outcomeFrom(answer.status, answer.headers, answer.body, answer.headers.size() % 2 == 1);
        require(outcome.accepted == (answer.status >= 200 && answer.status < 300), "2xx is the accepted verdict");
        require(outcome.headers.size() == answer.headers.size(), "every header is kept");
        return outcome.accepted || !outcome.serviceMessage.isEmpty() || !outcome.transportMessage.isEmpty();
    }
    default: {
        const Answer answer = answerOf(selected.rest);
        const ForwardResult result = ForwardJob::resultFrom(answer.status, answer.headers, answer.body);
        require(result.body == answer.body, "a forward answer's body is kept as it came");
        require(result.headers.size() == answer.headers.size(), "every header is kept");
        (void)ApiJob::serviceMessageFromBody(result.body);
        return result.isTransportFailure() ? !result.transportMessage.isEmpty() || !result.transportError.isEmpty()
                                           : result.status > 0;
    }
    }
}

} // namespace mtlsdesk::fuzz
