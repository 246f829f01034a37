#include "RsaSignature.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace viopay::crypto {

namespace {
template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

Bn bigNumber(const QByteArray &bigEndian)
{
    return Bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()), int(bigEndian.size()), nullptr));
}

// EVP_PKEY_fromdata is OpenSSL 3's way to a key from its numbers (RSA_set0_key is deprecated).
Pkey publicKey(const QByteArray &modulus, const QByteArray &exponent)
{
    const Bn n = bigNumber(modulus);
    const Bn e = bigNumber(exponent);
    if (!n || !e || BN_num_bits(n.get()) < RsaSignature::MinModulusBits || BN_is_zero(e.get()))
        return nullptr;
    const ParamBld builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return nullptr;
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyCtx context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return Pkey(key);
}
} // namespace

RsaSignature::Verdict RsaSignature::verifySha256(const QByteArray &modulus, const QByteArray &exponent,
                                                 const QByteArray &message, const QByteArray &signature)
{
    const Pkey key = publicKey(modulus, exponent);
    if (!key)
        return Verdict::BadKey;
    const MdCtx context(EVP_MD_CTX_new());
    if (!context ||
        EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key.get(), nullptr) <= 0)
        return Verdict::BadKey;
    const int verified = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    return verified == 1 ? Verdict::Valid : Verdict::Mismatch;
}

} // namespace viopay::crypto
