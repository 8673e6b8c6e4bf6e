#pragma once

// Secrets and identifiers from OpenSSL's CSPRNG (RAND_bytes): tokens, passwords and the demo account's ids must
// not be guessable even though the sandbox only listens locally.

#include <QByteArray>
#include <QString>

namespace mtlsdesk::sandbox {

class Random
{
public:
    // `bytes` random bytes as lower-case hex (2 * bytes characters).
    static QByteArray hex(int bytes);
    // `count` decimal digits, the first one non-zero (LivePerson account ids are numeric strings).
    static QString digits(int count);
    // A password of `length` characters with at least one upper-case letter, lower-case letter, digit and symbol.
    static QString password(int length);
    // Uniform in [0, bound) by rejection sampling, so no value is favoured.
    static quint32 below(quint32 bound);

private:
    static void fill(void* buffer, int size);
};

} // namespace mtlsdesk::sandbox
