#include "net/JsonRead.h"

namespace mtlsdesk::json {

std::optional<qint64> readId(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= 9007199254740991.0 && number == static_cast<double>(static_cast<qint64>(number)))
            return static_cast<qint64>(number);
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
