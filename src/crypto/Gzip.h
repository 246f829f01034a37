#pragma once

#include "Expected.h"

#include <QByteArray>

namespace viopay::crypto {

// The gzip content encoding of TR31-DATA-CHUNKED envelopes, over zlib.
class Gzip {
public:
    // What a decompression may produce at most unless told otherwise: far above the vendor's
    // largest payload (terminal parameters, about 17 KB gzipped), far below harm.
    static constexpr qsizetype DefaultMaxSize = 1024 * 1024;

    enum class Error {
        Corrupt,  // not a complete gzip stream, or bytes after its end
        TooLarge, // would decompress to more than the cap: refused before it is all inflated
    };

    static QByteArray compress(const QByteArray &data);
    static Expected<QByteArray, Error> decompress(const QByteArray &gzip, qsizetype maxSize = DefaultMaxSize);
};

} // namespace viopay::crypto
