#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace viopay::crypto {
class SigningKey;
}

namespace viopay::sandbox {

// Compact JWS tokens with RS256 (RFC 7515, RFC 7519): the sandbox's access and ID tokens.
class JsonWebToken {
public:
    // header.claims.signature, each base64url; empty when the key cannot sign.
    static QByteArray sign(const QJsonObject &claims, const crypto::SigningKey &key);
    // The claims of a token whose header names RS256 and this key's kid and whose signature
    // verifies; nullopt otherwise. Checks no claim: what a claim must say is the caller's rule.
    static std::optional<QJsonObject> verify(const QByteArray &token, const crypto::SigningKey &key);
    // Whether `aud` is this audience or an array holding it (RFC 7519 section 4.1.3).
    static bool hasAudience(const QJsonObject &claims, const QString &audience);
};

} // namespace viopay::sandbox
