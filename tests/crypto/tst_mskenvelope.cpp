#include "crypto/AesCbc.h"
#include "crypto/Gzip.h"
#include "crypto/Kcv.h"
#include "crypto/MskEnvelope.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace viopay::crypto;
using Error = MskEnvelope::Error;

Q_DECLARE_METATYPE(MskEnvelope::Error)

namespace {
const QByteArray Msk = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");

// A terminal-parameters-like payload: about 12 KiB gzipped once random tags break repetition.
QByteArray largePayload()
{
    QRandomGenerator generator(16);
    QByteArray payload = "{\"ca_public_keys\":[";
    for (int i = 0; i < 400; ++i) {
        payload += "{\"rid\":\"A000000003\",\"index\":" + QByteArray::number(i) + ",\"modulus\":\"";
        for (int j = 0; j < 8; ++j)
            payload += QByteArray::number(generator.generate(), 16).toUpper();
        payload += "\"},";
    }
    payload.chop(1);
    return payload + "]}";
}

QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject withChunkField(QJsonObject envelope, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray chunks = envelope.value("chunks").toArray();
    chunks[index] = withField(chunks[index].toObject(), key, value);
    envelope.insert("chunks", chunks);
    return envelope;
}
} // namespace

class TestMskEnvelope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void singleHasTheVendorsFields()
    {
        const auto envelope = MskEnvelope::seal(Msk, "{\"emv_ready\":true}");
        QVERIFY(envelope);
        QCOMPARE(envelope->value("format").toString(), "TR31-DATA");
        QCOMPARE(envelope->value("mode").toString(), "CBC");
        QCOMPARE(envelope->value("key_kcv").toString().toLatin1(), *Kcv::of(Msk));
        const QString iv = envelope->value("initialization_vector").toString();
        const QString ciphertext = envelope->value("ciphertext").toString();
        QCOMPARE(iv.size(), 32);
        QCOMPARE(iv, iv.toUpper());
        QCOMPARE(ciphertext.size(), 64); // 18 bytes padded to 32
        QCOMPARE(ciphertext, ciphertext.toUpper());
        // Plain AES-256-CBC with PKCS#7, as any other implementation decrypts it.
        QCOMPARE(AesCbc::decrypt(Msk, QByteArray::fromHex(iv.toLatin1()), QByteArray::fromHex(ciphertext.toLatin1()),
                                 AesCbc::Padding::Pkcs7)
                     .value_or("none"),
                 QByteArray("{\"emv_ready\":true}"));
    }

    void singleRoundTrip()
    {
        for (const QByteArray &payload : {QByteArray(), QByteArray("{\"status\":\"activated\"}"), largePayload()}) {
            const auto envelope = MskEnvelope::seal(Msk, payload);
            QVERIFY(envelope);
            QCOMPARE(MskEnvelope::open(Msk, *envelope).value_or("none"), payload);
        }
    }

    void chunkedRoundTripOfMoreThan12KiBGzipped()
    {
        const QByteArray payload = largePayload();
        QVERIFY(Gzip::compress(payload).size() > 12 * 1024);
        const auto envelope = MskEnvelope::sealChunked(Msk, payload);
        QVERIFY(envelope);
        QCOMPARE(envelope->value("format").toString(), "TR31-DATA-CHUNKED");
        QCOMPARE(envelope->value("content_encoding").toString(), "gzip");
        QCOMPARE(envelope->value("mode").toString(), "CBC");
        const QJsonArray chunks = envelope->value("chunks").toArray();
        QVERIFY(chunks.size() >= 4);
        QSet<QString> ivs;
        for (const auto &value : chunks) {
            const QJsonObject chunk = value.toObject();
            // At most 4 KiB of plaintext each, padded on its own: at most 4096 + 16 bytes.
            QVERIFY(chunk["ciphertext"].toString().size() <= 2 * (4096 + 16));
            QCOMPARE(chunk["mode"].toString(), "CBC");
            ivs.insert(chunk["initialization_vector"].toString());
        }
        QCOMPARE(ivs.size(), chunks.size());
        QCOMPARE(MskEnvelope::open(Msk, *envelope).value_or("none"), payload);
    }

    void wrongKcvIsRefused()
    {
        const auto single = MskEnvelope::seal(Msk, "payload");
        const auto chunked = MskEnvelope::sealChunked(Msk, "payload");
        QByteArray otherMsk = Msk;
        otherMsk[31] = char(otherMsk[31] ^ 1);
        QCOMPARE(MskEnvelope::open(otherMsk, *single).error(), Error::KcvMismatch);
        QCOMPARE(MskEnvelope::open(otherMsk, *chunked).error(), Error::KcvMismatch);
        QCOMPARE(MskEnvelope::open(Msk, withField(*single, "key_kcv", "000000")).error(), Error::KcvMismatch);
    }

    void keyMustBeAes256()
    {
        QCOMPARE(MskEnvelope::seal(Msk.left(16), "x").error(), Error::InvalidKey);
        QCOMPARE(MskEnvelope::sealChunked(Msk.left(16), "x").error(), Error::InvalidKey);
        QCOMPARE(MskEnvelope::open(Msk.left(16), *MskEnvelope::seal(Msk, "x")).error(), Error::InvalidKey);
    }

    void badEnvelopes_data()
    {
        QTest::addColumn<QJsonObject>("envelope");
        QTest::addColumn<Error>("error");
        const QJsonObject single = *MskEnvelope::seal(Msk, "{\"emv_ready\":true,\"keys_installed\":true}");
        const QJsonObject chunked = *MskEnvelope::sealChunked(Msk, largePayload());
        const QString ciphertext = single["ciphertext"].toString();
        QString lastBlockFlipped = ciphertext;
        lastBlockFlipped[ciphertext.size() - 1] = ciphertext.back() == u'0' ? u'1' : u'0';
        QTest::newRow("empty object") << QJsonObject() << Error::Malformed;
        QTest::newRow("unknown format") << withField(single, "format", "TR31-DATA-V2") << Error::Malformed;
        QTest::newRow("mode ECB") << withField(single, "mode", "ECB") << Error::Malformed;
        QTest::newRow("no KCV") << withField(single, "key_kcv", QJsonValue()) << Error::Malformed;
        QTest::newRow("ciphertext a number") << withField(single, "ciphertext", 12) << Error::Malformed;
        QTest::newRow("ciphertext not hex")
            << withField(single, "ciphertext", "XY" + ciphertext.mid(2)) << Error::BadHex;
        QTest::newRow("IV not hex") << withField(single, "initialization_vector", "not hex") << Error::BadHex;
        QTest::newRow("IV of 8 bytes") << withField(single, "initialization_vector", "0001020304050607")
                                       << Error::BadIvLength;
        QTest::newRow("ciphertext not whole blocks")
            << withField(single, "ciphertext", ciphertext.left(40)) << Error::BadCiphertext;
        QTest::newRow("ciphertext empty") << withField(single, "ciphertext", "") << Error::BadCiphertext;
        QTest::newRow("last block tampered") << withField(single, "ciphertext", lastBlockFlipped) << Error::BadPadding;
        QTest::newRow("chunked without encoding")
            << withField(chunked, "content_encoding", QJsonValue()) << Error::Malformed;
        QTest::newRow("chunked deflate") << withField(chunked, "content_encoding", "deflate") << Error::Malformed;
        QTest::newRow("chunks not an array") << withField(chunked, "chunks", "[]") << Error::Malformed;
        QTest::newRow("chunk not an object") << withField(chunked, "chunks", QJsonArray{1}) << Error::Malformed;
        QTest::newRow("chunk mode missing") << withChunkField(chunked, 1, "mode", QJsonValue()) << Error::Malformed;
        QTest::newRow("chunk IV short") << withChunkField(chunked, 1, "initialization_vector", "00")
                                        << Error::BadIvLength;
        QJsonArray reordered = chunked["chunks"].toArray();
        const QJsonValue first = reordered.takeAt(0);
        reordered.append(first);
        QTest::newRow("chunks reordered") << withField(chunked, "chunks", reordered) << Error::CorruptGzip;
        QJsonArray dropped = chunked["chunks"].toArray();
        dropped.removeLast();
        QTest::newRow("last chunk dropped") << withField(chunked, "chunks", dropped) << Error::CorruptGzip;
        QTest::newRow("no chunks") << withField(chunked, "chunks", QJsonArray()) << Error::CorruptGzip;
    }
    void badEnvelopes()
    {
        QFETCH(QJsonObject, envelope);
        QFETCH(Error, error);
        const auto payload = MskEnvelope::open(Msk, envelope);
        QVERIFY(!payload);
        QCOMPARE(payload.error(), error);
    }

    // 10 MiB of zeros gzip to a few KiB: a sender's bomb is refused at the 1 MiB cap.
    void gzipBombIsRefused()
    {
        const auto envelope = MskEnvelope::sealChunked(Msk, QByteArray(10 * 1024 * 1024, '\0'));
        QVERIFY(envelope);
        QCOMPARE(MskEnvelope::open(Msk, *envelope).error(), Error::TooLarge);
    }

    void capApplies()
    {
        const QByteArray payload(2000, 'a');
        QCOMPARE(MskEnvelope::open(Msk, *MskEnvelope::seal(Msk, payload), 1999).error(), Error::TooLarge);
        QCOMPARE(MskEnvelope::open(Msk, *MskEnvelope::sealChunked(Msk, payload), 1999).error(), Error::TooLarge);
        QCOMPARE(MskEnvelope::open(Msk, *MskEnvelope::sealChunked(Msk, payload), 2000).value_or("none"), payload);
    }
};

QTEST_APPLESS_MAIN(TestMskEnvelope)
#include "tst_mskenvelope.moc"
