#include "crypto/AesCbc.h"
#include "crypto/Cmac.h"
#include "crypto/Tr31KeyBlock.h"

#include <QTest>

using namespace viopay::crypto;
using Error = Tr31KeyBlock::Error;
using Usage = Tr31KeyBlock::Usage;

Q_DECLARE_METATYPE(Tr31KeyBlock::Error)
Q_DECLARE_METATYPE(Tr31KeyBlock::Usage)

namespace {
// The version D example of ASC X9 TR-31:2018 (Annex A.7.4; also the example of ANSI X9.143):
// a 128-bit AES PIN encryption key under a 256-bit AES KBPK, with the padding given. The block
// is as the standard prints it, and as the TR-31 implementations of others reproduce it (the
// examples of the paysec-keyblock crate's documentation and a Java "Tr31TestVectors" class, which
// quote the same KBPK, key, padding and block).
const QByteArray ExampleKbpk = QByteArray::fromHex("88E1AB2A2E3DD38C1FA039A536500CC8A87AB9D62DC92C01058FA79F44657DE6");
const QByteArray ExampleKey = QByteArray::fromHex("3F419E1CB7079442AA37474C2EFBF8B8");
const QByteArray ExamplePadding = QByteArray::fromHex("1C2965473CE206BB855B01533782");
const QByteArray ExampleBlock =
    "D0112P0AE00E0000B82679114F470F540165EDFBF7E250FCEA43F810D215F8D207E2E417C07156A27E8E31DA05"
    "F7425509593D03A457DC34";

// X9.143's derivation of the encryption and authentication keys from an AES-256 KBPK, written
// out from the standard apart from the library's, to make blocks the library would not.
std::pair<QByteArray, QByteArray> derive(const QByteArray &kbpk)
{
    QByteArray kbek;
    QByteArray kbak;
    for (const char counter : {'\x01', '\x02'}) {
        // counter, key usage (0000 encryption, 0001 MAC), separator, AES-256 (0004), 256 bits
        kbek += *Cmac::aes(kbpk, QByteArray(1, counter) + QByteArray::fromHex("00000000040100"));
        kbak += *Cmac::aes(kbpk, QByteArray(1, counter) + QByteArray::fromHex("00010000040100"));
    }
    return {kbek, kbak};
}

const QByteArray Kbpk = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
const QByteArray Key = QByteArray::fromHex("FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210");
} // namespace

