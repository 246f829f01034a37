#include "FaultPlan.h"

#include "core/ApiError.h"
#include "core/DeviceIdentity.h"
#include "core/ErrorCode.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace viopay::sandbox {

namespace {
constexpr int MaxLatencyMs = 60'000;
constexpr int MaxDrilledDevices = 100;
constexpr int MaxClockOffsetSeconds = 86'400;
constexpr const char *KeyNames[] = {"tmk", "kek", "msk", "tpk", "tdk", "mac"};

SandboxReply badFaults(const QString &message)
{
    return SandboxReply::error(400, ErrorCode::BadRequest, message);
}

// The error codes a drill may inject: any 4xx or 5xx code of the vendor's scheme.
bool isInjectableCode(const QString &code)
{
    static const QRegularExpression scheme(QStringLiteral("^[45][0-9]{3}$"));
    return scheme.match(code).hasMatch() && code.left(3).toInt() >= 400 && code.left(3).toInt() <= 599;
}
bool isWholeNumber(const QJsonValue &value, int minimum, int maximum)
{
    return value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= minimum &&
           value.toInt() <= maximum;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// An error code or null (off); nullopt with *problem set otherwise.
std::optional<QString> optionalCode(const QJsonValue &value, const QString &field, QString *problem)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString() && isInjectableCode(value.toString()))
        return value.toString();
    *problem = QStringLiteral("%1 must be null or a string such as \"5000\" (4xx or 5xx, four digits)").arg(field);
    return std::nullopt;
}

