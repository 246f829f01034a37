#include "TestJwt.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

struct TestJwt::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

TestJwt::TestJwt(QByteArray kid)
    : m_key(std::make_unique<Key>())
    , m_kid(std::move(kid))
{
    m_key->pkey = EVP_RSA_gen(2048);
    Q_ASSERT(m_key->pkey);
}

TestJwt::~TestJwt() = default;

QByteArray TestJwt::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

static QByteArray bignumParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(pkey, name, &bn);
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

QJsonObject TestJwt::jwk() const
{
    return {{"kty", "RSA"},
            {"kid", QString::fromLatin1(m_kid)},
            {"use", "sig"},
            {"alg", "RS256"},
            {"n", QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)))},
            {"e", QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)))}};
}

QByteArray TestJwt::sign(const QJsonObject &claims, const QJsonObject &extraHeader) const
{
    QJsonObject header{{"alg", "RS256"}, {"typ", "JWT"}, {"kid", QString::fromLatin1(m_kid)}};
    for (auto it = extraHeader.begin(); it != extraHeader.end(); ++it)
        header.insert(it.key(), it.value());
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey);
    size_t length = 0;
    EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                   size_t(signingInput.size()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()));
    EVP_MD_CTX_free(context);
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}
