#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace mtlsdesk::fuzz {

void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

Selected select(QByteArrayView input, int choices)
{
    if (input.isEmpty())
        return {};
    return {static_cast<unsigned char>(input.front()) % choices, input.sliced(1).toByteArray()};
}

Answer answerOf(const QByteArray& text)
{
    Answer answer;
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    answer.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    const QList<QByteArray> lines = head.split('\n');
    bool ok = false;
    const int status = lines.value(0).trimmed().toInt(&ok);
    if (ok)
        answer.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            answer.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return answer;
}

} // namespace mtlsdesk::fuzz
