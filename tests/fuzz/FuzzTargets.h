#pragma once

// The fuzz targets of mTLS Desk, one function per family of parsers. Each takes arbitrary bytes, feeds them to
// the real parsing code of app/core (or the sandbox's OAuth1 verifier) and returns whether the input was
// accepted (parsed into something usable). A target never crashes, leaks or hangs on any input, and checks a few
// invariants of what it parsed (a failed check aborts, which libFuzzer and the replay test report).
//
// Two drivers call them: LibFuzzerMain.cpp (one libFuzzer binary per target, build-fuzz) and tst_fuzz_replay
// (the committed corpus in tests/fuzz/corpus/<binary>/, in the normal and the ASan builds).
//
// Inputs that pick a parser start with a selector byte: its value modulo the number of choices, so that the
// ASCII digits '0', '1', ... of a hand-written seed pick the first, second, ... choice.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>

namespace mtlsdesk::fuzz {

bool p12Inspect(QByteArrayView input);   // P12Inspector::inspect with one of four passwords
bool session(QByteArrayView input);      // login, refresh, CSDS domains, the sandbox's ready line
bool certificates(QByteArrayView input); // certificate list, one certificate, save (upload/generate) wrapper
bool mappings(QByteArrayView input);     // ac-common list/create, update, activate mapping, revision header
bool checkMapping(QByteArrayView input); // check-mapping answers in the current, v2 and v1 forms
bool replies(QByteArrayView input);      // error bodies, Retry-After, the P12 tester's verdict, forward answers
bool mappingsIo(QByteArrayView input);   // CSV and JSON mapping import (with an export round trip)
bool oauth1Header(QByteArrayView input); // the sandbox's OAuth1 Authorization header parser and verifier

struct Target
{
    const char* binary; // the libFuzzer binary and its corpus directory
    bool (*run)(QByteArrayView input);
};

inline constexpr std::array<Target, 8> targets{{
    {"fuzz_p12inspect", &p12Inspect},
    {"fuzz_session", &session},
    {"fuzz_certificates", &certificates},
    {"fuzz_mappings", &mappings},
    {"fuzz_checkmapping", &checkMapping},
    {"fuzz_replies", &replies},
    {"fuzz_mappingsio", &mappingsIo},
    {"fuzz_oauth1header", &oauth1Header},
}};

// A check of a parser's invariant: aborts with `what` when it fails (a crash to libFuzzer and to the replay).
void require(bool condition, const char* what);

// The selector byte and the rest of the input.
struct Selected
{
    int choice = 0;
    QByteArray rest;
};
Selected select(QByteArrayView input, int choices);

// An HTTP answer in the harness's own text form: "STATUS\nName: value\n...\n\nbody" (headers optional; a missing
// or non-numeric status reads as 200). Not product code: it only shapes fuzz bytes into what the jobs receive.
struct Answer
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};
Answer answerOf(const QByteArray& text);

} // namespace mtlsdesk::fuzz
