#include "ForwardRelay.h"

#include "JsonReply.h"

#include <httplib.h>

namespace mtlsdesk::sandbox {

namespace {

// RFC 9110 section 7.6.1, plus the framing headers that cpp-httplib writes itself.
bool isHopByHop(const QByteArray& name)
{
    static const QByteArrayList names{"connection",
                                      "keep-alive",
                                      "proxy-authenticate",
                                      "proxy-authorization",
                                      "proxy-connection",
                                      "te",
                                      "trailer",
                                      "transfer-encoding",
                                      "upgrade",
                                      "content-length"};
    return names.contains(name.toLower());
}

// The headers a Connection header names are hop-by-hop too (RFC 9110 section 7.6.1).
QByteArrayList connectionOptions(const httplib::Request& request)
{
    QByteArrayList options;
    for (size_t i = 0; i < request.get_header_value_count("Connection"); ++i) {
        for (const QByteArray& option : QByteArray::fromStdString(request.get_header_value("Connection", i)).split(','))
            options.append(option.trimmed().toLower());
    }
    return options;
}

bool staysHere(const QByteArray& name, const QByteArrayList& connectionOptions)
{
    static const QByteArrayList local{
        "authorization",   // the remote gets LP-authorization-override instead
        "host",            // the client writes the remote's own
        "accept-encoding", // content coding is settled per hop
        // cpp-httplib files the connection's addresses among the request headers; the caller did not send them.
        "remote_addr",
        "remote_port",
        "local_addr",
        "local_port",
    };
    const QByteArray lower = name.toLower();
    return lower.startsWith("lp-") || local.contains(lower) || isHopByHop(lower) || connectionOptions.contains(lower);
}

} // namespace

QByteArray ForwardRelay::header(const httplib::Request& request, const char* name)
{
    return QByteArray::fromStdString(request.get_header_value(name)).trimmed();
}

std::optional<QUrl> ForwardRelay::forwardUrl(const httplib::Request& request, httplib::Response& response)
{
    // (An encoded delimiter such as %2F or %26 cannot be told from the real one any more; see README.)
    const QUrl url(QString::fromUtf8(header(request, "LP-forward-url")), QUrl::TolerantMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        JsonReply::error(response, 400, ErrorCode::ForwardUrlInvalid,
                         QStringLiteral("LP-forward-url must be an absolute https:// URL."));
        return std::nullopt;
    }
    return url;
}

HeaderList ForwardRelay::passedOn(const httplib::Request& request)
{
    const QByteArrayList options = connectionOptions(request);
    HeaderList headers;
    for (const auto& [name, value] : request.headers) {
        const QByteArray key = QByteArray::fromStdString(name);
        if (!staysHere(key, options))
            headers.append({key, QByteArray::fromStdString(value)});
    }
    return headers;
}

void ForwardRelay::answer(const OutboundResponse& remote, const QUrl& url, httplib::Response& response)
{
    if (!remote.delivered) {
        failedDependency(response, url, remote.transportError, remote.transportMessage,
                         ErrorCode::ForwardTransportFailed);
        return;
    }
    std::string contentType;
    for (const auto& [name, value] : remote.headers) {
        if (isHopByHop(name) || name.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentType = value.toStdString();
            continue;
        }
        response.headers.emplace(name.toStdString(), value.toStdString());
    }
    response.status = remote.status;
    response.set_content(remote.body.toStdString(), contentType.c_str());
    if (contentType.empty())
        response.headers.erase("Content-Type");
    JsonReply::markVerbatim();
}

void ForwardRelay::failedDependency(httplib::Response& response, const QUrl& url, const QString& error,
                                    const QString& reason, ErrorCode code)
{
    const QString message = QStringLiteral("The call to %1 failed: %2").arg(displayUrl(url), reason);
    // Header values must stay on one line: the URL is percent-encoded and the reasons are single sentences.
    response.set_header("LP-message-from-transport", message.toStdString());
    response.set_header("LP-error-from-transport", error.toStdString());
    JsonReply::error(response, 424, code, message);
}

QString ForwardRelay::displayUrl(const QUrl& url)
{
    return QString::fromLatin1(url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

} // namespace mtlsdesk::sandbox
