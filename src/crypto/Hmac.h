#pragma once

#include <QByteArray>

namespace viopay::crypto {

// HMAC-SHA256 over OpenSSL's EVP_MAC.
class Hmac {
public:
    static constexpr int Sha256Size = 32;

    static QByteArray sha256(const QByteArray &key, const QByteArray &data);
    // Compares two MACs in time that does not depend on where they differ (CRYPTO_memcmp).
    static bool equal(const QByteArray &a, const QByteArray &b);
};

} // namespace viopay::crypto
