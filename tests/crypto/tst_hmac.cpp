#include "crypto/Hmac.h"

#include <QTest>

using namespace viopay::crypto;

class TestHmac : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 4231, "Identifiers and Test Vectors for HMAC-SHA-224, HMAC-SHA-256, HMAC-SHA-384, and
    // HMAC-SHA-512", section 4: test cases 1 to 4, 6 and 7, HMAC-SHA-256 (case 5 truncates).
    void rfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("test case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                     << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("test case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                     << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("test case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                     << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("test case 4") << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                                     << QByteArray(50, '\xcd')
                                     << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("test case 6") << QByteArray(131, '\xaa')
                                     << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                     << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("test case 7")
            << QByteArray(131, '\xaa')
            << QByteArray(
                   "This is a test using a larger than block-size key and a larger than block-size data. The key "
                   "needs to be hashed before being used by the HMAC algorithm.")
            << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }
    void rfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QCOMPARE(Hmac::sha256(key, data).toHex(), mac);
    }

    // HMAC allows an empty key; OpenSSL needs a non-null pointer for it. The value is the
    // well-known HMAC-SHA256 of the empty message under the empty key (as Python's hmac gives).
    void emptyKeyAndMessage()
    {
        QCOMPARE(Hmac::sha256({}, {}).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    void equalComparesContentAndLength()
    {
        QVERIFY(Hmac::equal("abc", "abc"));
        QVERIFY(!Hmac::equal("abc", "abd"));
        QVERIFY(!Hmac::equal("abc", "ab"));
    }
};

QTEST_APPLESS_MAIN(TestHmac)
#include "tst_hmac.moc"
