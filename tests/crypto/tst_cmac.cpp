#include "crypto/Cmac.h"

#include <QTest>

using namespace viopay::crypto;

namespace {
// The 64-byte message of RFC 4493 and NIST SP 800-38B's examples; each example MACs a prefix.
const QByteArray Message = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                               "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
} // namespace

class TestCmac : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // AES-128: RFC 4493, "The AES-CMAC Algorithm", section 4, examples 1 to 4.
    // AES-256: NIST SP 800-38B's published CMAC-AES256 examples 1 to 4 (csrc.nist.gov, AES_CMAC.pdf).
    void publishedExamples_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("mac");
        const QByteArray aes128 = QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
        const QByteArray aes256 =
            QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        QTest::newRow("RFC 4493 example 1, empty") << aes128 << 0 << QByteArray("bb1d6929e95937287fa37d129b756746");
        QTest::newRow("RFC 4493 example 2, 16 bytes") << aes128 << 16 << QByteArray("070a16b46b4d4144f79bdd9dd04a287c");
        QTest::newRow("RFC 4493 example 3, 40 bytes") << aes128 << 40 << QByteArray("dfa66747de9ae63030ca32611497c827");
        QTest::newRow("RFC 4493 example 4, 64 bytes") << aes128 << 64 << QByteArray("51f0bebf7e3b9d92fc49741779363cfe");
        QTest::newRow("SP 800-38B AES-256 example 1") << aes256 << 0 << QByteArray("028962f61b7bf89efc6b551f4667d983");
        QTest::newRow("SP 800-38B AES-256 example 2") << aes256 << 16 << QByteArray("28a7023f452e8f82bd4bf28d8c37c35c");
        QTest::newRow("SP 800-38B AES-256 example 3") << aes256 << 40 << QByteArray("aaf3d8f1de5640c232f5b169b9c911e6");
        QTest::newRow("SP 800-38B AES-256 example 4") << aes256 << 64 << QByteArray("e1992190549f6ed5696a2c056c315410");
    }
    void publishedExamples()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, length);
        QFETCH(QByteArray, mac);
        QCOMPARE(Cmac::aes(key, Message.left(length)).value_or("none").toHex(), mac);
    }

    void refusesKeysThatAreNotAes()
    {
        QVERIFY(!Cmac::aes(QByteArray(15, 'k'), Message).has_value());
        QVERIFY(!Cmac::aes(QByteArray(33, 'k'), Message).has_value());
        QVERIFY(!Cmac::aes({}, Message).has_value());
        QVERIFY(Cmac::aes(QByteArray(24, 'k'), Message).has_value());
    }
};

QTEST_APPLESS_MAIN(TestCmac)
#include "tst_cmac.moc"
