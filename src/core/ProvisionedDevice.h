#pragma once

#include <QString>

namespace viopay {

// A terminal a sandbox has provisioned, as its admin endpoint lists it (GET /sandbox/state).
struct ProvisionedDevice {
    QString deviceId;
    QString merchantId;
    QString model;
    QString deviceStatus;
};

} // namespace viopay
