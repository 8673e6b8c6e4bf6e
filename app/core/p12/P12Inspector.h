#pragma once

// Explains a PKCS#12 file before anything is sent anywhere: structure (bags, PBE schemes, MAC) without the
// password, then certificates, key match, chain, Java loadability and findings with it. Pure function of its
// input (and "now"); safe to call from any thread.

#include "p12/P12Report.h"

namespace mtlsdesk::p12 {

class P12Inspector
{
public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024; // real P12 files are a few KiB

    static Report inspect(const QByteArray& data, const QByteArray& password,
                          const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace mtlsdesk::p12
