#include "AesCbc.h"

#include "Cmac.h"

#include <openssl/evp.h>

#include <memory>

namespace viopay::crypto {

namespace {
struct ContextFree {
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_CIPHER_CTX, ContextFree>;

const EVP_CIPHER *cbcCipher(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return EVP_aes_128_cbc();
    case 24:
        return EVP_aes_192_cbc();
    default:
        return EVP_aes_256_cbc();
    }
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// One pass of EVP_CipherInit/Update/Final; nullopt wherever OpenSSL says no (for decryption
// with padding, EVP_CipherFinal_ex is where bad PKCS#7 shows).
std::optional<QByteArray> run(bool encrypt, const QByteArray &key, const QByteArray &iv, const QByteArray &input,
                              AesCbc::Padding padding)
{
    if (!Cmac::isAesKeySize(key.size()) || iv.size() != AesCbc::BlockSize)
        return std::nullopt;
    if ((padding == AesCbc::Padding::None || !encrypt) && input.size() % AesCbc::BlockSize != 0)
        return std::nullopt;
    const Context context(EVP_CIPHER_CTX_new());
    if (!context ||
        !EVP_CipherInit_ex2(context.get(), cbcCipher(key.size()), bytes(key), bytes(iv), encrypt ? 1 : 0, nullptr))
        return std::nullopt;
    EVP_CIPHER_CTX_set_padding(context.get(), padding == AesCbc::Padding::Pkcs7 ? 1 : 0);
    QByteArray output(input.size() + AesCbc::BlockSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    int written = 0;
    int finalWritten = 0;
    if (!EVP_CipherUpdate(context.get(), out, &written, bytes(input), int(input.size())) ||
        !EVP_CipherFinal_ex(context.get(), out + written, &finalWritten))
        return std::nullopt;
    output.truncate(written + finalWritten);
    return output;
}
} // namespace

std::optional<QByteArray> AesCbc::encrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plaintext,
                                          Padding padding)
{
    return run(true, key, iv, plaintext, padding);
}

std::optional<QByteArray> AesCbc::decrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &ciphertext,
                                          Padding padding)
{
    return run(false, key, iv, ciphertext, padding);
}

} // namespace viopay::crypto
