#include "api/RetryPolicy.h"
#include "core/ApiError.h"

#include <QTest>

using namespace viopay;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToThirtySeconds_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("1") << 1 << qint64(1000);
        QTest::newRow("2") << 2 << qint64(2000);
        QTest::newRow("3") << 3 << qint64(4000);
        QTest::newRow("5") << 5 << qint64(16000);
        QTest::newRow("6 capped") << 6 << qint64(30000);
        QTest::newRow("40 capped") << 40 << qint64(30000);
    }

    void ceilingDoublesUpToThirtySeconds()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ceiling);
        QCOMPARE(RetryPolicy::backoffCeilingMs(retry), ceiling);
    }

    void fullJitterSequence()
    {
        // The dice decide where under each ceiling the wait falls: 0.5 of 1 s, then 0.999 of 2 s.
        QList<double> dice{0.5, 0.999};
        const RetryPolicy policy([&dice] { return dice.takeFirst(); });
        const ApiError offline = ApiError::http(503, "5030", "offline");
        QCOMPARE(policy.delayBeforeRetry(offline, 1, true), std::optional<qint64>(500));
        QCOMPARE(policy.delayBeforeRetry(offline, 2, true), std::optional<qint64>(1998));
        QCOMPARE(policy.delayBeforeRetry(offline, RetryPolicy::MaxRetries + 1, true), std::nullopt);
        QVERIFY(dice.isEmpty());
    }

    void whatIsRetried_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("repeatable");
        QTest::addColumn<bool>("retried");
        QTest::newRow("network, repeatable") << ApiError::network("refused") << true << true;
        QTest::newRow("timeout, repeatable") << ApiError::timeout("15 s") << true << true;
        QTest::newRow("500, repeatable") << ApiError::http(500, "5000", "") << true << true;
        QTest::newRow("429, repeatable") << ApiError::http(429, "4290", "") << true << true;
        QTest::newRow("network, claim") << ApiError::network("refused") << false << false;
        QTest::newRow("500, sign-in") << ApiError::http(500, "5000", "") << false << false;
        QTest::newRow("404") << ApiError::http(404, "4041", "") << true << false;
        QTest::newRow("tls") << ApiError::tls("bad certificate") << true << false;
        QTest::newRow("malformed") << ApiError::malformedResponse("not JSON") << true << false;
        QTest::newRow("cancelled") << ApiError::cancelled() << true << false;
        QTest::newRow("refused address") << ApiError::refused("plain http:// to 192.0.2.1") << true << false;
    }

    void whatIsRetried()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, repeatable);
        QFETCH(bool, retried);
        const RetryPolicy policy([] { return 0.5; });
        QCOMPARE(policy.delayBeforeRetry(error, 1, repeatable).has_value(), retried);
    }

    void retryAfterWins()
    {
        const RetryPolicy policy([] { return 0.0; });
        ApiError limited = ApiError::http(429, "4290", "Too many requests");
        limited.setRetryAfterSeconds(7);
        QCOMPARE(policy.delayBeforeRetry(limited, 1, true), std::optional<qint64>(7000));
        limited.setRetryAfterSeconds(900); // a lockout: the screen counts down instead
        QCOMPARE(policy.delayBeforeRetry(limited, 1, true), std::nullopt);
    }

    void defaultRandomStaysUnderTheCeiling()
    {
        const RetryPolicy policy;
        const ApiError error = ApiError::timeout("");
        for (int i = 0; i < 1000; ++i) {
            const qint64 delay = *policy.delayBeforeRetry(error, 2, true);
            QVERIFY(delay >= 0 && delay < 2000);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
