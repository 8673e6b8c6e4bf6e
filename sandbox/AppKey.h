#pragma once

#include <QString>

namespace mtlsdesk::sandbox {

// The four AppKey ("OAuth1") values of an account: consumer key and secret, access token and token secret.
struct AppKey
{
    QString consumerKey;
    QString consumerSecret;
    QString accessToken;
    QString accessTokenSecret;
};

} // namespace mtlsdesk::sandbox
