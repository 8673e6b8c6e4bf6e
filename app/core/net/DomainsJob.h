#pragma once

#include "net/ApiJob.h"

#include <QMap>

namespace mtlsdesk {

// GET https://{discoveryHost}/api/account/{acc}/service/baseURI.json?version=1.0 (public, no auth).
// Accepts both documented shapes: {"baseURIs":[{service,account,baseURI}...]} and a flat {service,baseURI}.
class DomainsJob : public ApiJob
{
    Q_OBJECT
public:
    DomainsJob(QNetworkAccessManager& network, ApiContext context, QString discoveryHost, QObject* parent = nullptr);

    static QMap<QString, QString> parseBaseUris(const QByteArray& body, QString* problem = nullptr);

signals:
    void discovered(const QMap<QString, QString>& domains);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isIdempotent() const override { return true; }

private:
    QString m_discoveryHost;
};

} // namespace mtlsdesk
