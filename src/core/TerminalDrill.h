#pragma once

#include <QMap>
#include <QString>

namespace viopay {

// One terminal's activation drills (PUT /sandbox/faults "devices", ACTIVATION.md "Release and
// drills"): what support staff set to reproduce a terminal's trouble. The defaults change nothing.
struct TerminalDrill {
    static constexpr int DefaultAttestationLifeSec = 300; // the sandbox's own, and the longest allowed

    int clockOffsetSec = 0; // added to the server time this terminal sees
    int attestationLifeSec = DefaultAttestationLifeSec;
    QString corruptKeyBlock;   // empty, or the key ("tmk" … "mac") whose block no longer matches its KCV
    QString configErrorCode;   // empty, or the error POST /pos/config answers
    QString activateErrorCode; // empty, or the error POST /pos/activate answers

    bool isQuiet() const { return *this == TerminalDrill{}; }
    friend bool operator==(const TerminalDrill &a, const TerminalDrill &b)
    {
        return a.clockOffsetSec == b.clockOffsetSec && a.attestationLifeSec == b.attestationLifeSec &&
               a.corruptKeyBlock == b.corruptKeyBlock && a.configErrorCode == b.configErrorCode &&
               a.activateErrorCode == b.activateErrorCode;
    }
    friend bool operator!=(const TerminalDrill &a, const TerminalDrill &b) { return !(a == b); }
};

using TerminalDrills = QMap<QString, TerminalDrill>; // by canonical device id

} // namespace viopay
