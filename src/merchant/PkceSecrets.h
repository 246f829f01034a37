#pragma once

#include <QString>

namespace viopay {

// The one-time values of a browser sign-in: PKCE's verifier and its S256 challenge (RFC 7636
// section 4), the state that ties the redirect to this attempt (RFC 6749 section 10.12) and the
// nonce that ties the ID token to it (OpenID Connect Core section 3.1.2.1). Each is 32 random
// bytes in base64url without padding: 43 characters, the length RFC 7636 recommends.
struct PkceSecrets {
    QString verifier;
    QString challenge;
    QString state;
    QString nonce;

    static PkceSecrets generate();
    // BASE64URL(SHA256(ASCII(verifier))), RFC 7636 section 4.2.
    static QString challengeFor(const QString &verifier);
    static QString randomToken();
};

} // namespace viopay
