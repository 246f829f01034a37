#include "FleetRules.h"

#include <algorithm>

namespace viopay::sandbox {

namespace {
constexpr int ShownCodeSymbols = 3;
}

std::optional<QString> FleetRules::name(const QJsonValue &value, QString *problem)
{
    const QString trimmed = value.toString().trimmed();
    const QList<uint> characters = trimmed.toUcs4();
    const bool hasControl = std::any_of(characters.cbegin(), characters.cend(), [](uint character) {
        return QChar::category(char32_t(character)) == QChar::Other_Control;
    });
    if (!value.isString() || characters.isEmpty() || characters.size() > MaxNameLength || hasControl) {
        *problem = QStringLiteral("name must be 1 to %1 characters without control characters").arg(MaxNameLength);
        return std::nullopt;
    }
    return trimmed;
}

QString FleetRules::maskedCode(const QString &code)
{
    return code.left(ShownCodeSymbols) +
           QString(code.size() - qMin<qsizetype>(code.size(), ShownCodeSymbols), QChar(0x2022));
}

} // namespace viopay::sandbox
