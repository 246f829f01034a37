#pragma once

#include <functional>
#include <optional>

#include <QtGlobal>

namespace viopay {

class ApiError;

// The one retry policy of the client: exponential backoff with full jitter after network errors,
// time-outs, 5xx and 429, for requests that are safe to repeat only (bootstrap, pairing code,
// status; never a claim or a sign-in). A server's Retry-After wins over the backoff.
class RetryPolicy {
public:
    static constexpr qint64 BaseDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 30'000;
    // Quiet retries only bridge a blip (at most 1 s + 2 s of backoff); a longer outage reaches the
    // screen, which says so and retries visibly.
    static constexpr int MaxRetries = 2;
    // A Retry-After longer than this is not waited out automatically: the screen says when.
    static constexpr qint64 MaxRetryAfterMs = 60'000;

    // random: uniform in [0, 1); injected so tests check the exact sequence.
    explicit RetryPolicy(std::function<double()> random = {});

    // The wait before retry number `retry` (1 for the first) after `error`, or nullopt when the
    // request must not be repeated.
    std::optional<qint64> delayBeforeRetry(const ApiError &error, int retry, bool repeatable) const;
    // The ceiling full jitter draws under for a retry: min(30 s, 1 s x 2^(retry-1)).
    static qint64 backoffCeilingMs(int retry);

private:
    std::function<double()> m_random;
};

} // namespace viopay
