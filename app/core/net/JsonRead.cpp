#include "net/JsonRead.h"

namespace mtlsdesk::json {

std::optional<qint64> readId(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Qt keeps a JSON integer exactly (up to qint64), so a Java long id above 2^53 reads back as written;
        // toDouble() would round it (found by fuzz_mappings: an id read from a string did not survive toJson).
        // A fraction, or a number out of qint64's range, is no id.
        const qint64 id = value.toInteger(-1);
        if (id >= 0)
            return id;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id >= 0)
            return id;
    }
    return std::nullopt;
}

} // namespace mtlsdesk::json
