#include "Base64Url.h"

#include <QJsonDocument>

namespace viopay::crypto {

std::optional<QByteArray> Base64Url::decode(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(segment, QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> Base64Url::decodeObject(const QByteArray &segment)
{
    const std::optional<QByteArray> json = decode(segment);
    if (!json)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace viopay::crypto
