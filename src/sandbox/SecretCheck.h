#pragma once

#include "SandboxReply.h"
#include "SecretHash.h"

#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace viopay::sandbox {

// A secret a sign-in must verify before it can be answered. Deriving the hash is pure and may run
// on any thread; finish() applies the verdict (counts a failure, or signs in) and must run on the
// server thread, which owns all state.
struct SecretCheck {
    SecretHash secret;
    QString candidate;
    std::function<SandboxReply(bool matches, qint64 nowMs)> finish;
};

// The first step of a sign-in, before any hashing. Without a check, `reply` is the answer; with
// one, `reply` answers only if the check cannot run now (429: every hashing worker is taken).
struct SignInStart {
    // Implicit: most steps of a sign-in just answer.
    SignInStart(SandboxReply answer)
        : reply(std::move(answer))
    {}
    SignInStart(SandboxReply busy, SecretCheck pending)
        : reply(std::move(busy))
        , check(std::move(pending))
    {}

    SandboxReply reply;
    std::optional<SecretCheck> check;
};

} // namespace viopay::sandbox
