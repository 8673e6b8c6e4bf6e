#pragma once

// Import and export of mappings as JSON (the service's own shape: an array of mapping objects) or CSV
// (RFC 4180: a header row name,serviceId,url,certificationId,enable; quoted fields may hold commas, quotes and
// line breaks). Imported rows are new rows for the editor (ids dropped) and go through the same validation as
// typed ones; a file that cannot be read says where and why.

#include "mappings/Mapping.h"

namespace mtlsdesk {

class MappingsIo
{
public:
    enum class Format { Json, Csv };
    // By extension (.csv, else JSON).
    static Format formatFor(const QString& path);

    static QByteArray toJson(const QList<Mapping>& mappings);
    static QByteArray toCsv(const QList<Mapping>& mappings);
    static std::optional<QList<Mapping>> fromJson(const QByteArray& data, QString* error);
    static std::optional<QList<Mapping>> fromCsv(const QByteArray& data, QString* error);

    static std::optional<QList<Mapping>> importFile(const QString& path, QString* error);
    static bool exportFile(const QString& path, const QList<Mapping>& mappings, QString* error);

    // One RFC 4180 field; a cell starting with = + - @ gets a leading apostrophe so spreadsheets keep it text.
    static QByteArray csvField(const QString& text);

    static constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;
};

} // namespace mtlsdesk
