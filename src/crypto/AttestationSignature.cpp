#include "AttestationSignature.h"

#include "Hmac.h"

namespace viopay::crypto {

namespace {
constexpr char Version[] = "v1=";
} // namespace

QByteArray AttestationSignature::message(const Fields &fields)
{
    return fields.deviceId + '\n' + fields.keyId + '\n' + fields.timestamp + '\n' + fields.nonce;
}

QByteArray AttestationSignature::sign(const QByteArray &identitySecret, const Fields &fields)
{
    return Version + Hmac::sha256(identitySecret, message(fields)).toBase64();
}

AttestationSignature::Verdict AttestationSignature::verify(const QByteArray &identitySecret, const Fields &fields,
                                                           const QByteArray &signature)
{
    if (!signature.startsWith(Version))
        return Verdict::Malformed;
    const auto decoded = QByteArray::fromBase64Encoding(signature.mid(qsizetype(sizeof Version) - 1),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Hmac::Sha256Size)
        return Verdict::Malformed;
    return Hmac::equal(Hmac::sha256(identitySecret, message(fields)), decoded.decoded) ? Verdict::Valid
                                                                                       : Verdict::Mismatch;
}

} // namespace viopay::crypto
