#include "SlidingWindowLimit.h"

namespace viopay::sandbox {

SlidingWindowLimit::SlidingWindowLimit(int limit, qint64 windowMs)
    : m_windowMs(windowMs)
    , m_limit(limit)
{}

qint64 SlidingWindowLimit::msUntilAllowed(qint64 nowMs) const
{
    if (static_cast<int>(m_times.size()) < m_limit)
        return 0;
    return qMax<qint64>(0, m_times.front() + m_windowMs - nowMs);
}

void SlidingWindowLimit::record(qint64 nowMs)
{
    if (static_cast<int>(m_times.size()) >= m_limit)
        m_times.erase(m_times.begin());
    m_times.push_back(nowMs);
}

bool SlidingWindowLimit::isIdle(qint64 nowMs) const
{
    return m_times.empty() || m_times.back() + m_windowMs <= nowMs;
}

} // namespace viopay::sandbox
