#include "crypto/Cmac.h"
#include "crypto/Kcv.h"

#include <QTest>

using namespace viopay::crypto;

class TestKcv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Expected values from the openssl command line, outside this code:
    //   head -c 16 /dev/zero | openssl mac -cipher AES-128-CBC -macopt hexkey:<key> CMAC
    // and its first 6 digits. The keys are TR-31:2018's version D example key and KBPK.
    void knownKeys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("kcv");
        QTest::newRow("AES-128") << QByteArray::fromHex("3F419E1CB7079442AA37474C2EFBF8B8") << QByteArray("08793E");
        QTest::newRow("AES-256") << QByteArray::fromHex(
                                        "88E1AB2A2E3DD38C1FA039A536500CC8A87AB9D62DC92C01058FA79F44657DE6")
                                 << QByteArray("233155");
    }
    void knownKeys()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, kcv);
        QCOMPARE(Kcv::of(key).value_or("none"), kcv);
        QVERIFY(Kcv::matches(key, kcv));
        QVERIFY(Kcv::matches(key, kcv.toLower()));
    }

    void isTheCmacOfAZeroBlock()
    {
        const QByteArray key(32, '\x5a');
        QCOMPARE(Kcv::of(key).value_or("none"), Cmac::aes(key, QByteArray(16, '\0'))->left(3).toHex().toUpper());
    }

    void anotherKeyDoesNotMatch()
    {
        QVERIFY(!Kcv::matches(QByteArray(32, '\x01'), *Kcv::of(QByteArray(32, '\x02'))));
        QVERIFY(!Kcv::matches(QByteArray(32, '\x01'), ""));
    }

    void notAnAesKey() { QVERIFY(!Kcv::of(QByteArray(8, 'k')).has_value()); }
};

QTEST_APPLESS_MAIN(TestKcv)
#include "tst_kcv.moc"
