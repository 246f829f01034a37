#pragma once

#include <QByteArray>

#include <optional>

namespace viopay::crypto {

// AES-CMAC (NIST SP 800-38B, RFC 4493) over OpenSSL's EVP_MAC, for AES-128, -192 and -256 keys.
class Cmac {
public:
    static constexpr int Size = 16;

    static bool isAesKeySize(qsizetype bytes); // 16, 24 or 32
    // The 16-byte CMAC of data; nullopt when the key is not an AES key.
    static std::optional<QByteArray> aes(const QByteArray &key, const QByteArray &data);
};

} // namespace viopay::crypto
