#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

// An RSA signing key for tests, standing in for an OpenID provider's: signs JWTs (RS256) and
// lists its public half as a JWKS entry.
class TestJwt {
public:
    explicit TestJwt(QByteArray kid = "test-key");
    ~TestJwt();
    TestJwt(const TestJwt &) = delete;
    TestJwt &operator=(const TestJwt &) = delete;

    QJsonObject jwk() const; // {"kty":"RSA","kid":…,"use":"sig","alg":"RS256","n":…,"e":…}
    QJsonArray jwks() const { return {jwk()}; }
    QByteArray sign(const QJsonObject &claims, const QJsonObject &extraHeader = {}) const;

    static QByteArray base64Url(const QByteArray &bytes);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QByteArray m_kid;
};
