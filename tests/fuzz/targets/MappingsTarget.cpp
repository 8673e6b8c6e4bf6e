// fuzz_mappings: the ac-common mapping answers. Selector '0' list (and create, the same shape), '1' update,
// '2' activate mapping (certificates/activate), '3' the revision headers (first line ac-revision, the rest ETag).

#include "FuzzTargets.h"

#include "mappings/MappingJobs.h"
#include "runtime/RuntimeJobs.h"

#include <QJsonObject>

#include <algorithm>

namespace mtlsdesk::fuzz {

namespace {

void checkMapping(const Mapping& mapping)
{
    require(mapping.id >= 0, "a mapping id is not negative");
    // What the app sends back must read as the same mapping (PUT replaces the whole object).
    QJsonObject json = mapping.toJson(true);
    json.insert(QStringLiteral("id"), mapping.id); // toJson leaves out the id 0 of a new row
    const std::optional<Mapping> again = Mapping::fromJson(json);
    require(again.has_value(), "a mapping's own JSON reads back");
    require(*again == mapping, "a mapping's own JSON reads back unchanged");
    (void)MappingServices::name(mapping.serviceId);
    (void)MappingTriplet::of(mapping, QStringLiteral("123")).v1Key();
}

} // namespace

bool mappings(QByteArrayView input)
{
    const Selected selected = select(input, 4);
    QString problem;
    switch (selected.choice) {
    case 0: {
        const std::optional<QList<Mapping>> list = Mapping::listFromJson(selected.rest, &problem);
        require(list || !problem.isEmpty(), "an unreadable list says why");
        if (!list)
            return false;
        for (const Mapping& mapping : *list)
            checkMapping(mapping);
        return true;
    }
    case 1: {
        Mapping sent;
        sent.id = 42;
        sent.name = QStringLiteral("sent");
        sent.url = QStringLiteral("https://partner.example/api/token");
        const std::optional<Mapping> mapping = MappingUpdateJob::parseUpdated(selected.rest, sent, &problem);
        require(mapping || !problem.isEmpty(), "an unreadable update answer says why");
        if (mapping)
            checkMapping(*mapping);
        return mapping.has_value();
    }
    case 2: {
        const std::optional<Mapping> mapping = ActivateMappingJob::parseActivated(selected.rest, &problem);
        require(mapping || !problem.isEmpty(), "an unreadable activate answer says why");
        if (mapping)
            checkMapping(*mapping);
        return mapping.has_value();
    }
    default: {
        const qsizetype newline = selected.rest.indexOf('\n');
        const QByteArray acRevision = newline < 0 ? selected.rest : selected.rest.left(newline);
        const QByteArray etag = newline < 0 ? QByteArray() : selected.rest.mid(newline + 1);
        const QByteArray revision = MappingJob::revisionFrom(acRevision, etag);
        require(revision.size() <= std::max(acRevision.size(), etag.size()), "a revision is cut from a header");
        return !revision.isEmpty();
    }
    }
}

} // namespace mtlsdesk::fuzz
