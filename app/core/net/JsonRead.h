#pragma once

// Reading the service's JSON answers the same way everywhere: ids that are Java longs (a JSON number or a
// numeric string), and lists that are an array of objects (or, in old examples, one bare object).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mtlsdesk::json {

// A non-negative integer id from a number (exactly representable) or a numeric string.
std::optional<qint64> readId(const QJsonValue& value);

inline void setProblem(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
}

// Every object of an array (or the one object) through `read`; nullopt with `problem` at the first bad one.
template <typename T, typename Read>
std::optional<QList<T>> readList(const QByteArray& body, QString* problem, Read read)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        setProblem(problem, QStringLiteral("the answer is not JSON: %1").arg(error.errorString()));
        return std::nullopt;
    }
    QJsonArray entries;
    if (document.isArray())
        entries = document.array();
    else if (document.isObject())
        entries.append(document.object());
    QList<T> result;
    result.reserve(entries.size());
    for (const QJsonValue& entry : std::as_const(entries)) {
        if (!entry.isObject()) {
            setProblem(problem, QStringLiteral("a list entry is not an object"));
            return std::nullopt;
        }
        std::optional<T> item = read(entry.toObject(), problem);
        if (!item)
            return std::nullopt;
        result.append(std::move(*item));
    }
    return result;
}

} // namespace mtlsdesk::json
