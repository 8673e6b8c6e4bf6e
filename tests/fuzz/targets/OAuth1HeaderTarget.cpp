// fuzz_oauth1header: the sandbox's OAuth1 Authorization header, as the whole input: parsed (RFC 5849 §3.5.1) and
// verified against a fixed request and AppKey at a fixed time, so that every check before the signature's is
// reached. What parses must write back (encoded) to a header that parses to the same parameters.

#include "FuzzTargets.h"

#include "OAuth1Verifier.h"

namespace mtlsdesk::fuzz {

using sandbox::OAuth1Verifier;

bool oauth1Header(QByteArrayView input)
{
    const QByteArray header = input.toByteArray();
    const std::optional<QList<OAuth1Verifier::Parameter>> parameters = OAuth1Verifier::parseAuthorization(header);
    if (parameters) {
        QByteArray again = "OAuth ";
        for (const auto& [name, value] : *parameters)
            again += OAuth1Verifier::encode(name) + "=\"" + OAuth1Verifier::encode(value) + "\", ";
        require(OAuth1Verifier::parseAuthorization(again) == parameters, "an encoded header parses the same");
    }
    (void)OAuth1Verifier::parseForm(header);

    const sandbox::AppKey key{QStringLiteral("demo-consumer-key"), QStringLiteral("demo-consumer-secret"),
                              QStringLiteral("demo-access-token"), QStringLiteral("demo-token-secret")};
    const sandbox::OAuth1Request request{"GET", "127.0.0.1:8443", "/api/account/123/configuration/ac-common/mtls",
                                         "v=3.0", {}, header};
    OAuth1Verifier verifier;
    const sandbox::OAuth1Result result = verifier.verify(request, key, 1700000000);
    require(result.ok || !result.message.isEmpty(), "a refused header says why");
    return parameters.has_value();
}

} // namespace mtlsdesk::fuzz
