#pragma once

#include <QByteArray>

namespace viopay::crypto {

// The X-Signature of POST /pos/attest (ACTIVATION.md step 5):
// "v1=" + base64(HMAC-SHA256(identity secret, device_id\nkey_id\ntimestamp\nnonce)).
class AttestationSignature {
public:
    // The signed values, as the device sends them in its headers.
    struct Fields {
        QByteArray deviceId;
        QByteArray keyId;
        QByteArray timestamp;
        QByteArray nonce;
    };

    enum class Verdict {
        Valid,
        Malformed, // not "v1=" and the base64 of 32 bytes: a client error, told apart from a mismatch
        Mismatch,  // well formed, but not made with this secret over these fields
    };

    static QByteArray message(const Fields &fields); // the four values joined by "\n"
    static QByteArray sign(const QByteArray &identitySecret, const Fields &fields);
    // Compares the MACs in constant time.
    static Verdict verify(const QByteArray &identitySecret, const Fields &fields, const QByteArray &signature);
};

} // namespace viopay::crypto
