#include "JsonWebToken.h"

#include "crypto/Base64Url.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace viopay::sandbox {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(Base64Url);
}

} // namespace

QByteArray JsonWebToken::sign(const QJsonObject &claims, const crypto::SigningKey &key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QString::fromLatin1(key.keyId())}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(claims);
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + signature.toBase64(Base64Url);
}

std::optional<QJsonObject> JsonWebToken::verify(const QByteArray &token, const crypto::SigningKey &key)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<QJsonObject> header = crypto::Base64Url::decodeObject(parts.at(0));
    // The algorithm is fixed, never taken from the token: "none" or HS256 with the public key
    // as secret are refused here.
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("RS256") ||
        header->value(QStringLiteral("kid")).toString().toLatin1() != key.keyId())
        return std::nullopt;
    const std::optional<QByteArray> signature = crypto::Base64Url::decode(parts.at(2));
    const qsizetype signingInputSize = parts.at(0).size() + 1 + parts.at(1).size();
    if (!signature || !key.verify(token.left(signingInputSize), *signature))
        return std::nullopt;
    return crypto::Base64Url::decodeObject(parts.at(1));
}

bool JsonWebToken::hasAudience(const QJsonObject &claims, const QString &audience)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isString())
        return aud.toString() == audience;
    return aud.isArray() && aud.toArray().contains(audience);
}

} // namespace viopay::sandbox
