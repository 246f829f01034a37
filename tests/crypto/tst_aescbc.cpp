#include "crypto/AesCbc.h"

#include <QTest>

using namespace viopay::crypto;
using Padding = AesCbc::Padding;

namespace {
// NIST SP 800-38A, "Recommendation for Block Cipher Modes of Operation", F.2.5 CBC-AES256.Encrypt
// and F.2.6 CBC-AES256.Decrypt.
const QByteArray Key = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
const QByteArray Iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
const QByteArray Plaintext = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                                 "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
const QByteArray Ciphertext = QByteArray::fromHex("f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
                                                  "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");
} // namespace

class TestAesCbc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sp800_38a_F_2_5_encrypt()
    {
        QCOMPARE(AesCbc::encrypt(Key, Iv, Plaintext, Padding::None).value_or("none").toHex(), Ciphertext.toHex());
    }

    void sp800_38a_F_2_6_decrypt()
    {
        QCOMPARE(AesCbc::decrypt(Key, Iv, Ciphertext, Padding::None).value_or("none").toHex(), Plaintext.toHex());
    }

    // PKCS#7 adds a whole block to whole blocks, and the ciphertext's first blocks are those of
    // the unpadded encryption.
    void pkcs7PadsAndUnpads()
    {
        const auto padded = AesCbc::encrypt(Key, Iv, Plaintext, Padding::Pkcs7);
        QVERIFY(padded);
        QCOMPARE(padded->size(), Plaintext.size() + 16);
        QCOMPARE(padded->left(Ciphertext.size()).toHex(), Ciphertext.toHex());
        QCOMPARE(AesCbc::decrypt(Key, Iv, *padded, Padding::Pkcs7).value_or("none"), Plaintext);
        const auto shortOne = AesCbc::encrypt(Key, Iv, "abc", Padding::Pkcs7);
        QCOMPARE(shortOne.value_or("none").size(), 16);
        QCOMPARE(AesCbc::decrypt(Key, Iv, *shortOne, Padding::Pkcs7).value_or("none"), QByteArray("abc"));
    }

    // The F.2.5 ciphertext ends in no valid PKCS#7 padding.
    void badPaddingIsRefused() { QVERIFY(!AesCbc::decrypt(Key, Iv, Ciphertext, Padding::Pkcs7)); }

    void wrongSizesAreRefused()
    {
        QVERIFY(!AesCbc::encrypt(Key.left(20), Iv, Plaintext, Padding::None));
        QVERIFY(!AesCbc::encrypt(Key, Iv.left(8), Plaintext, Padding::None));
        QVERIFY(!AesCbc::encrypt(Key, Iv, Plaintext.left(20), Padding::None));
        QVERIFY(!AesCbc::decrypt(Key, Iv, Ciphertext.left(20), Padding::Pkcs7));
        QVERIFY(!AesCbc::decrypt(Key, Iv, {}, Padding::Pkcs7));
    }
};

QTEST_APPLESS_MAIN(TestAesCbc)
#include "tst_aescbc.moc"
