// fuzz_mappingsio: the mapping import. Selector '0' a CSV file, '1' a JSON file. What is imported must export and
// import again to the same rows, in the same format.

#include "FuzzTargets.h"

#include "mappings/MappingsIo.h"

namespace mtlsdesk::fuzz {

bool mappingsIo(QByteArrayView input)
{
    const Selected selected = select(input, 2);
    const bool csv = selected.choice == 0;
    QString error;
    const std::optional<QList<Mapping>> imported =
        csv ? MappingsIo::fromCsv(selected.rest, &error) : MappingsIo::fromJson(selected.rest, &error);
    require(imported || !error.isEmpty(), "a file that is not imported says why");
    if (!imported)
        return false;
    for (const Mapping& mapping : *imported)
        require(mapping.id == 0 && !mapping.deleted, "imported rows are new rows");

    const QByteArray exported = csv ? MappingsIo::toCsv(*imported) : MappingsIo::toJson(*imported);
    QString againError;
    const std::optional<QList<Mapping>> again =
        csv ? MappingsIo::fromCsv(exported, &againError) : MappingsIo::fromJson(exported, &againError);
    require(again.has_value(), "an export imports again");
    require(*again == *imported, "an export imports to the same rows");
    return true;
}

} // namespace mtlsdesk::fuzz
