#pragma once

#include "net/OAuth1.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <memory>

namespace mtlsdesk {

class RateLimiters;

// Everything a job needs to address and authenticate one call; copied into each job so that a job in
// flight is not affected by a later log-in or environment switch.
struct ApiContext
{
    QString accountId;
    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
    QByteArray bearer;            // from the Login Service; empty when not logged in
    OAuth1Credentials appKey;     // AppKey ("OAuth1") credentials, for methods that take them
    std::chrono::milliseconds transferTimeout{30000};
    // 429: how often we wait for Retry-After and try again before giving up, and the longest wait we accept.
    int maxRateLimitRetries = 3;
    std::chrono::milliseconds maxRetryAfter{30000};
    // 5xx and network failures of idempotent calls: the Login Service retry policy says 5/10/15 s.
    QList<std::chrono::milliseconds> serverRetryDelays{std::chrono::seconds(5), std::chrono::seconds(10),
                                                      std::chrono::seconds(15)};
    // The workspace's pacing (<= 10 requests/s per host, 429 pauses everyone); null: unpaced (unit tests).
    std::shared_ptr<RateLimiters> pacing;
};

} // namespace mtlsdesk
