#pragma once

#include "Expected.h"
#include "Gzip.h"

#include <QByteArray>
#include <QJsonObject>

namespace viopay::crypto {

// The MSK envelopes of config, terminal parameters and activate (ACTIVATION.md): AES-256-CBC
// under the MSK with PKCS#7 padding, ciphertext and IV in upper-case hex, either
//   {"format":"TR31-DATA","ciphertext","initialization_vector","mode":"CBC","key_kcv"}
// or, for large payloads, the whole payload gzipped and cut into chunks of at most ChunkSize
// bytes, each encrypted and padded on its own under its own IV:
//   {"format":"TR31-DATA-CHUNKED","content_encoding":"gzip","mode":"CBC","key_kcv",
//    "chunks":[{"ciphertext","initialization_vector","mode"}]}
// CBC with padding and no MAC is the vendor's format; the KCV only tells a wrong key early.
class MskEnvelope {
public:
    static constexpr int KeySize = 32;           // AES-256
    static constexpr qsizetype ChunkSize = 4096; // plaintext bytes per chunk

    enum class Error {
        InvalidKey,    // the MSK is not a 32-byte key
        Malformed,     // a field missing or of the wrong type; an unknown format, mode or encoding
        KcvMismatch,   // key_kcv is not this MSK's
        BadHex,        // a ciphertext or IV that is not hex
        BadIvLength,   // an IV that is not one AES block
        BadCiphertext, // a ciphertext that is empty or not whole AES blocks
        BadPadding,    // decrypts to invalid PKCS#7: tampered, or another key with a forged KCV
        CorruptGzip,   // the chunks' concatenation is not one gzip stream
        TooLarge,      // the payload exceeds the cap (for gzip: refused while inflating)
    };

    static Expected<QJsonObject, Error> seal(const QByteArray &msk, const QByteArray &payload);
    static Expected<QJsonObject, Error> sealChunked(const QByteArray &msk, const QByteArray &payload);
    // Either format; the payload, at most maxSize bytes.
    static Expected<QByteArray, Error> open(const QByteArray &msk, const QJsonObject &envelope,
                                            qsizetype maxSize = Gzip::DefaultMaxSize);
};

} // namespace viopay::crypto
