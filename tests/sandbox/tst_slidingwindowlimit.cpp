#include "sandbox/SlidingWindowLimit.h"

#include <QTest>

using viopay::sandbox::SlidingWindowLimit;

class TestSlidingWindowLimit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitAfterEvents_data();
    void waitAfterEvents();
    void idleOnceTheLastEventLeavesTheWindow();
};

void TestSlidingWindowLimit::waitAfterEvents_data()
{
    QTest::addColumn<QList<qint64>>("events");
    QTest::addColumn<qint64>("askedAt");
    QTest::addColumn<qint64>("expectedWaitMs");

    QTest::newRow("none") << QList<qint64>{} << qint64(0) << qint64(0);
    QTest::newRow("two of three") << QList<qint64>{0, 10} << qint64(10) << qint64(0);
    QTest::newRow("full at once") << QList<qint64>{0, 0, 0} << qint64(0) << qint64(1000);
    QTest::newRow("full, oldest decides") << QList<qint64>{100, 200, 900} << qint64(900) << qint64(200);
    QTest::newRow("one ms before") << QList<qint64>{100, 200, 900} << qint64(1099) << qint64(1);
    QTest::newRow("exactly a window after the oldest") << QList<qint64>{100, 200, 900} << qint64(1100) << qint64(0);
    QTest::newRow("only the last three count") << QList<qint64>{0, 500, 600, 700} << qint64(700) << qint64(800);
}

void TestSlidingWindowLimit::waitAfterEvents()
{
    QFETCH(QList<qint64>, events);
    QFETCH(qint64, askedAt);
    QFETCH(qint64, expectedWaitMs);

    SlidingWindowLimit limit(3, 1000);
    for (qint64 at : events)
        limit.record(at);
    QCOMPARE(limit.msUntilAllowed(askedAt), expectedWaitMs);
}

void TestSlidingWindowLimit::idleOnceTheLastEventLeavesTheWindow()
{
    SlidingWindowLimit limit(3, 1000);
    QVERIFY(limit.isIdle(0));
    limit.record(50);
    limit.record(400);
    QVERIFY(!limit.isIdle(1399));
    QVERIFY(limit.isIdle(1400));
}

QTEST_GUILESS_MAIN(TestSlidingWindowLimit)
#include "tst_slidingwindowlimit.moc"
