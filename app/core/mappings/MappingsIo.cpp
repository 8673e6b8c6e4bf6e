#include "mappings/MappingsIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mtlsdesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(MappingsIo)
};

const QStringList CsvColumns{QStringLiteral("name"), QStringLiteral("serviceId"), QStringLiteral("url"),
                             QStringLiteral("certificationId"), QStringLiteral("enable")};

QByteArray quotedCsvField(const QString& text)
{
    QByteArray field = text.toUtf8();
    // Spreadsheets run cells that start with = + - @ as formulas: a leading apostrophe keeps them text.
    if (!field.isEmpty() && QByteArray("=+-@").contains(field.at(0)))
        field.prepend('\'');
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

// RFC 4180 records; false with the line number of the first malformed one.
bool parseCsv(const QByteArray& data, QList<QStringList>* records, int* badLine)
{
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << QString::fromUtf8(field);
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (fieldStarted && !field.isEmpty()) {
                *badLine = line;
                return false;
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            endField();
            if (!(record.size() == 1 && record.first().isEmpty()))
                records->append(record);
            record.clear();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = recordLine;
        return false;
    }
    if (fieldStarted || !record.isEmpty()) {
        endField();
        records->append(record);
    }
    return true;
}

} // namespace

MappingsIo::Format MappingsIo::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? Format::Csv : Format::Json;
}

QByteArray MappingsIo::toJson(const QList<Mapping>& mappings)
{
    QJsonArray array;
    for (const Mapping& mapping : mappings)
        array.append(mapping.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray MappingsIo::toCsv(const QList<Mapping>& mappings)
{
    QByteArray out = CsvColumns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Mapping& mapping : mappings) {
        out += csvField(mapping.name) + ',' + csvField(mapping.serviceId) + ',' + csvField(mapping.url) + ',' +
               csvField(mapping.certificationId) + ',' + (mapping.enable ? "true" : "false") + "\r\n";
    }
    return out;
}

std::optional<QList<Mapping>> MappingsIo::fromJson(const QByteArray& data, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("The file is not valid JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isArray()) {
        *error = Text::tr("The file must hold a JSON array of mappings, as the service returns them.");
        return std::nullopt;
    }
    QList<Mapping> mappings;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = Text::tr("Entry %1 is not a mapping object.").arg(i + 1);
            return std::nullopt;
        }
        QJsonObject object = array.at(i).toObject();
        if (!object.contains(QLatin1String("id")))
            object.insert(QStringLiteral("id"), 0);
        QString problem;
        std::optional<Mapping> mapping = Mapping::fromJson(object, &problem);
        if (!mapping) {
            *error = Text::tr("Entry %1 cannot be read: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        if (!object.contains(QLatin1String("enable")))
            mapping->enable = true;
        if (mapping->deleted)
            continue; // an export with include_deleted: deleted rows are not imported
        mapping->id = 0;
        mappings.append(*mapping);
    }
    return mappings;
}

std::optional<QList<Mapping>> MappingsIo::fromCsv(const QByteArray& data, QString* error)
{
    QList<QStringList> records;
    int badLine = 0;
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a byte-order mark from a spreadsheet
    if (!parseCsv(text, &records, &badLine)) {
        *error = Text::tr("Line %1 has an unclosed or misplaced quote.").arg(badLine);
        return std::nullopt;
    }
    if (records.isEmpty()) {
        *error = Text::tr("The file is empty.");
        return std::nullopt;
    }
    QHash<QString, int> column;
    const QStringList header = records.takeFirst();
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    for (const QString& needed : {QStringLiteral("name"), QStringLiteral("url")}) {
        if (!column.contains(needed)) {
            *error = Text::tr("The first line must name the columns (%1); \"%2\" is missing.")
                         .arg(CsvColumns.join(QStringLiteral(", ")), needed);
            return std::nullopt;
        }
    }
    QList<Mapping> mappings;
    for (int i = 0; i < records.size(); ++i) {
        const QStringList& record = records.at(i);
        auto value = [&](const QString& name) {
            const int index = column.value(name, -1);
            QString field = index >= 0 ? record.value(index) : QString();
            if (field.startsWith(QLatin1Char('\'')) && field.size() > 1 && QStringLiteral("=+-@").contains(field.at(1)))
                field.remove(0, 1);
            return field;
        };
        Mapping mapping;
        mapping.name = value(QStringLiteral("name"));
        mapping.serviceId = value(QStringLiteral("serviceId")).trimmed();
        mapping.url = value(QStringLiteral("url"));
        mapping.certificationId = value(QStringLiteral("certificationId")).trimmed();
        const QString enable = value(QStringLiteral("enable")).trimmed().toLower();
        if (!enable.isEmpty() && enable != QLatin1String("true") && enable != QLatin1String("false") &&
            enable != QLatin1String("1") && enable != QLatin1String("0")) {
            *error = Text::tr("Row %1: \"enable\" must be true or false, not \"%2\".").arg(i + 2).arg(enable);
            return std::nullopt;
        }
        mapping.enable = enable.isEmpty() || enable == QLatin1String("true") || enable == QLatin1String("1");
        mappings.append(mapping);
    }
    return mappings;
}

std::optional<QList<Mapping>> MappingsIo::importFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxImportBytes) {
        *error = Text::tr("%1 is larger than 64 MiB; that is not a mapping export.").arg(path);
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    return formatFor(path) == Format::Csv ? fromCsv(data, error) : fromJson(data, error);
}

bool MappingsIo::exportFile(const QString& path, const QList<Mapping>& mappings, QString* error)
{
    QSaveFile file(path);
    const QByteArray data = formatFor(path) == Format::Csv ? toCsv(mappings) : toJson(mappings);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = Text::tr("%1 cannot be written: %2").arg(path, file.errorString());
    return false;
}

QByteArray MappingsIo::csvField(const QString& text)
{
    return quotedCsvField(text);
}

} // namespace mtlsdesk
