#pragma once

#include <QHash>
#include <QString>

namespace viopay::sandbox {

// One device's activation drills (PUT /sandbox/faults "devices", ACTIVATION.md "Release and
// drills"), for support staff reproducing a terminal's trouble. The defaults change nothing.
struct DeviceDrill {
    static constexpr int DefaultAttestationLifeSeconds = 300;

    int clockOffsetSeconds = 0; // added to the server time this device sees (bootstrap, attest)
    int attestationLifeSeconds = DefaultAttestationLifeSeconds;
    QString corruptKeyBlock;   // empty, or the key ("tmk" ... "mac") whose block wraps another key
    QString configErrorCode;   // empty, or the error POST /pos/config answers
    QString activateErrorCode; // empty, or the error POST /pos/activate answers
};

using DeviceDrills = QHash<QString, DeviceDrill>; // by canonical device id

} // namespace viopay::sandbox
