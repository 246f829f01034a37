#include "Cmac.h"

#include <QtGlobal>

#include <openssl/evp.h>

namespace viopay::crypto {

namespace {
const char *cbcCipherName(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return "AES-128-CBC";
    case 24:
        return "AES-192-CBC";
    default:
        return "AES-256-CBC";
    }
}
} // namespace

bool Cmac::isAesKeySize(qsizetype bytes)
{
    return bytes == 16 || bytes == 24 || bytes == 32;
}

std::optional<QByteArray> Cmac::aes(const QByteArray &key, const QByteArray &data)
{
    if (!isAesKeySize(key.size()))
        return std::nullopt;
    QByteArray mac(Size, Qt::Uninitialized);
    size_t length = 0;
    // With a valid key only a broken OpenSSL installation (no default provider) fails here.
    if (!EVP_Q_mac(nullptr, "CMAC", nullptr, cbcCipherName(key.size()), nullptr, key.constData(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()), &length))
        qFatal("AES-CMAC failed in OpenSSL");
    return mac;
}

} // namespace viopay::crypto
