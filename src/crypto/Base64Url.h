#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace viopay::crypto {

// The base64url segments of a compact JWS (RFC 7515 section 2) and of a JSON Web Key's n and e,
// decoded strictly: a character outside the URL-safe alphabet or misplaced padding refuses the
// segment, where QByteArray::fromBase64 would skip it and decode the rest. Trailing '=' padding
// may be there or not.
class Base64Url {
public:
    // The segment's bytes; nullopt when it is not base64url.
    static std::optional<QByteArray> decode(const QByteArray &segment);
    // The JSON object the segment holds; nullopt when it is not base64url or not a JSON object.
    static std::optional<QJsonObject> decodeObject(const QByteArray &segment);
};

} // namespace viopay::crypto
