#pragma once

#include "SandboxReply.h"
#include "core/TerminalDrill.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace viopay::sandbox {

// The fault drills of PUT /sandbox/faults: added latency, a share of API answers replaced by an
// error (the request then has no effect), or the whole API offline; and per device, the
// activation drills of TerminalDrill. Never touches /sandbox/.
class FaultPlan {
public:
    // Replaces the faults whole from a JSON body; a missing field takes its default. Answers
    // 200 with the faults now in force, or 400/4000 naming the bad field (leaving them unchanged).
    SandboxReply replace(const QByteArray &body);
    QJsonObject toJson() const;

    int latencyMs() const { return m_latencyMs; }
    // The answer that replaces an API request's real one, if the drill says so. roll is uniform
    // in [0, 1); injected so tests decide the dice.
    std::optional<SandboxReply> injectedFailure(double roll) const;
    const TerminalDrills &deviceDrills() const { return m_devices; }
    // The answer a drill gives in place of the real one: code is a 4xx or 5xx code of four digits.
    static SandboxReply injectedError(const QString &code);

private:
    QJsonObject devicesJson() const;

    int m_latencyMs = 0;
    double m_errorRate = 0.0;
    QString m_errorCode = QStringLiteral("5000");
    bool m_offline = false;
    TerminalDrills m_devices;
};

} // namespace viopay::sandbox
