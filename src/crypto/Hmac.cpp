#include "Hmac.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace viopay::crypto {

QByteArray Hmac::sha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(Sha256Size, Qt::Uninitialized);
    size_t length = 0;
    // EVP_Q_mac refuses a null key pointer even with length 0; an empty key is legal in HMAC.
    static const char emptyKey = 0;
    const void *keyBytes = key.isEmpty() ? &emptyKey : key.constData();
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, keyBytes, size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()), &length))
        qFatal("HMAC-SHA256 failed in OpenSSL");
    mac.truncate(qsizetype(length));
    return mac;
}

bool Hmac::equal(const QByteArray &a, const QByteArray &b)
{
    // The lengths of MACs are public; only their contents are compared in constant time.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace viopay::crypto
