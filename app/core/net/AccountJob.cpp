#include "net/AccountJob.h"

namespace mtlsdesk {

AccountJob::AccountJob(QNetworkAccessManager& network, ApiContext context, QString host, QObject* parent)
    : ApiJob(network, std::move(context), parent)
    , m_host(std::move(host))
{
}

QUrl AccountJob::url(const QString& pathAfterAccount, const QString& prefix) const
{
    return QUrl(QStringLiteral("https://%1%2%3%4")
                    .arg(m_host, prefix, QString::fromLatin1(QUrl::toPercentEncoding(context().accountId)),
                         pathAfterAccount));
}

ApiJob::Auth AccountJob::eitherAuth() const
{
    if (!context().bearer.isEmpty() || !context().appKey.isComplete())
        return Auth::Bearer;
    return Auth::OAuth1;
}

} // namespace mtlsdesk
