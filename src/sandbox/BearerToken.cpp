#include "BearerToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace viopay::sandbox {

namespace {
// RFC 6750 token68 characters.
bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}
} // namespace

QByteArray BearerToken::generate()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray BearerToken::digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

std::optional<QByteArray> BearerToken::fromAuthorization(const std::optional<QByteArray> &header)
{
    if (!header)
        return std::nullopt;
    const QByteArray value = header->trimmed();
    constexpr QByteArrayView Scheme("bearer ");
    if (value.size() <= Scheme.size() || !value.first(Scheme.size()).toLower().startsWith(Scheme))
        return std::nullopt;
    const QByteArray token = value.mid(Scheme.size()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    for (const char c : token) {
        if (!isTokenCharacter(c))
            return std::nullopt;
    }
    return token;
}

} // namespace viopay::sandbox
