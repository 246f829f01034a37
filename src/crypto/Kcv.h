#pragma once

#include <QByteArray>

#include <optional>

namespace viopay::crypto {

// The key check value of an AES key (ACTIVATION.md, as for AES in ANSI X9.24): the first
// 3 bytes of AES-CMAC(key, 16 zero bytes), as 6 upper-case hex digits. It identifies a key
// without revealing it.
class Kcv {
public:
    static constexpr int Digits = 6;

    // nullopt when the key is not an AES key.
    static std::optional<QByteArray> of(const QByteArray &key);
    // Whether kcv (hex of either case) is the key's.
    static bool matches(const QByteArray &key, const QByteArray &kcv);
};

} // namespace viopay::crypto
