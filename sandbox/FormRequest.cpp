#include "FormRequest.h"

#include "JsonReply.h"

#include <httplib.h>

namespace mtlsdesk::sandbox {

bool FormRequest::requireMultipart(const httplib::Request& request, httplib::Response& response)
{
    if (request.is_multipart_form_data())
        return true;
    JsonReply::error(response, 415, ErrorCode::NotMultipart,
                     QStringLiteral("Send the request body as Content-Type: multipart/form-data."));
    return false;
}

std::optional<QByteArray> FormRequest::part(const httplib::Request& request, std::initializer_list<const char*> names,
                                            httplib::Response& response)
{
    for (const char* name : names) {
        if (std::optional<QByteArray> content = optionalPart(request, name))
            return content;
    }
    JsonReply::error(response, 400, ErrorCode::MissingPart,
                     QStringLiteral("The multipart body needs the part \"%1\".").arg(QLatin1String(*names.begin())));
    return std::nullopt;
}

std::optional<QByteArray> FormRequest::optionalPart(const httplib::Request& request, const char* name)
{
    if (!request.has_file(name))
        return std::nullopt;
    const std::string& content = request.get_file_value(name).content;
    return QByteArray(content.data(), static_cast<qsizetype>(content.size()));
}

QByteArray FormRequest::partContentType(const httplib::Request& request, const char* name)
{
    return request.has_file(name) ? QByteArray::fromStdString(request.get_file_value(name).content_type) : QByteArray();
}

} // namespace mtlsdesk::sandbox
