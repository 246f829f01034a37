#pragma once

#include <QDateTime>

namespace viopay {

// Where time comes from. Production uses the system clock; tests use TestClock and advance it,
// so no test ever sleeps for a countdown.
class Clock {
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds from an arbitrary origin: for deadlines and durations.
    virtual qint64 monotonicMs() const = 0;
    // Wall-clock time in UTC: for timestamps shown or stored, never for measuring durations.
    virtual QDateTime utcNow() const = 0;

    static Clock &system();
};

// Whole seconds of a span rounded up, as a countdown shows them: 1 ms left is 1 s; none is 0.
inline int secondsRoundedUp(qint64 ms)
{
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

class SystemClock final : public Clock {
public:
    qint64 monotonicMs() const override;
    QDateTime utcNow() const override;
};

// A clock that only moves when a test advances it; both readings move together.
class TestClock final : public Clock {
public:
    explicit TestClock(const QDateTime &utcStart = QDateTime(QDate(2025, 12, 13), QTime(14, 25, 30), Qt::UTC));
    qint64 monotonicMs() const override { return m_monotonicMs; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_monotonicMs - MonotonicOrigin); }
    void advanceMs(qint64 ms) { m_monotonicMs += ms; }
    void advanceSeconds(qint64 seconds) { advanceMs(seconds * 1000); }

private:
    // Not zero, so code that treats 0 as "unset" gets caught.
    static constexpr qint64 MonotonicOrigin = 1'000'000;
    QDateTime m_utcStart;
    qint64 m_monotonicMs = MonotonicOrigin;
};

} // namespace viopay
