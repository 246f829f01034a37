#include "FactorySecrets.h"

#include "core/DemoData.h"
#include "crypto/Hmac.h"
#include "crypto/Kcv.h"
#include "crypto/RandomBytes.h"

namespace viopay::sandbox {

namespace {
// The labels of the demo derivation; docs/api.md spells them out for the walkthrough.
constexpr char IdentitySecretLabel[] = "viopay-sandbox-identity-secret";
constexpr char ZmkLabel[] = "viopay-sandbox-zmk";
} // namespace

QString FactorySecrets::identityKeyId(const QString &deviceId)
{
    return QStringLiteral("idk-%1-01").arg(deviceId);
}

Store::Factory FactorySecrets::generate(const QString &deviceId)
{
    return {identityKeyId(deviceId), crypto::RandomBytes::generate(SecretSize),
            crypto::RandomBytes::generate(SecretSize), false};
}

Store::Factory FactorySecrets::demo(const QString &deviceId)
{
    const QByteArray id = deviceId.toLatin1();
    return {identityKeyId(deviceId), crypto::Hmac::sha256(QByteArray(IdentitySecretLabel), id),
            crypto::Hmac::sha256(QByteArray(ZmkLabel), id), false};
}

bool FactorySecrets::isDemoDevice(const QString &deviceId)
{
    using namespace DemoData;
    if (deviceId == QLatin1String(DeviceId) || deviceId == QLatin1String(HarborBooksDeviceId))
        return true;
    const QString prefix = QLatin1String(RoomDevicePrefix);
    if (!deviceId.startsWith(prefix) || deviceId.size() != prefix.size() + 2)
        return false;
    bool isNumber = false;
    const int index = deviceId.mid(prefix.size()).toInt(&isNumber);
    return isNumber && index >= 0 && index < RoomDevices;
}

QJsonObject FactorySecrets::toJson(const Store::Factory &factory)
{
    return {{QStringLiteral("identity_key_id"), factory.identityKeyId},
            {QStringLiteral("identity_secret"), QString::fromLatin1(factory.identitySecret.toBase64())},
            {QStringLiteral("zmk"), QString::fromLatin1(factory.zmk.toBase64())},
            {QStringLiteral("zmk_kcv"), QString::fromLatin1(crypto::Kcv::of(factory.zmk).value_or(QByteArray()))}};
}

} // namespace viopay::sandbox
