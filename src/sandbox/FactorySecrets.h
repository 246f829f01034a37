#pragma once

#include "Store.h"

#include <QJsonObject>
#include <QString>

namespace viopay::sandbox {

// The secrets a terminal leaves the factory with (ACTIVATION.md "Factory secrets"): an identity
// key (its id and a 32-byte HMAC secret) and a 32-byte ZMK.
class FactorySecrets {
public:
    static constexpr int SecretSize = 32;

    // "idk-" + device id + "-01": the device's first identity key.
    static QString identityKeyId(const QString &deviceId);
    // Fresh random secrets, for a device provisioned through POST /sandbox/devices.
    static Store::Factory generate(const QString &deviceId);
    // Secrets derived from the id, for the demo devices, so a curl walkthrough can compute them
    // (docs/api.md): HMAC-SHA256 keyed with a fixed label, over the device id.
    static Store::Factory demo(const QString &deviceId);
    // Whether the device is one of CONTRACT.md's demo devices.
    static bool isDemoDevice(const QString &deviceId);
    // {"identity_key_id","identity_secret","zmk","zmk_kcv"}: secrets in base64, the KCV in hex.
    static QJsonObject toJson(const Store::Factory &factory);
};

} // namespace viopay::sandbox
