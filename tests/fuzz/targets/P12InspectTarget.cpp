// fuzz_p12inspect: any bytes, with a few passwords, must give a report (never a crash, leak, hang or sanitizer
// report).

#include "FuzzTargets.h"

#include "p12/P12Inspector.h"

namespace mtlsdesk::fuzz {

bool p12Inspect(QByteArrayView input)
{
    if (input.isEmpty())
        return false;
    // The first byte picks the password, so the fuzzer reaches both the "wrong password" and the "right password"
    // paths of files it mutates from the seed corpus (made with the password "fuzz"; scripts/fuzz-seeds).
    static const char* const passwords[] = {"fuzz", "", "wrong", "p\xc3\xa4ss"};
    const Selected selected = select(input, 4);
    const p12::Report report = p12::P12Inspector::inspect(selected.rest, QByteArray(passwords[selected.choice]));
    (void)report.toJson();
    require(report.readable || report.error != p12::ErrorKind::None, "an unreadable report names its error");
    return report.readable;
}

} // namespace mtlsdesk::fuzz
