#pragma once

// Base of the jobs on an account's service domain (mTLS gateway, Account Config): remembers the host and
// builds https://{host}{prefix}{accountId}{path} URLs.

#include "net/ApiJob.h"

namespace mtlsdesk {

class AccountJob : public ApiJob
{
    Q_OBJECT
protected:
    AccountJob(QNetworkAccessManager& network, ApiContext context, QString host, QObject* parent);
    QUrl url(const QString& pathAfterAccount, const QString& prefix = QStringLiteral("/mtls/account/")) const;
    // Bearer when the context has one, else OAuth1 when it has an AppKey (methods that take either, §2.4).
    Auth eitherAuth() const;
    const QString& host() const { return m_host; }

private:
    QString m_host;
};

} // namespace mtlsdesk
