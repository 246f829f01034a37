#include "SigningKey.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace viopay::crypto {

namespace {
QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumberParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext newDigestContext()
{
    return {EVP_MD_CTX_new(), &EVP_MD_CTX_free};
}
} // namespace

SigningKey::SigningKey(evp_pkey_st *key)
    : m_key(key, &EVP_PKEY_free)
    , m_modulus(bigNumberParam(key, OSSL_PKEY_PARAM_RSA_N))
    , m_exponent(bigNumberParam(key, OSSL_PKEY_PARAM_RSA_E))
{
    // RFC 7638: the required members in lexicographic order, no whitespace.
    const QByteArray thumbprintInput =
        R"({"e":")" + base64Url(m_exponent) + R"(","kty":"RSA","n":")" + base64Url(m_modulus) + R"("})";
    m_keyId = base64Url(QCryptographicHash::hash(thumbprintInput, QCryptographicHash::Sha256));
}

std::optional<SigningKey> SigningKey::generate()
{
    EVP_PKEY *key = EVP_RSA_gen(Bits);
    if (!key)
        return std::nullopt;
    return SigningKey(key);
}

std::optional<SigningKey> SigningKey::fromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!in)
        return std::nullopt;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr);
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA || EVP_PKEY_get_bits(key) < Bits) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return SigningKey(key);
}

QByteArray SigningKey::pem() const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), &BIO_free);
    if (!out || PEM_write_bio_PrivateKey(out.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QJsonObject SigningKey::publicJwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("kid"), QString::fromLatin1(m_keyId)},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("n"), QString::fromLatin1(base64Url(m_modulus))},
            {QStringLiteral("e"), QString::fromLatin1(base64Url(m_exponent))}};
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    const DigestContext context = newDigestContext();
    size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &size, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return {};
    signature.truncate(qsizetype(size));
    return signature;
}

bool SigningKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    const DigestContext context = newDigestContext();
    return context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size())) == 1;
}

} // namespace viopay::crypto
