#include "Clock.h"

#include <chrono>

namespace viopay {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

qint64 SystemClock::monotonicMs() const
{
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
