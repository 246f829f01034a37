#include "MskEnvelope.h"

#include "AesCbc.h"
#include "Hex.h"
#include "Kcv.h"
#include "RandomBytes.h"

#include <QJsonArray>

namespace viopay::crypto {

namespace {
using Error = MskEnvelope::Error;

const QString FormatKey = QStringLiteral("format");
const QString ModeKey = QStringLiteral("mode");
const QString KcvKey = QStringLiteral("key_kcv");
const QString CiphertextKey = QStringLiteral("ciphertext");
const QString IvKey = QStringLiteral("initialization_vector");
const QString EncodingKey = QStringLiteral("content_encoding");
const QString ChunksKey = QStringLiteral("chunks");
const QString SingleFormat = QStringLiteral("TR31-DATA");
const QString ChunkedFormat = QStringLiteral("TR31-DATA-CHUNKED");
const QString Cbc = QStringLiteral("CBC");
const QString GzipEncoding = QStringLiteral("gzip");

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(Hex::encode(bytes));
}

// {"ciphertext","initialization_vector","mode"} of one piece, under a fresh IV.
QJsonObject encryptPiece(const QByteArray &msk, const QByteArray &plaintext)
{
    const QByteArray iv = RandomBytes::generate(AesCbc::BlockSize);
    const QByteArray ciphertext = *AesCbc::encrypt(msk, iv, plaintext, AesCbc::Padding::Pkcs7);
    return {{CiphertextKey, hex(ciphertext)}, {IvKey, hex(iv)}, {ModeKey, Cbc}};
}

Expected<QByteArray, Error> decryptPiece(const QByteArray &msk, const QJsonObject &piece)
{
    const QJsonValue ciphertextHex = piece.value(CiphertextKey);
    const QJsonValue ivHex = piece.value(IvKey);
    if (!ciphertextHex.isString() || !ivHex.isString() || piece.value(ModeKey) != Cbc)
        return Error::Malformed;
    const auto ciphertext = Hex::decode(ciphertextHex.toString().toLatin1());
    const auto iv = Hex::decode(ivHex.toString().toLatin1());
    if (!ciphertext || !iv)
        return Error::BadHex;
    if (iv->size() != AesCbc::BlockSize)
        return Error::BadIvLength;
    if (ciphertext->isEmpty() || ciphertext->size() % AesCbc::BlockSize != 0)
        return Error::BadCiphertext;
    auto plaintext = AesCbc::decrypt(msk, *iv, *ciphertext, AesCbc::Padding::Pkcs7);
    if (!plaintext)
        return Error::BadPadding;
    return std::move(*plaintext);
}

Expected<QByteArray, Error> openChunked(const QByteArray &msk, const QJsonObject &envelope, qsizetype maxSize)
{
    if (envelope.value(EncodingKey) != GzipEncoding || !envelope.value(ChunksKey).isArray())
        return Error::Malformed;
    const QJsonArray chunks = envelope.value(ChunksKey).toArray();
    QByteArray gzip;
    for (const auto &chunk : chunks) {
        if (!chunk.isObject())
            return Error::Malformed;
        const auto plaintext = decryptPiece(msk, chunk.toObject());
        if (!plaintext)
            return plaintext.error();
        gzip += *plaintext;
        // A compressed payload is never larger than its cap by more than gzip's framing.
        if (gzip.size() > maxSize)
            return Error::TooLarge;
    }
    const auto payload = Gzip::decompress(gzip, maxSize);
    if (!payload)
        return payload.error() == Gzip::Error::TooLarge ? Error::TooLarge : Error::CorruptGzip;
    return *payload;
}
} // namespace

Expected<QJsonObject, Error> MskEnvelope::seal(const QByteArray &msk, const QByteArray &payload)
{
    if (msk.size() != KeySize)
        return Error::InvalidKey;
    QJsonObject envelope = encryptPiece(msk, payload);
    envelope.insert(FormatKey, SingleFormat);
    envelope.insert(KcvKey, QString::fromLatin1(*Kcv::of(msk)));
    return envelope;
}

Expected<QJsonObject, Error> MskEnvelope::sealChunked(const QByteArray &msk, const QByteArray &payload)
{
    if (msk.size() != KeySize)
        return Error::InvalidKey;
    const QByteArray gzip = Gzip::compress(payload);
    QJsonArray chunks;
    for (qsizetype offset = 0; offset < gzip.size(); offset += ChunkSize)
        chunks.append(encryptPiece(msk, gzip.mid(offset, ChunkSize)));
    return QJsonObject{{FormatKey, ChunkedFormat},
                       {EncodingKey, GzipEncoding},
                       {ModeKey, Cbc},
                       {KcvKey, QString::fromLatin1(*Kcv::of(msk))},
                       {ChunksKey, chunks}};
}

Expected<QByteArray, Error> MskEnvelope::open(const QByteArray &msk, const QJsonObject &envelope, qsizetype maxSize)
{
    if (msk.size() != KeySize)
        return Error::InvalidKey;
    const QJsonValue format = envelope.value(FormatKey);
    const QJsonValue kcv = envelope.value(KcvKey);
    if ((format != SingleFormat && format != ChunkedFormat) || envelope.value(ModeKey) != Cbc || !kcv.isString())
        return Error::Malformed;
    if (!Kcv::matches(msk, kcv.toString().toLatin1()))
        return Error::KcvMismatch;
    if (format == ChunkedFormat)
        return openChunked(msk, envelope, maxSize);
    auto payload = decryptPiece(msk, envelope);
    if (payload && payload->size() > maxSize)
        return Error::TooLarge;
    return payload;
}

} // namespace viopay::crypto
