#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

// What every fuzz target shares: the input as Qt bytes, and a check that aborts (a finding for
// libFuzzer) when an invariant does not hold.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            std::abort();                                                                                              \
    } while (false)
