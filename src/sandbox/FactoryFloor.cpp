#include "FactoryFloor.h"

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

FactorySecrets FactoryFloor::generate(const QString &deviceId)
{
    return {FactorySecrets::identityKeyIdOf(deviceId), crypto::RandomBytes::generate(FactorySecrets::SecretSize),
            crypto::RandomBytes::generate(FactorySecrets::SecretSize)};
}

FactorySecrets FactoryFloor::demo(const QString &deviceId)
{
    const QByteArray id = deviceId.toLatin1();
    return {FactorySecrets::identityKeyIdOf(deviceId), crypto::Hmac::sha256(QByteArray(IdentitySecretLabel), id),
            crypto::Hmac::sha256(QByteArray(ZmkLabel), id)};
}

bool FactoryFloor::isDemoDevice(const QString &deviceId)
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

QJsonObject FactoryFloor::toJson(const FactorySecrets &secrets)
{
    return secrets.toJson(crypto::Kcv::of(secrets.zmk).value_or(QByteArray()));
}

} // namespace viopay::sandbox