class TestTr31KeyBlock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unwrapsThePublishedExample()
    {
        const auto key = Tr31KeyBlock::unwrap(ExampleKbpk, ExampleBlock, Usage::PinEncryption);
        QVERIFY(key);
        QCOMPARE(key->toHex().toUpper(), ExampleKey.toHex().toUpper());
    }

    void wrapReproducesThePublishedExample()
    {
        const auto block =
            Tr31KeyBlock::wrapWithPaddingForTesting(ExampleKbpk, Usage::PinEncryption, ExampleKey, ExamplePadding);
        QVERIFY(block);
        QCOMPARE(*block, ExampleBlock);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<QByteArray>("kbpk");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("key-encryption, AES-256 under AES-256")
            << Usage::KeyEncryption << Kbpk << Key << QByteArray("D0144K0AB00E0000");
        QTest::newRow("data-encryption") << Usage::DataEncryption << Kbpk << Key << QByteArray("D0144D0AB00E0000");
        QTest::newRow("pin-encryption") << Usage::PinEncryption << Kbpk << Key << QByteArray("D0144P0AE00E0000");
        QTest::newRow("mac") << Usage::Mac << Kbpk << Key << QByteArray("D0144M6AC00E0000");
        QTest::newRow("AES-192 under AES-128")
            << Usage::KeyEncryption << Kbpk.left(16) << Key.left(24) << QByteArray("D0112K0AB00E0000");
    }
    void roundTrip()
    {
        QFETCH(Usage, usage);
        QFETCH(QByteArray, kbpk);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, header);
        const auto block = Tr31KeyBlock::wrap(kbpk, usage, key);
        QVERIFY(block);
        QCOMPARE(block->left(Tr31KeyBlock::HeaderSize), header);
        QCOMPARE(block->size(), block->mid(1, 4).toInt());
        QCOMPARE(Tr31KeyBlock::unwrap(kbpk, *block, usage).value_or("none"), key);
    }

    // Fresh padding each time: two blocks of one key differ, so equal keys cannot be spotted.
    void paddingIsRandom()
    {
        QVERIFY(*Tr31KeyBlock::wrap(Kbpk, Usage::Mac, Key) != *Tr31KeyBlock::wrap(Kbpk, Usage::Mac, Key));
    }

    void unwrapFailures_data()
    {
        QTest::addColumn<QByteArray>("kbpk");
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<Error>("error");
        const QByteArray &block = ExampleBlock;
        auto replaced = [&block](int at, const QByteArray &with) {
            return QByteArray(block).replace(at, with.size(), with);
        };
        const char lastMacDigit = block.back() == '4' ? '5' : '4';
        QTest::newRow("tampered MAC") << ExampleKbpk << block.chopped(1) + lastMacDigit << Error::MacMismatch;
        QTest::newRow("tampered key data") << ExampleKbpk << replaced(16, "C8") << Error::MacMismatch;
        QTest::newRow("tampered header") << ExampleKbpk << replaced(9, "01") << Error::MacMismatch;
        QByteArray otherKbpk = ExampleKbpk;
        otherKbpk[0] = char(otherKbpk[0] ^ 1);
        QTest::newRow("wrong KBPK") << otherKbpk << block << Error::MacMismatch;
        QTest::newRow("KBPK not an AES key") << ExampleKbpk.left(10) << block << Error::InvalidKbpk;
        QTest::newRow("length field too large") << ExampleKbpk << replaced(1, "0113") << Error::LengthMismatch;
        QTest::newRow("length field not digits") << ExampleKbpk << replaced(1, "01A2") << Error::LengthMismatch;
        QTest::newRow("block cut short") << ExampleKbpk << block.chopped(2) << Error::LengthMismatch;
        QTest::newRow("version B") << ExampleKbpk << replaced(0, "B") << Error::UnsupportedVersion;
        QTest::newRow("TDES key") << ExampleKbpk << replaced(7, "T") << Error::UnsupportedHeader;
        QTest::newRow("optional blocks") << ExampleKbpk << replaced(12, "01") << Error::UnsupportedHeader;
        QTest::newRow("shorter than a header") << ExampleKbpk << block.left(10) << Error::Malformed;
        QTest::newRow("not hex") << ExampleKbpk << replaced(20, "ZZ") << Error::Malformed;
        QTest::newRow("control character") << ExampleKbpk << replaced(20, "\n") << Error::Malformed;
        QTest::newRow("no key data") << ExampleKbpk << QByteArray("D0048P0AE00E0000") + block.right(32)
                                     << Error::Malformed;
    }
    void unwrapFailures()
    {
        QFETCH(QByteArray, kbpk);
        QFETCH(QByteArray, block);
        QFETCH(Error, error);
        const auto key = Tr31KeyBlock::unwrap(kbpk, block, Usage::PinEncryption);
        QVERIFY(!key);
        QCOMPARE(key.error(), error);
    }

    void unexpectedUsageIsRefused()
    {
        const auto key = Tr31KeyBlock::unwrap(ExampleKbpk, ExampleBlock, Usage::KeyEncryption);
        QVERIFY(!key);
        QCOMPARE(key.error(), Error::UnexpectedKeyUsage);
    }

    // The test's own derivation agrees with the derived keys TR-31:2018 A.7.4 prints for the
    // example KBPK (as quoted in openemv/tr31's test/tr31_crypto_test.c).
    void testDerivationMatchesTheStandard()
    {
        const auto [kbek, kbak] = derive(ExampleKbpk);
        QCOMPARE(kbek.toHex().toUpper(),
                 QByteArray("396C9382A6E2E66A088774E1D6E46541F5EAD67D7204F8DD0D7AE8FDA334D3AC"));
        QCOMPARE(kbak.toHex().toUpper(),
                 QByteArray("4EF24317696213840451890756757E573E0673483888F9B7F9B7517827F95022"));
    }

    // Only an authentic block can say a wrong key length; this one, made with the standard's
    // derivation, says 200 bits over 16 bytes of key and 14 of padding.
    void authenticBadKeyLengthIsRefused()
    {
        const QByteArray header = "D0112M6AC00E0000";
        const QByteArray clear = QByteArray::fromHex("00C8") + Key.left(16) + QByteArray(14, 'p');
        const auto [kbek, kbak] = derive(Kbpk);
        const QByteArray mac = *Cmac::aes(kbak, header + clear);
        const QByteArray encrypted = *AesCbc::encrypt(kbek, mac, clear, AesCbc::Padding::None);
        const QByteArray block = header + encrypted.toHex().toUpper() + mac.toHex().toUpper();
        const auto key = Tr31KeyBlock::unwrap(Kbpk, block, Usage::Mac);
        QVERIFY(!key);
        QCOMPARE(key.error(), Error::BadKeyLength);
    }

    void wrapRefusesWhatIsNotAnAesKey()
    {
        QCOMPARE(Tr31KeyBlock::wrap(Kbpk.left(8), Usage::Mac, Key).error(), Error::InvalidKbpk);
        QCOMPARE(Tr31KeyBlock::wrap(Kbpk, Usage::Mac, Key.left(8)).error(), Error::InvalidKey);
        QCOMPARE(Tr31KeyBlock::wrapWithPaddingForTesting(Kbpk, Usage::Mac, Key, "short").error(), Error::InvalidKey);
    }

    void usageNames()
    {
        for (Usage usage : {Usage::KeyEncryption, Usage::DataEncryption, Usage::PinEncryption, Usage::Mac})
            QCOMPARE(Tr31KeyBlock::usageFromName(Tr31KeyBlock::usageName(usage)), usage);
        QCOMPARE(Tr31KeyBlock::usageName(Usage::KeyEncryption), QByteArray("key-encryption"));
        QCOMPARE(Tr31KeyBlock::usageName(Usage::Mac), QByteArray("mac"));
        QVERIFY(!Tr31KeyBlock::usageFromName("K0").has_value());
    }
};

QTEST_APPLESS_MAIN(TestTr31KeyBlock)
#include "tst_tr31keyblock.moc"
