#include "crypto/Gzip.h"

#include <QTest>

using namespace viopay::crypto;

Q_DECLARE_METATYPE(Gzip::Error)

class TestGzip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("{\"emv_ready\":true}");
        QTest::newRow("larger than one output step") << QByteArray("acquirer;").repeated(10000);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, data);
        const QByteArray gzip = Gzip::compress(data);
        QVERIFY(gzip.startsWith("\x1f\x8b")); // gzip's magic, not zlib's header
        const auto back = Gzip::decompress(gzip);
        QVERIFY(back);
        QCOMPARE(*back, data);
    }

    // 10 MiB of zeros deflate to about 10 KiB: refused at the 1 MiB cap, not inflated in full.
    void bombIsRefused()
    {
        const QByteArray bomb = Gzip::compress(QByteArray(10 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 64 * 1024);
        const auto result = Gzip::decompress(bomb);
        QVERIFY(!result);
        QCOMPARE(result.error(), Gzip::Error::TooLarge);
    }

    void capIsInclusive()
    {
        const QByteArray gzip = Gzip::compress(QByteArray(1000, 'a'));
        QVERIFY(Gzip::decompress(gzip, 1000));
        QCOMPARE(Gzip::decompress(gzip, 999).error(), Gzip::Error::TooLarge);
    }

    void corruptInput_data()
    {
        const QByteArray gzip = Gzip::compress(QByteArray("a payload of some length, ").repeated(20));
        QByteArray flipped = gzip;
        flipped[gzip.size() - 6] = char(flipped[gzip.size() - 6] ^ 0x55); // in the CRC-32 trailer
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not gzip") << QByteArray("plain text, not compressed");
        QTest::newRow("zlib, not gzip") << qCompress(QByteArray("data")).mid(4);
        QTest::newRow("truncated") << gzip.left(gzip.size() - 4);
        QTest::newRow("checksum wrong") << flipped;
        QTest::newRow("bytes after the end") << gzip + "junk";
    }
    void corruptInput()
    {
        QFETCH(QByteArray, input);
        const auto result = Gzip::decompress(input);
        QVERIFY(!result);
        QCOMPARE(result.error(), Gzip::Error::Corrupt);
    }
};

QTEST_APPLESS_MAIN(TestGzip)
#include "tst_gzip.moc"
