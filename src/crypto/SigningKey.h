#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace viopay::crypto {

// The sandbox's RSA key for RS256 tokens (its OpenID provider's, SIGN-IN.md) (RFC 7518 section 3.3), over OpenSSL's EVP
// interface. Made once, kept in the database as PKCS#8 PEM, published as a JWK (RFC 7517) so that any relying party can
// verify what the sandbox signs.
class SigningKey {
public:
    static constexpr int Bits = 2048;

    // A new key; nullopt only when OpenSSL cannot make one.
    static std::optional<SigningKey> generate();
    // nullopt for anything that is not an RSA private key in PEM.
    static std::optional<SigningKey> fromPem(const QByteArray &pem);

    QByteArray pem() const;
    // The key's RFC 7638 thumbprint, base64url: stable for the key, so a kept key keeps its kid.
    QByteArray keyId() const { return m_keyId; }
    // {kty, kid, use, alg, n, e}: the public half only.
    QJsonObject publicJwk() const;
    // RSASSA-PKCS1-v1_5 with SHA-256; empty on failure.
    QByteArray sign(const QByteArray &data) const;
    bool verify(const QByteArray &data, const QByteArray &signature) const;

private:
    explicit SigningKey(evp_pkey_st *key);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_modulus;  // big-endian, unsigned
    QByteArray m_exponent; // likewise
    QByteArray m_keyId;
};

} // namespace viopay::crypto
