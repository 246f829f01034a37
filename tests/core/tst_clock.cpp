#include "core/Clock.h"

#include <QTest>

using namespace viopay;

class TestClock_ : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void testClockMovesOnlyWhenAdvanced_data()
    {
        QTest::addColumn<qint64>("advanceMs");
        QTest::newRow("nothing") << qint64(0);
        QTest::newRow("one millisecond") << qint64(1);
        QTest::newRow("a code's life") << qint64(300'000);
        QTest::newRow("a refresh token's life") << qint64(8 * 3600 * 1000);
    }

    void testClockMovesOnlyWhenAdvanced()
    {
        QFETCH(qint64, advanceMs);
        TestClock clock;
        const qint64 monotonicStart = clock.monotonicMs();
        const QDateTime utcStart = clock.utcNow();
        clock.advanceMs(advanceMs);
        QCOMPARE(clock.monotonicMs() - monotonicStart, advanceMs);
        QCOMPARE(utcStart.msecsTo(clock.utcNow()), advanceMs);
        QCOMPARE(clock.utcNow().timeSpec(), Qt::UTC);
    }

    void testClockStartsAtTheGivenTime()
    {
        const QDateTime start(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        TestClock clock(start);
        QCOMPARE(clock.utcNow(), start);
        clock.advanceSeconds(300);
        QCOMPARE(clock.utcNow(), start.addSecs(300));
    }

    void systemClockIsMonotonicAndUtc()
    {
        const Clock &clock = Clock::system();
        QCOMPARE(&clock, &Clock::system());
        qint64 previous = clock.monotonicMs();
        for (int i = 0; i < 10000; ++i) {
            const qint64 now = clock.monotonicMs();
            QVERIFY(now >= previous);
            previous = now;
        }
        QCOMPARE(clock.utcNow().timeSpec(), Qt::UTC);
        QVERIFY(qAbs(clock.utcNow().secsTo(QDateTime::currentDateTimeUtc())) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestClock_)
#include "tst_clock.moc"
