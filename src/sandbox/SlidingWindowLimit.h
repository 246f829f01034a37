#pragma once

#include <QtGlobal>

#include <vector>

namespace viopay::sandbox {

// At most `limit` events within any `window`: the code rate limit (10 per 60 s) and both
// lockouts (10 failed claims, 5 failed passwords, per 15 min). Once `limit` events fall within
// the window, the next is refused until the oldest of them leaves it, which is also "locked until
// the window after the first of them".
class SlidingWindowLimit {
public:
    SlidingWindowLimit(int limit, qint64 windowMs);

    // Milliseconds until another event is allowed; 0 when it is allowed now.
    qint64 msUntilAllowed(qint64 nowMs) const;
    void record(qint64 nowMs);
    // True when no recorded event still counts, so the limit can be forgotten.
    bool isIdle(qint64 nowMs) const;

private:
    std::vector<qint64> m_times; // ascending; only the last `limit` events matter
    qint64 m_windowMs;
    int m_limit;
};

} // namespace viopay::sandbox
