#include "PkceSecrets.h"

#include "crypto/RandomBytes.h"

#include <QCryptographicHash>

namespace viopay {

namespace {
constexpr int RandomBytesPerToken = 32;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString PkceSecrets::randomToken()
{
    return QString::fromLatin1(crypto::RandomBytes::generate(RandomBytesPerToken).toBase64(Base64Url));
}

QString PkceSecrets::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toBase64(Base64Url));
}

PkceSecrets PkceSecrets::generate()
{
    PkceSecrets secrets;
    secrets.verifier = randomToken();
    secrets.challenge = challengeFor(secrets.verifier);
    secrets.state = randomToken();
    secrets.nonce = randomToken();
    return secrets;
}

} // namespace viopay
