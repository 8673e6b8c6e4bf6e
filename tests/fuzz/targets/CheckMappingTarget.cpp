// fuzz_checkmapping: check-mapping answers. Selector '0' the current form ("exist"), '1' v2 ("doExist"), '2' v1 (an
// object keyed by Java toString text); the answer is read for three fixed triplets, those of the seeds.

#include "FuzzTargets.h"

#include "runtime/RuntimeJobs.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mtlsdesk::fuzz {

bool checkMapping(QByteArrayView input)
{
    static const QList<MappingTriplet> triplets{
        {QStringLiteral("IDP"), QStringLiteral("123"), QStringLiteral("https://partner.example/api/token")},
        {QStringLiteral("WEBHOOKS"), QStringLiteral("123"), QStringLiteral("https://hooks.example/in?a=1&b='x', url='y'")},
        {QStringLiteral("TEST_SERVICE"), QStringLiteral("123"), QStringLiteral("https://test.example/")},
    };
    static constexpr CheckMappingJob::Form forms[] = {CheckMappingJob::Form::Current, CheckMappingJob::Form::V2,
                                                      CheckMappingJob::Form::V1};
    const Selected selected = select(input, 3);
    const CheckMappingJob::Form form = forms[selected.choice];

    if (form == CheckMappingJob::Form::V1) {
        // The keys' own reader: what it reads must write back to the same key, and read again the same.
        const QJsonObject object = QJsonDocument::fromJson(selected.rest).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::optional<MappingTriplet> triplet = MappingTriplet::fromV1Key(it.key());
            if (!triplet)
                continue;
            require(triplet->v1Key() == it.key(), "a v1 key read back writes the same key");
            require(MappingTriplet::fromV1Key(triplet->v1Key()) == triplet, "a v1 key reads the same twice");
        }
    }

    QString problem;
    const std::optional<QList<bool>> exists = CheckMappingJob::parseAnswer(selected.rest, form, triplets, &problem);
    require(exists || !problem.isEmpty(), "an unreadable check answer says why");
    if (exists)
        require(exists->size() == triplets.size(), "one flag per triplet");
    return exists.has_value();
}

} // namespace mtlsdesk::fuzz
