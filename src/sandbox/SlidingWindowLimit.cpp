#include "SlidingWindowLimit.h"

#include <QCryptographicHash>

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

qsizetype SlidingWindowLimit::bytesUsed() const
{
    return static_cast<qsizetype>(m_times.capacity()) * qsizetype(sizeof(qint64));
}

KeyedSlidingWindowLimit::KeyedSlidingWindowLimit(int limit, qint64 windowMs, qsizetype maxKeys)
    : m_untracked(limit, windowMs)
    , m_limit(limit)
    , m_windowMs(windowMs)
    , m_maxKeys(maxKeys)
{}

qint64 KeyedSlidingWindowLimit::msUntilAllowed(const QString &key, qint64 nowMs) const
{
    const auto tracked = m_limits.constFind(digest(key));
    if (tracked != m_limits.constEnd())
        return tracked->msUntilAllowed(nowMs);
    return m_limits.size() >= m_maxKeys ? m_untracked.msUntilAllowed(nowMs) : 0;
}

void KeyedSlidingWindowLimit::record(const QString &key, qint64 nowMs)
{
    const QByteArray keyDigest = digest(key);
    auto tracked = m_limits.find(keyDigest);
    if (tracked == m_limits.end()) {
        if (m_limits.size() >= m_maxKeys)
            forgetIdle(nowMs);
        if (m_limits.size() >= m_maxKeys) {
            m_untracked.record(nowMs);
            return;
        }
        tracked = m_limits.insert(keyDigest, SlidingWindowLimit(m_limit, m_windowMs));
    }
    tracked->record(nowMs);
}

void KeyedSlidingWindowLimit::forgetIdle(qint64 nowMs)
{
    m_limits.removeIf([nowMs](const auto &entry) { return entry.value().isIdle(nowMs); });
}

qsizetype KeyedSlidingWindowLimit::bytesUsed() const
{
    qsizetype bytes = m_untracked.bytesUsed();
    for (auto entry = m_limits.constBegin(); entry != m_limits.constEnd(); ++entry)
        bytes += entry.key().size() + entry.value().bytesUsed();
    return bytes;
}

QByteArray KeyedSlidingWindowLimit::digest(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace viopay::sandbox
