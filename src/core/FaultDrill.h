#pragma once

#include "ErrorCode.h"
#include "TerminalDrill.h"

#include <QLatin1String>
#include <QMap>
#include <QString>

namespace viopay {

// The fault drills in force on a sandbox (PUT /sandbox/faults).
struct FaultDrill {
    int latencyMs = 0;
    double errorRate = 0.0; // 0 to 1: the share of API answers replaced by errorCode
    QString errorCode = QLatin1String(ErrorCode::ServerError);
    bool offline = false; // every API answer 503 with ErrorCode::Offline
    // The terminals' activation drills by device id; a PUT without one ends that terminal's drills.
    TerminalDrills terminals;

    bool isQuiet() const { return latencyMs == 0 && errorRate == 0.0 && !offline && terminals.isEmpty(); }
    friend bool operator==(const FaultDrill &a, const FaultDrill &b)
    {
        return a.latencyMs == b.latencyMs && a.errorRate == b.errorRate && a.errorCode == b.errorCode &&
               a.offline == b.offline && a.terminals == b.terminals;
    }
};

} // namespace viopay
