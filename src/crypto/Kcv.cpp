#include "Kcv.h"

#include "Cmac.h"
#include "Hex.h"

namespace viopay::crypto {

namespace {
constexpr int KcvBytes = 3;
constexpr int AesBlockBytes = 16;
} // namespace

std::optional<QByteArray> Kcv::of(const QByteArray &key)
{
    const auto mac = Cmac::aes(key, QByteArray(AesBlockBytes, '\0'));
    if (!mac)
        return std::nullopt;
    return Hex::encode(mac->left(KcvBytes));
}

bool Kcv::matches(const QByteArray &key, const QByteArray &kcv)
{
    const auto own = of(key);
    return own && *own == kcv.toUpper();
}

} // namespace viopay::crypto
