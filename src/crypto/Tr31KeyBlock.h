#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace viopay::crypto {

// ASCII TR-31 key blocks, version D (ANSI X9.143 / TR-31:2018, the AES key block binding
// method), for AES keys under an AES key block protection key (KBPK): the keys of
// POST /pos/keys (ACTIVATION.md step 6).
//
// From the KBPK, CMAC derives an encryption key (KBEK) and an authentication key (KBAK). The
// clear key data, [key length in bits, 2 bytes][key][random padding to whole AES blocks], is
// MACed (AES-CMAC under the KBAK) together with the 16-character header; that MAC is the IV of
// the AES-CBC encryption of the key data under the KBEK. The block is the header, the hex of the
// encrypted key data and the hex of the MAC. The header has no optional blocks.
class Tr31KeyBlock {
public:
    // The usages of ACTIVATION.md and their TR-31 header fields (key usage, mode of use):
    enum class Usage {
        KeyEncryption,  // "key-encryption": K0, key encryption or wrapping; B, wrap and unwrap
        DataEncryption, // "data-encryption": D0, symmetric data encryption; B, encrypt and decrypt
        PinEncryption,  // "pin-encryption": P0, PIN encryption; E, encrypt only (the terminal's side)
        Mac,            // "mac": M6, ISO 9797-5 CMAC (the TR-31 usage for an AES CMAC key);
                        // C, generate and verify
    };

    enum class Error {
        InvalidKbpk,        // the KBPK is not a 16-, 24- or 32-byte AES key
        InvalidKey,         // wrap: the key is not a 16-, 24- or 32-byte AES key
        Malformed,          // not printable ASCII, shorter than a header, or the body is not hex of whole blocks
        UnsupportedVersion, // not version D
        LengthMismatch,     // the header's length field is not the block's length
        UnsupportedHeader,  // not an AES key (algorithm A), or optional blocks
        UnexpectedKeyUsage, // not the usage the caller expects
        MacMismatch,        // tampered, or wrapped under another KBPK
        BadKeyLength,       // authentic, but the key length field names no AES key within the key data
    };

    static constexpr int HeaderSize = 16;

    // The contract's name ("key-encryption") and back; nullopt for a name it does not define.
    static QByteArray usageName(Usage usage);
    static std::optional<Usage> usageFromName(QByteArrayView name);

    // Wraps an AES key under the KBPK, with fresh random padding.
    static Expected<QByteArray, Error> wrap(const QByteArray &kbpk, Usage usage, const QByteArray &key);
    // The same with the padding given, to reproduce a published block; padding must fill the
    // key data to whole AES blocks.
    static Expected<QByteArray, Error> wrapWithPaddingForTesting(const QByteArray &kbpk, Usage usage,
                                                                 const QByteArray &key, const QByteArray &padding);
    // The key of an authentic block of the expected usage.
    static Expected<QByteArray, Error> unwrap(const QByteArray &kbpk, const QByteArray &block, Usage expected);

    // Padding bytes that fill [length][key] to whole AES blocks.
    static int paddingSize(qsizetype keyBytes);
};

} // namespace viopay::crypto
