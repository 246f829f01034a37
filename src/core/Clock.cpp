#include "Clock.h"

#include <chrono>

#include <time.h>

namespace viopay {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

qint64 SystemClock::monotonicMs() const
{
#ifdef CLOCK_BOOTTIME
    // Unlike CLOCK_MONOTONIC (steady_clock), BOOTTIME keeps counting while the machine sleeps, so
    // a code's countdown is still right after a suspend.
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
#endif
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

TestClock::TestClock(const QDateTime &utcStart)
    : m_utcStart(utcStart)
{}

} // namespace viopay
