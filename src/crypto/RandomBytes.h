#pragma once

#include <QByteArray>

namespace viopay::crypto {

// Key material, IVs and padding from OpenSSL's CSPRNG (RAND_bytes).
class RandomBytes {
public:
    // Aborts the process (qFatal) when OpenSSL cannot produce them: a process without a
    // working random generator must not issue keys or IVs, and has no sensible way on.
    static QByteArray generate(int count);
};

} // namespace viopay::crypto
