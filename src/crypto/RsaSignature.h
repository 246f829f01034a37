#pragma once

#include <QByteArray>

namespace viopay::crypto {

// RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 section 3.3) over an RSA public key given as a
// JSON Web Key's modulus and exponent (big-endian bytes), as an OpenID provider's JWKS lists it.
class RsaSignature {
public:
    enum class Verdict {
        Valid,
        BadKey,   // n or e do not make an RSA key (empty, too short to be safe)
        Mismatch, // not made by this key over this message
    };

    // Keys shorter than this are refused: RFC 7518 asks for 2048 bits or more.
    static constexpr int MinModulusBits = 2048;

    static Verdict verifySha256(const QByteArray &modulus, const QByteArray &exponent, const QByteArray &message,
                                const QByteArray &signature);
};

} // namespace viopay::crypto
