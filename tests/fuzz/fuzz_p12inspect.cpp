// libFuzzer target for the P12 inspector: any bytes, with a few passwords, must give a report (never a crash,
// leak, hang or sanitizer report). Built with -DMTLSDESK_FUZZ=ON by clang; see tests/fuzz/README.md.

#include "p12/P12Inspector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the password, so the fuzzer reaches both the "wrong password" and the "right
    // password" paths of files it mutates from the seed corpus (made with the password "fuzz").
    static const char* const passwords[] = {"fuzz", "", "wrong", "p\xc3\xa4ss"};
    const QByteArray password(passwords[data[0] % 4]);
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const mtlsdesk::p12::Report report = mtlsdesk::p12::P12Inspector::inspect(bytes, password);
    (void)report.toJson();
    return 0;
}
