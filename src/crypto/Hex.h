#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace viopay::crypto {

// The upper-case hex of key blocks, KCVs and envelopes. Decoding is strict where
// QByteArray::fromHex skips what is not a digit: a stray character is an error, not ignored.
class Hex {
public:
    static QByteArray encode(const QByteArray &bytes); // upper case
    // Digits of either case, an even count; nullopt for anything else.
    static std::optional<QByteArray> decode(QByteArrayView hex);
};

} // namespace viopay::crypto
