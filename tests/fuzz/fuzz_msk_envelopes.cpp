// MSK envelopes as either side receives them: any JSON under a fixed MSK. What opens stays
// within the cap and seals and opens again to itself.
#include "FuzzInput.h"

#include "crypto/MskEnvelope.h"

#include <QJsonDocument>

using namespace viopay::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The AES-256 key of NIST SP 800-38A F.2.5, under which the seed corpus's envelopes are sealed.
    static const QByteArray msk =
        QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size));
    if (!document.isObject())
        return 0;
    const auto payload = MskEnvelope::open(msk, document.object());
    if (!payload)
        return 0;
    FUZZ_CHECK(payload->size() <= Gzip::DefaultMaxSize);
    FUZZ_CHECK(MskEnvelope::open(msk, *MskEnvelope::seal(msk, *payload)).value_or("") == *payload);
    FUZZ_CHECK(MskEnvelope::open(msk, *MskEnvelope::sealChunked(msk, *payload)).value_or("") == *payload);
    return 0;
}
