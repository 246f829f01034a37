#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace viopay::sandbox {

// The small rules of FLEET.md that several endpoints share.
class FleetRules {
public:
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxEventsPerDevice = 10000;
    static constexpr int DefaultEventLimit = 50;

    // A device name: a string of 1 to 64 characters after trimming, without control characters.
    // nullopt with *problem naming the field when it is not one.
    static std::optional<QString> name(const QJsonValue &value, QString *problem);
    // A pairing code as history shows it: its first three symbols, the rest masked ("K7M•••").
    static QString maskedCode(const QString &code);
};

} // namespace viopay::sandbox
