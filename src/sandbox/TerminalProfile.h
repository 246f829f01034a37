#pragma once

#include "Store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace viopay::sandbox {

// What the sandbox tells a terminal about itself at steps 7a and 7b (ACTIVATION.md): its config
// and its EMV terminal parameters, both fixed per device so a test or a support person sees the
// same values each time.
class TerminalProfile {
public:
    // "TID-" + 6 digits: the device number (its 8 hex digits) modulo 10^6.
    static QString terminalId(const QString &deviceId);
    // The config JSON of POST /pos/config.
    static QJsonObject config(const Store::Device &device, const Store::Merchant &merchant);
    // The terminal parameters JSON of POST /pos/terminal-parameters, compact. The card schemes'
    // CA public keys are the same for every terminal (as in the field) and built once; their
    // moduli are pseudo-random, so the set stays above 12 KiB after gzip.
    static QByteArray terminalParameters(const QString &deviceId);
};

} // namespace viopay::sandbox
