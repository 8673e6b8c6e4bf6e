// libFuzzer's entry for one target of FuzzTargets.h, picked by MTLSDESK_FUZZ_TARGET at compile time (one small
// object per binary; the targets themselves are compiled once, into mtlsdesk_fuzztargets).

#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)mtlsdesk::fuzz::MTLSDESK_FUZZ_TARGET(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
