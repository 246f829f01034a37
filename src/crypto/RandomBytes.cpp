#include "RandomBytes.h"

#include <QtGlobal>

#include <openssl/rand.h>

namespace viopay::crypto {

QByteArray RandomBytes::generate(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("RAND_bytes failed: no secure random bytes available");
    return bytes;
}

} // namespace viopay::crypto
