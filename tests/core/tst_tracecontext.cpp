#include "core/TraceContext.h"

#include <QSet>
#include <QTest>

using namespace viopay;

class TestTraceContext : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedIdsAreWellFormedAndDistinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const TraceContext context = TraceContext::generate();
            const auto parsed = TraceContext::parseTraceparent(context.traceparent());
            QVERIFY2(parsed, context.traceparent().constData());
            QCOMPARE(parsed->traceId(), context.traceId());
            QCOMPARE(parsed->spanId(), context.spanId());
            seen.insert(context.traceId());
        }
        QCOMPARE(seen.size(), 1000);
    }

    void traceparentFormat()
    {
        const TraceContext context = TraceContext::generate();
        const QByteArray header = context.traceparent();
        QCOMPARE(header.size(), 55);
        QVERIFY(header.startsWith("00-"));
        QVERIFY(header.endsWith("-01"));
        QCOMPARE(header.mid(3, 32), context.traceId());
        QCOMPARE(header.mid(36, 16), context.spanId());
    }

    void parseTraceparent_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("traceId");
        const QByteArray valid = "4bf92f3577b34da6a3ce929d0e0e4736";
        QTest::newRow("w3c example") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") << valid;
        QTest::newRow("not sampled") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00") << valid;
        QTest::newRow("surrounding spaces")
            << QByteArray(" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ") << valid;
        QTest::newRow("future version with extra field")
            << QByteArray("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what") << valid;
        QTest::newRow("version ff") << QByteArray("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                                    << QByteArray();
        QTest::newRow("version 00 with extra field")
            << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x") << QByteArray();
        QTest::newRow("upper-case hex") << QByteArray("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")
                                        << QByteArray();
        QTest::newRow("all-zero trace id")
            << QByteArray("00-00000000000000000000000000000000-00f067aa0ba902b7-01") << QByteArray();
        QTest::newRow("all-zero span id")
            << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01") << QByteArray();
        QTest::newRow("short trace id") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01")
                                        << QByteArray();
        QTest::newRow("wrong separator") << QByteArray("00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01")
                                         << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void parseTraceparent()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, traceId);
        const auto context = TraceContext::parseTraceparent(header);
        QCOMPARE(context.has_value(), !traceId.isEmpty());
        if (context)
            QCOMPARE(context->traceId(), traceId);
    }
};

QTEST_GUILESS_MAIN(TestTraceContext)
#include "tst_tracecontext.moc"
