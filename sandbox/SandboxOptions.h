#pragma once

#include "Faults.h"

#include <QString>
#include <QStringList>

namespace mtlsdesk::sandbox {

// The command line, validated (see main.cpp and README.md).
struct SandboxOptions
{
    QString dataDir; // absolute
    QString host = QStringLiteral("127.0.0.1");
    int port = 0; // 0: any free port
    qint64 tokenTtlSeconds = 28800;
    int rateLimit = 10;              // requests per second per client address; 0: off
    int cacheSeconds = 300;          // the longest a runtime snapshot is used (RuntimeCache); 0: no cache
    int targetPort = 0;              // the mTLS target's port; 0: any free one
    QStringList targetClientCaFiles; // PEM files of CAs the mTLS target also trusts for client certificates
    std::optional<FaultPlan> faults; // --faults; none: every request is served normally
    std::uint64_t faultsSeed = 0;    // --faults-seed, or a random one (printed on stderr)
};

} // namespace mtlsdesk::sandbox
