#pragma once

#include <QJsonArray>
#include <QString>

namespace viopay {

// Checks an ID token as OpenID Connect Core section 3.1.3.7 asks of a native client: an RS256
// JWS whose key (by "kid") is in the issuer's JWKS, from the expected issuer, for this client,
// not expired, and carrying the nonce this sign-in sent.
class IdTokenCheck {
public:
    enum class Problem {
        None,
        Malformed,    // not three base64url parts of JSON
        NotRs256,     // another algorithm ("none" included): refused, never tried
        UnknownKey,   // no RSA key with its "kid" in the JWKS
        BadSignature, // the key did not sign it
        WrongIssuer,
        WrongAudience,
        Expired,
        WrongNonce,
    };

    struct Expected {
        QString issuer;
        QString clientId;
        QString nonce;
        qint64 nowSecs = 0; // seconds since the epoch, from the Clock
    };

    // Clocks of this computer and the issuer may differ by this much.
    static constexpr qint64 LeewaySecs = 60;

    static Problem check(const QByteArray &token, const QJsonArray &keys, const Expected &expected);
    static QString describe(Problem problem); // for the sign-in page
};

} // namespace viopay
