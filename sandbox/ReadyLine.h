#pragma once

// The one line the sandbox prints on stdout once it listens, and the same line in DIR/ready.json (mode 0600) so
// that the app can attach to a running sandbox. It holds the demo password and AppKey secrets, so it goes nowhere
// else: not to stderr, not into logs. ready.json is removed on clean shutdown.
//   {"event":"ready","baseUrl":"https://127.0.0.1:PORT","caFile":...,"accountId":...,"username":...,
//    "password":...,"appKey":{consumerKey, consumerSecret, accessToken, accessTokenSecret},"pid":...,"dataDir":...,
//    "targetUrl":...,"demoP12":...,"demoP12Password":...,"partnerCaFile":...,"cacheSeconds":300}
// The demo P12 password is a secret like the demo password. cacheSeconds tells clients how long a configuration
// change takes to reach runtime (--cache-seconds).

#include <QByteArray>
#include <QString>

namespace mtlsdesk::sandbox {

struct Account;

// The mTLS target and the demo client identity that the ready line announces.
struct ReadyTarget
{
    QString targetUrl;
    QString demoP12; // absolute path
    QByteArray demoP12Password;
    QString partnerCaFile; // absolute path
};

class ReadyLine
{
public:
    ReadyLine(const QString& baseUrl, const QString& caFile, const Account& account, const QString& dataDir,
              const ReadyTarget& target, int cacheSeconds);

    QByteArray json() const { return m_json; }
    // Writes ready.json first (so a client that reads stdout finds the file too), then the stdout line.
    bool publish(QString* error);
    void withdraw();

private:
    QByteArray m_json;
    QString m_file;
};

} // namespace mtlsdesk::sandbox
