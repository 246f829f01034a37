#pragma once

#include <QByteArray>

#include <optional>

namespace viopay::crypto {

// AES in CBC mode (NIST SP 800-38A) over OpenSSL's EVP_CIPHER, for 16-, 24- and 32-byte keys.
class AesCbc {
public:
    static constexpr int BlockSize = 16;

    enum class Padding {
        None,  // the input is whole blocks already (TR-31 key data)
        Pkcs7, // PKCS#7 added on encryption, checked and removed on decryption (MSK envelopes)
    };

    // nullopt when the key or IV has the wrong size, or with Padding::None the input is not
    // whole blocks.
    static std::optional<QByteArray> encrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plaintext,
                                             Padding padding);
    // nullopt also when the padding is not valid PKCS#7.
    static std::optional<QByteArray> decrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &ciphertext,
                                             Padding padding);
};

} // namespace viopay::crypto
