#pragma once

// Reading multipart/form-data requests (the certificate upload and the P12 tester). cpp-httplib parses the body into
// request.files before the handler runs (a malformed body never reaches it: SandboxServer answers 400 with
// NotMultipart); these helpers only look parts up, and write the error answer themselves when a part is missing.

#include <QByteArray>

#include <initializer_list>
#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mtlsdesk::sandbox {

class FormRequest
{
public:
    // 415 unless the body is multipart/form-data.
    static bool requireMultipart(const httplib::Request& request, httplib::Response& response);
    // The content of the first part called one of `names` (the first name is the current one, the others older
    // spellings); 400 naming the first name when there is none.
    static std::optional<QByteArray> part(const httplib::Request& request, std::initializer_list<const char*> names,
                                          httplib::Response& response);
    static std::optional<QByteArray> optionalPart(const httplib::Request& request, const char* name);
    // The Content-Type of part `name`, empty when absent.
    static QByteArray partContentType(const httplib::Request& request, const char* name);
};

} // namespace mtlsdesk::sandbox
