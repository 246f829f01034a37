// TR-31 key blocks as a terminal receives them: any bytes under the example KBPK. Whatever
// unwraps is an AES key that wraps again and unwraps to itself.
#include "FuzzInput.h"

#include "crypto/Cmac.h"
#include "crypto/Tr31KeyBlock.h"

using namespace viopay::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // TR-31:2018's version D example KBPK, under which the seed corpus's block is wrapped.
    static const QByteArray kbpk =
        QByteArray::fromHex("88E1AB2A2E3DD38C1FA039A536500CC8A87AB9D62DC92C01058FA79F44657DE6");
    const auto key = Tr31KeyBlock::unwrap(kbpk, fuzzBytes(data, size), Tr31KeyBlock::Usage::PinEncryption);
    if (!key)
        return 0;
    FUZZ_CHECK(Cmac::isAesKeySize(key->size()));
    const auto again = Tr31KeyBlock::wrap(kbpk, Tr31KeyBlock::Usage::PinEncryption, *key);
    FUZZ_CHECK(again && Tr31KeyBlock::unwrap(kbpk, *again, Tr31KeyBlock::Usage::PinEncryption).value_or("") == *key);
    return 0;
}
