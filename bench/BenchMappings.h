#pragma once

// The mapping rows the table benchmarks share: `count` mappings over 97 partner hosts, 3 services and 50
// certificates, one in ten disabled, names in a shuffled order (so that sorting has work to do).

#include "mappings/Mapping.h"

#include <QList>

namespace mtlsdesk::bench {

inline Mapping benchMapping(int i, int count)
{
    Mapping mapping;
    mapping.id = 1000000000 + i;
    mapping.name = QStringLiteral("mapping-%1").arg((i * 7919) % count, 6, 10, QLatin1Char('0'));
    mapping.serviceId = QString::number(i % 3);
    mapping.url = QStringLiteral("https://partner%1.example/api/%2?tenant=%3").arg(i % 97).arg(i).arg(i % 13);
    mapping.certificationId = QString::number(4000000000LL + i % 50);
    mapping.enable = i % 10 != 0;
    return mapping;
}

} // namespace mtlsdesk::bench
