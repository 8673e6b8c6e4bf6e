#include "Random.h"

#include <openssl/rand.h>

#include <stdexcept>
#include <utility>

namespace mtlsdesk::sandbox {

void Random::fill(void* buffer, int size)
{
    if (RAND_bytes(static_cast<unsigned char*>(buffer), size) != 1)
        throw std::runtime_error("the OpenSSL random generator failed");
}

QByteArray Random::hex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    fill(raw.data(), bytes);
    return raw.toHex();
}

quint32 Random::below(quint32 bound)
{
    // Values from the top partial range would make small results more likely; draw again instead.
    const quint32 limit = UINT32_MAX - UINT32_MAX % bound;
    quint32 value = 0;
    do {
        fill(&value, sizeof value);
    } while (value >= limit);
    return value % bound;
}

QString Random::digits(int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result += QChar(u'0' + (i == 0 ? 1 + below(9) : below(10)));
    return result;
}

QString Random::password(int length)
{
    // Symbols limited to ones that need no quoting in JSON, URLs or most shells, so the demo password is easy to
    // paste from the ready line.
    static const QString classes[] = {
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        QStringLiteral("abcdefghijkmnopqrstuvwxyz"),
        QStringLiteral("23456789"),
        QStringLiteral("-_.!"),
    };
    const QString all = classes[0] + classes[1] + classes[2] + classes[3];
    QString result;
    result.reserve(length);
    for (const QString& characterClass : classes)
        result += characterClass.at(below(static_cast<quint32>(characterClass.size())));
    while (result.size() < length)
        result += all.at(below(static_cast<quint32>(all.size())));
    // Fisher-Yates, so the guaranteed characters are not always the first four.
    for (qsizetype i = result.size() - 1; i > 0; --i)
        std::swap(result[i], result[below(static_cast<quint32>(i + 1))]);
    return result;
}

} // namespace mtlsdesk::sandbox
