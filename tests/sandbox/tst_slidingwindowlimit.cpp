#include "sandbox/SlidingWindowLimit.h"

#include <QTest>

using viopay::sandbox::KeyedSlidingWindowLimit;
using viopay::sandbox::SlidingWindowLimit;

class TestSlidingWindowLimit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitAfterEvents_data();
    void waitAfterEvents();
    void idleOnceTheLastEventLeavesTheWindow();
    void keysAreLimitedApart();
    void longKeysCostAFixedSize();
    void keysBeyondTheCapShareOneLimit();
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

void TestSlidingWindowLimit::keysAreLimitedApart()
{
    KeyedSlidingWindowLimit limits(3, 1000, 100);
    for (int i = 0; i < 3; ++i)
        limits.record(QStringLiteral("ops"), 100);
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("ops"), 100), qint64(1000));
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("OPS"), 100), qint64(0));
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("ops"), 1100), qint64(0));
}

void TestSlidingWindowLimit::longKeysCostAFixedSize()
{
    KeyedSlidingWindowLimit limits(5, 900'000, 10'000);
    for (int i = 0; i < 1000; ++i)
        limits.record(QString::number(i) + QString(16 * 1024, u'x'), i);
    QVERIFY2(limits.bytesUsed() < 1024 * 1024, QByteArray::number(limits.bytesUsed()));
    QVERIFY(limits.bytesUsed() >= 1000 * 32); // each key is still held, as a digest
    QCOMPARE(limits.msUntilAllowed(QString::number(7) + QString(16 * 1024, u'x'), 1000), qint64(0));
}

void TestSlidingWindowLimit::keysBeyondTheCapShareOneLimit()
{
    KeyedSlidingWindowLimit limits(3, 1000, 2);
    limits.record(QStringLiteral("a"), 0);
    limits.record(QStringLiteral("b"), 0);
    for (int i = 0; i < 5; ++i)
        limits.record(QStringLiteral("new%1").arg(i), 10);
    const qsizetype fullBytes = limits.bytesUsed();
    for (int i = 5; i < 500; ++i)
        limits.record(QStringLiteral("new%1").arg(i), 10);
    QCOMPARE(limits.bytesUsed(), fullBytes);
    // No fresh name gains guesses from the flood: untracked names are locked together.
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("victim"), 10), qint64(1000));
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("a"), 10), qint64(0));
    // Once the tracked keys are idle, a new key gets its own limit again.
    limits.record(QStringLiteral("victim"), 1000);
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("victim"), 1000), qint64(0));
    QCOMPARE(limits.msUntilAllowed(QStringLiteral("other"), 1000), qint64(0));
}

QTEST_GUILESS_MAIN(TestSlidingWindowLimit)
#include "tst_slidingwindowlimit.moc"