// One device's drills; a missing field takes its default. nullopt with *problem set.
std::optional<TerminalDrill> parseDrill(const QString &deviceId, const QJsonValue &value, QString *problem)
{
    const QString where = QStringLiteral("devices.%1").arg(deviceId);
    if (!value.isObject()) {
        *problem = QStringLiteral("%1 must be an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject fields = value.toObject();
    TerminalDrill drill;
    const QJsonValue offset = fields.value(QLatin1String("clock_offset_sec"));
    if (!offset.isUndefined()) {
        if (!isWholeNumber(offset, -MaxClockOffsetSeconds, MaxClockOffsetSeconds)) {
            *problem = QStringLiteral("%1.clock_offset_sec must be a whole number from -%2 to %2")
                           .arg(where)
                           .arg(MaxClockOffsetSeconds);
            return std::nullopt;
        }
        drill.clockOffsetSec = offset.toInt();
    }
    const QJsonValue life = fields.value(QLatin1String("attestation_life_sec"));
    if (!life.isUndefined()) {
        if (!isWholeNumber(life, 1, TerminalDrill::DefaultAttestationLifeSec)) {
            *problem = QStringLiteral("%1.attestation_life_sec must be a whole number from 1 to %2")
                           .arg(where)
                           .arg(TerminalDrill::DefaultAttestationLifeSec);
            return std::nullopt;
        }
        drill.attestationLifeSec = life.toInt();
    }
    const QJsonValue corrupt = fields.value(QLatin1String("corrupt_key_block"));
    if (!corrupt.isUndefined() && !corrupt.isNull()) {
        const bool known = corrupt.isString() &&
                           std::any_of(std::begin(KeyNames), std::end(KeyNames),
                                       [&](const char *name) { return corrupt.toString() == QLatin1String(name); });
        if (!known) {
            *problem =
                QStringLiteral("%1.corrupt_key_block must be null or one of tmk, kek, msk, tpk, tdk, mac").arg(where);
            return std::nullopt;
        }
        drill.corruptKeyBlock = corrupt.toString();
    }
    const std::optional<QString> configCode = optionalCode(fields.value(QLatin1String("config_error_code")),
                                                           where + QLatin1String(".config_error_code"), problem);
    if (!configCode)
        return std::nullopt;
    drill.configErrorCode = *configCode;
    const std::optional<QString> activateCode = optionalCode(fields.value(QLatin1String("activate_error_code")),
                                                             where + QLatin1String(".activate_error_code"), problem);
    if (!activateCode)
        return std::nullopt;
    drill.activateErrorCode = *activateCode;
    return drill;
}

QJsonObject drillJson(const TerminalDrill &drill)
{
    return {{QLatin1String("clock_offset_sec"), drill.clockOffsetSec},
            {QLatin1String("attestation_life_sec"), drill.attestationLifeSec},
            {QLatin1String("corrupt_key_block"), textOrNull(drill.corruptKeyBlock)},
            {QLatin1String("config_error_code"), textOrNull(drill.configErrorCode)},
            {QLatin1String("activate_error_code"), textOrNull(drill.activateErrorCode)}};
}
} // namespace

SandboxReply FaultPlan::replace(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return badFaults(QStringLiteral("The faults must be a JSON object"));
    const QJsonObject faults = document.object();
    FaultPlan next;
    const QJsonValue latency = faults.value(QLatin1String("latency_ms"));
    if (!latency.isUndefined()) {
        if (!latency.isDouble() || latency.toDouble() != double(latency.toInt()) || latency.toInt() < 0 ||
            latency.toInt() > MaxLatencyMs)
            return badFaults(QStringLiteral("latency_ms must be a whole number from 0 to %1").arg(MaxLatencyMs));
        next.m_latencyMs = latency.toInt();
    }
    const QJsonValue rate = faults.value(QLatin1String("error_rate"));
    if (!rate.isUndefined()) {
        if (!rate.isDouble() || rate.toDouble() < 0.0 || rate.toDouble() > 1.0)
            return badFaults(QStringLiteral("error_rate must be a number from 0.0 to 1.0"));
        next.m_errorRate = rate.toDouble();
    }
    const QJsonValue code = faults.value(QLatin1String("error_code"));
    if (!code.isUndefined()) {
        if (!code.isString() || !isInjectableCode(code.toString()))
            return badFaults(QStringLiteral("error_code must be a string such as \"5000\" (4xx or 5xx, four digits)"));
        next.m_errorCode = code.toString();
    }
    const QJsonValue offline = faults.value(QLatin1String("offline"));
    if (!offline.isUndefined()) {
        if (!offline.isBool())
            return badFaults(QStringLiteral("offline must be true or false"));
        next.m_offline = offline.toBool();
    }
    const QJsonValue devices = faults.value(QLatin1String("devices"));
    if (!devices.isUndefined()) {
        if (!devices.isObject() || devices.toObject().size() > MaxDrilledDevices)
            return badFaults(
                QStringLiteral("devices must be an object of at most %1 device ids").arg(MaxDrilledDevices));
        const QJsonObject drills = devices.toObject();
        for (auto drill = drills.constBegin(); drill != drills.constEnd(); ++drill) {
            const std::optional<QString> deviceId = DeviceIdentity::normalizeDeviceId(drill.key());
            if (!deviceId)
                return badFaults(
                    QStringLiteral("devices: %1 is not a device id (POS- and 8 hex digits)").arg(drill.key().left(32)));
            QString problem;
            const std::optional<TerminalDrill> parsed = parseDrill(*deviceId, drill.value(), &problem);
            if (!parsed)
                return badFaults(problem);
            next.m_devices.insert(*deviceId, *parsed);
        }
    }
    *this = next;
    return SandboxReply::json(200, toJson());
}

QJsonObject FaultPlan::toJson() const
{
    return {{QLatin1String("latency_ms"), m_latencyMs},
            {QLatin1String("error_rate"), m_errorRate},
            {QLatin1String("error_code"), m_errorCode},
            {QLatin1String("offline"), m_offline},
            {QLatin1String("devices"), devicesJson()}};
}

QJsonObject FaultPlan::devicesJson() const
{
    QJsonObject devices;
    for (auto drill = m_devices.constBegin(); drill != m_devices.constEnd(); ++drill)
        devices.insert(drill.key(), drillJson(drill.value()));
    return devices;
}

std::optional<SandboxReply> FaultPlan::injectedFailure(double roll) const
{
    if (m_offline)
        return SandboxReply::error(503, ErrorCode::Offline, QStringLiteral("The sandbox is offline (fault drill)"));
    if (roll >= m_errorRate)
        return std::nullopt;
    return injectedError(m_errorCode);
}

SandboxReply FaultPlan::injectedError(const QString &code)
{
    const int status = code.left(3).toInt();
    const QString message = code == QLatin1String(ErrorCode::ServerError)
                                ? QStringLiteral("Injected failure (fault drill)")
                                : QStringLiteral("Injected error %1 (fault drill)").arg(code);
    SandboxReply reply = SandboxReply::error(ApiError::http(status, code, message));
    if (status == 429 || status == 503)
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return reply;
}

} // namespace viopay::sandbox
