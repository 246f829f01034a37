#pragma once

#include <QByteArray>

#include <optional>

namespace viopay::sandbox {

// Access and refresh tokens: random, handed out once, and afterwards known only by their SHA-256
// digest, which is also the lookup key (a hash lookup, never a scan comparing symbols).
class BearerToken {
public:
    // 256 bits from the system's secure generator, base64url without padding.
    static QByteArray generate();
    static QByteArray digest(const QByteArray &token);
    // The token of "Authorization: Bearer <token>" (scheme case-insensitive); nullopt when the
    // header is absent or not of that form.
    static std::optional<QByteArray> fromAuthorization(const std::optional<QByteArray> &header);
};

} // namespace viopay::sandbox
