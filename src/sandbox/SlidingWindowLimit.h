#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
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
    qsizetype bytesUsed() const;

private:
    std::vector<qint64> m_times; // ascending; only the last `limit` events matter
    qint64 m_windowMs;
    int m_limit;
};

// One SlidingWindowLimit per key a client chooses (a username, a client id). Keys are held as
// SHA-256 digests, so an entry's size does not depend on the key's, and at most `maxKeys` are
// tracked: while that many are active, keys not tracked share one limit, so a flood of new names
// costs no memory and wins no extra guesses for any name.
class KeyedSlidingWindowLimit {
public:
    KeyedSlidingWindowLimit(int limit, qint64 windowMs, qsizetype maxKeys);

    qint64 msUntilAllowed(const QString &key, qint64 nowMs) const;
    void record(const QString &key, qint64 nowMs);
    void forgetIdle(qint64 nowMs);
    // The bytes of the keys and event times held: the part of memory clients can grow.
    qsizetype bytesUsed() const;

private:
    static QByteArray digest(const QString &key);

    QHash<QByteArray, SlidingWindowLimit> m_limits; // by SHA-256 of the key's UTF-8
    SlidingWindowLimit m_untracked;
    int m_limit;
    qint64 m_windowMs;
    qsizetype m_maxKeys;
};

} // namespace viopay::sandbox
