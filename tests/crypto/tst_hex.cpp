#include "crypto/Hex.h"

#include <QTest>

using namespace viopay::crypto;

class TestHex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodesUpperCase() { QCOMPARE(Hex::encode(QByteArray::fromHex("00ab7f")), QByteArray("00AB7F")); }

    void decodesEitherCase()
    {
        QCOMPARE(Hex::decode("00AB7f").value_or("none"), QByteArray::fromHex("00ab7f"));
        QCOMPARE(Hex::decode("").value_or("none"), QByteArray());
    }

    // QByteArray::fromHex would skip the stray characters and decode the rest.
    void refusesWhatIsNotHex_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("odd count") << QByteArray("ABC");
        QTest::newRow("letter beyond F") << QByteArray("0G");
        QTest::newRow("space") << QByteArray("AB CD");
        QTest::newRow("prefix") << QByteArray("0xAB");
    }
    void refusesWhatIsNotHex()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(!Hex::decode(hex).has_value());
    }
};

QTEST_APPLESS_MAIN(TestHex)
#include "tst_hex.moc"
