#include "RetryPolicy.h"

#include "core/ApiError.h"

#include <QRandomGenerator>

namespace viopay {

RetryPolicy::RetryPolicy(std::function<double()> random)
    : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 RetryPolicy::backoffCeilingMs(int retry)
{
    const int doublings = qBound(0, retry - 1, 15);
    return qMin(MaxDelayMs, BaseDelayMs << doublings);
}

std::optional<qint64> RetryPolicy::delayBeforeRetry(const ApiError &error, int retry, bool repeatable) const
{
    if (!repeatable || retry < 1 || retry > MaxRetries || !error.isTransient())
        return std::nullopt;
    if (const std::optional<int> retryAfter = error.retryAfterSeconds()) {
        const qint64 waitMs = qint64(*retryAfter) * 1000;
        if (waitMs > MaxRetryAfterMs)
            return std::nullopt;
        return waitMs;
    }
    // Full jitter (uniform between 0 and the ceiling) keeps many terminals that failed together
    // from coming back together.
    return qint64(m_random() * double(backoffCeilingMs(retry)));
}

} // namespace viopay
