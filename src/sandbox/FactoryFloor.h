#pragma once

#include "core/FactorySecrets.h"

#include <QJsonObject>
#include <QString>

namespace viopay::sandbox {

// Where the sandbox makes a device's factory secrets (ACTIVATION.md "Factory secrets") when it
// provisions it; what the secrets are is core's FactorySecrets, shared with the terminal.
class FactoryFloor {
public:
    // Fresh random secrets, for a device provisioned through POST /sandbox/devices.
    static FactorySecrets generate(const QString &deviceId);
    // Secrets derived from the id, for the demo devices, so a curl walkthrough can compute them
    // (docs/api.md): HMAC-SHA256 keyed with a fixed label, over the device id.
    static FactorySecrets demo(const QString &deviceId);
    // Whether the device is one of CONTRACT.md's demo devices.
    static bool isDemoDevice(const QString &deviceId);
    // The contract's `factory` object, with the ZMK's KCV.
    static QJsonObject toJson(const FactorySecrets &secrets);
};

} // namespace viopay::sandbox
