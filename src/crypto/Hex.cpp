#include "Hex.h"

#include <algorithm>

namespace viopay::crypto {

namespace {
bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}
} // namespace

QByteArray Hex::encode(const QByteArray &bytes)
{
    return bytes.toHex().toUpper();
}

std::optional<QByteArray> Hex::decode(QByteArrayView hex)
{
    if (hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), isHexDigit))
        return std::nullopt;
    return QByteArray::fromHex(hex.toByteArray());
}

} // namespace viopay::crypto
