#include "FaultPlan.h"

#include "core/ApiError.h"
#include "core/ErrorCode.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace viopay::sandbox {

namespace {
constexpr int MaxLatencyMs = 60'000;

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
    *this = next;
    return SandboxReply::json(200, toJson());
}

QJsonObject FaultPlan::toJson() const
{
    return {{QLatin1String("latency_ms"), m_latencyMs},
            {QLatin1String("error_rate"), m_errorRate},
            {QLatin1String("error_code"), m_errorCode},
            {QLatin1String("offline"), m_offline}};
}

std::optional<SandboxReply> FaultPlan::injectedFailure(double roll) const
{
    if (m_offline)
        return SandboxReply::error(503, ErrorCode::Offline, QStringLiteral("The sandbox is offline (fault drill)"));
    if (roll >= m_errorRate)
        return std::nullopt;
    const int status = m_errorCode.left(3).toInt();
    const QString message = m_errorCode == QLatin1String(ErrorCode::ServerError)
                                ? QStringLiteral("Injected failure (fault drill)")
                                : QStringLiteral("Injected error %1 (fault drill)").arg(m_errorCode);
    SandboxReply reply = SandboxReply::error(ApiError::http(status, m_errorCode, message));
    if (status == 429 || status == 503)
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return reply;
}

} // namespace viopay::sandbox
