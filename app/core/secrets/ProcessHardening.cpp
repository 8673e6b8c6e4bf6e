#include "secrets/ProcessHardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace mtlsdesk::ProcessHardening {

namespace {

constexpr bool Sanitized =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

} // namespace

bool apply()
{
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    ok &= setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(__linux__)
    if (!Sanitized)
        ok &= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return ok;
}

bool coreDumpsDisabled()
{
#if defined(__unix__) || defined(__APPLE__)
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return true;
#endif
}

bool dumpable()
{
#if defined(__linux__)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return false;
#endif
}

} // namespace mtlsdesk::ProcessHardening
