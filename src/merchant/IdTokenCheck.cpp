#include "IdTokenCheck.h"

#include "crypto/Base64Url.h"
#include "crypto/RsaSignature.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace viopay {

namespace {
std::optional<QJsonObject> keyFor(const QJsonArray &keys, const QString &kid)
{
    for (const auto &value : keys) {
        const QJsonObject key = value.toObject();
        const QString use = key.value(QLatin1String("use")).toString();
        if (key.value(QLatin1String("kty")).toString() == QLatin1String("RSA") &&
            key.value(QLatin1String("kid")).toString() == kid && (use.isEmpty() || use == QLatin1String("sig")))
            return key;
    }
    return std::nullopt;
}

bool audienceHolds(const QJsonValue &aud, const QString &clientId)
{
    if (aud.isString())
        return aud.toString() == clientId;
    return aud.isArray() && aud.toArray().contains(clientId);
}

IdTokenCheck::Problem checkClaims(const QJsonObject &claims, const IdTokenCheck::Expected &expected)
{
    using Problem = IdTokenCheck::Problem;
    if (claims.value(QLatin1String("iss")).toString() != expected.issuer)
        return Problem::WrongIssuer;
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (!audienceHolds(aud, expected.clientId))
        return Problem::WrongAudience;
    // Several audiences: the token must say it was issued to this client (Core 3.1.3.7 item 5).
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (aud.isArray() && aud.toArray().size() > 1 && azp.toString() != expected.clientId)
        return Problem::WrongAudience;
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble() || qint64(exp.toDouble()) + IdTokenCheck::LeewaySecs <= expected.nowSecs)
        return Problem::Expired;
    if (claims.value(QLatin1String("nonce")).toString() != expected.nonce || expected.nonce.isEmpty())
        return Problem::WrongNonce;
    return Problem::None;
}
} // namespace

IdTokenCheck::Problem IdTokenCheck::check(const QByteArray &token, const QJsonArray &keys, const Expected &expected)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Problem::Malformed;
    const std::optional<QJsonObject> header = crypto::Base64Url::decodeObject(parts[0]);
    const std::optional<QJsonObject> claims = crypto::Base64Url::decodeObject(parts[1]);
    const std::optional<QByteArray> signature = crypto::Base64Url::decode(parts[2]);
    if (!header || !claims || !signature)
        return Problem::Malformed;
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return Problem::NotRs256;
    const std::optional<QJsonObject> key = keyFor(keys, header->value(QLatin1String("kid")).toString());
    if (!key)
        return Problem::UnknownKey;
    const std::optional<QByteArray> modulus =
        crypto::Base64Url::decode(key->value(QLatin1String("n")).toString().toLatin1());
    const std::optional<QByteArray> exponent =
        crypto::Base64Url::decode(key->value(QLatin1String("e")).toString().toLatin1());
    if (!modulus || !exponent)
        return Problem::UnknownKey;
    const QByteArray signedPart = parts[0] + '.' + parts[1];
    if (crypto::RsaSignature::verifySha256(*modulus, *exponent, signedPart, *signature) !=
        crypto::RsaSignature::Verdict::Valid)
        return Problem::BadSignature;
    return checkClaims(*claims, expected);
}

QString IdTokenCheck::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Malformed:
        return QCoreApplication::translate("IdTokenCheck",
                                           "The sign-in service sent an identity token that is not one.");
    case Problem::NotRs256:
        return QCoreApplication::translate("IdTokenCheck",
                                           "The sign-in service signed the identity token in a way this app does "
                                           "not accept (RS256 is required).");
    case Problem::UnknownKey:
        return QCoreApplication::translate("IdTokenCheck",
                                           "The identity token was signed with a key the sign-in service does not "
                                           "publish.");
    case Problem::BadSignature:
        return QCoreApplication::translate("IdTokenCheck", "The identity token's signature is not valid.");
    case Problem::WrongIssuer:
        return QCoreApplication::translate("IdTokenCheck", "The identity token comes from another sign-in service.");
    case Problem::WrongAudience:
        return QCoreApplication::translate("IdTokenCheck", "The identity token was issued to another application.");
    case Problem::Expired:
        return QCoreApplication::translate("IdTokenCheck",
                                           "The identity token has expired. Check this computer's clock, then sign "
                                           "in again.");
    case Problem::WrongNonce:
        return QCoreApplication::translate("IdTokenCheck", "The identity token belongs to another sign-in attempt.");
    }
    return {};
}

} // namespace viopay
