#include "SandboxAdminClient.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QUrl>

namespace viopay {

SandboxAdminClient::SandboxAdminClient(HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void SandboxAdminClient::provisionedDevices(QObject *context,
                                            std::function<void(const Result<QList<ProvisionedDevice>> &)> done)
{
    send(ApiRequest::get(QStringLiteral("/sandbox/state")), context,
         parsedBy(&SandboxAdminClient::parseState, std::move(done)));
}

void SandboxAdminClient::provision(const ProvisionedDevice &device, QObject *context,
                                   std::function<void(const Result<QString> &)> done)
{
    const ApiRequest request = ApiRequest::json("POST", QStringLiteral("/sandbox/devices"),
                                                {{QLatin1String("device_id"), device.deviceId},
                                                 {QLatin1String("merchant_id"), device.merchantId},
                                                 {QLatin1String("model"), device.model}});
    send(request, context, [done = std::move(done), id = device.deviceId](const ApiResult &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            done(*error);
        else
            done(id);
    });
}

void SandboxAdminClient::faults(QObject *context, std::function<void(const Result<FaultDrill> &)> done)
{
    send(ApiRequest::get(QStringLiteral("/sandbox/faults")), context,
         parsedBy(&SandboxAdminClient::parseFaults, std::move(done)));
}

void SandboxAdminClient::setFaults(const FaultDrill &drill, QObject *context,
                                   std::function<void(const Result<FaultDrill> &)> done)
{
    send(faultsRequest(drill), context, parsedBy(&SandboxAdminClient::parseFaults, std::move(done)));
}

void SandboxAdminClient::dropsConnections(QObject *context, std::function<void(const Result<bool> &)> done)
{
    send(ApiRequest::get(QStringLiteral("/sandbox/network")), context,
         parsedBy(&SandboxAdminClient::parseNetwork, std::move(done)));
}

void SandboxAdminClient::setDropConnections(bool drop, QObject *context, std::function<void(const Result<bool> &)> done)
{
    send(networkRequest(drop), context, parsedBy(&SandboxAdminClient::parseNetwork, std::move(done)));
}

void SandboxAdminClient::expireCode(const QString &deviceId, QObject *context,
                                    std::function<void(const Result<QString> &)> done)
{
    // No field to send, but the sandbox takes changes only as JSON (no cross-site simple POST).
    const ApiRequest request = ApiRequest::json(
        "POST",
        QStringLiteral("/sandbox/devices/%1/expire-code").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId))),
        {});
    send(request, context, [done = std::move(done), deviceId](const ApiResult &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            done(*error);
        else
            done(deviceId);
    });
}

void SandboxAdminClient::factorySecrets(const QString &deviceId, QObject *context,
                                        std::function<void(const Result<FactorySecrets> &)> done)
{
    send(ApiRequest::get(
             QStringLiteral("/sandbox/devices/%1/factory").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId)))),
         context, parsedBy(&SandboxAdminClient::parseFactory, std::move(done)));
}

void SandboxAdminClient::send(ApiRequest request, QObject *context, std::function<void(const ApiResult &)> done)
{
    if (!m_adminToken.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_adminToken});
    request.origin = ExchangeOrigin::drill();
    m_transport.send(request, context, std::move(done));
}

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject terminalsJson(const TerminalDrills &terminals)
{
    QJsonObject devices;
    for (auto terminal = terminals.constBegin(); terminal != terminals.constEnd(); ++terminal) {
        const TerminalDrill &drill = terminal.value();
        devices.insert(terminal.key(),
                       QJsonObject{{QLatin1String("clock_offset_sec"), drill.clockOffsetSec},
                                   {QLatin1String("attestation_life_sec"), drill.attestationLifeSec},
                                   {QLatin1String("corrupt_key_block"), textOrNull(drill.corruptKeyBlock)},
                                   {QLatin1String("config_error_code"), textOrNull(drill.configErrorCode)},
                                   {QLatin1String("activate_error_code"), textOrNull(drill.activateErrorCode)}});
    }
    return devices;
}

// The "devices" of GET/PUT /sandbox/faults; a sandbox older than activation has none.
TerminalDrills parseTerminals(const QJsonObject &faults, const ApiResponse &response, JsonFields &top)
{
    TerminalDrills terminals;
    const QJsonValue devices = faults.value(QLatin1String("devices"));
    if (devices.isUndefined())
        return terminals;
    if (!devices.isObject()) {
        top.fail(QStringLiteral("\"devices\" is not an object"));
        return terminals;
    }
    const QJsonObject drills = devices.toObject();
    for (auto device = drills.constBegin(); device != drills.constEnd(); ++device) {
        JsonFields fields(device.value().toObject(), response.status, response.traceId,
                          QStringLiteral("devices.%1.").arg(device.key()));
        TerminalDrill drill;
        drill.clockOffsetSec = int(fields.integer("clock_offset_sec"));
        drill.attestationLifeSec = int(fields.integer("attestation_life_sec"));
        drill.corruptKeyBlock = fields.nullableString("corrupt_key_block");
        drill.configErrorCode = fields.nullableString("config_error_code");
        drill.activateErrorCode = fields.nullableString("activate_error_code");
        if (fields.error()) {
            top.fail(fields.error()->message());
            return terminals;
        }
        terminals.insert(device.key(), drill);
    }
    return terminals;
}
} // namespace

ApiRequest SandboxAdminClient::faultsRequest(const FaultDrill &drill)
{
    ApiRequest request = ApiRequest::json("PUT", QStringLiteral("/sandbox/faults"),
                                          {{QLatin1String("latency_ms"), drill.latencyMs},
                                           {QLatin1String("error_rate"), drill.errorRate},
                                           {QLatin1String("error_code"), drill.errorCode},
                                           {QLatin1String("offline"), drill.offline},
                                           {QLatin1String("devices"), terminalsJson(drill.terminals)}});
    request.repeatable = true; // PUT replaces the whole state: sending it twice is the same
    return request;
}

ApiRequest SandboxAdminClient::networkRequest(bool dropConnections)
{
    ApiRequest request = ApiRequest::json("PUT", QStringLiteral("/sandbox/network"),
                                          {{QLatin1String("drop_connections"), dropConnections}});
    request.repeatable = true; // PUT replaces the whole state: sending it twice is the same
    return request;
}

Result<bool> SandboxAdminClient::parseNetwork(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const bool drop = fields.boolean("drop_connections");
    if (fields.error())
        return *fields.error();
    return drop;
}

Result<FaultDrill> SandboxAdminClient::parseFaults(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    FaultDrill drill;
    drill.latencyMs = int(fields.integer("latency_ms"));
    drill.errorCode = fields.string("error_code");
    drill.offline = fields.boolean("offline");
    const QJsonValue rate = response.json.value(QLatin1String("error_rate"));
    if (!rate.isDouble())
        fields.fail(QStringLiteral("\"error_rate\" is not a number"));
    drill.errorRate = rate.toDouble();
    drill.terminals = parseTerminals(response.json, response, fields);
    if (fields.error())
        return *fields.error();
    return drill;
}

Result<FactorySecrets> SandboxAdminClient::parseFactory(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const QJsonObject factory = fields.object("factory");
    QString problem;
    const std::optional<FactorySecrets> secrets = FactorySecrets::fromJson(factory, &problem);
    if (!fields.error() && !secrets)
        fields.fail(QStringLiteral("factory.%1").arg(problem));
    if (fields.error())
        return *fields.error();
    return *secrets;
}

Result<QList<ProvisionedDevice>> SandboxAdminClient::parseState(const ApiResponse &response)
{
    JsonFields top(response.json, response.status, response.traceId);
    const QJsonValue list = response.json.value(QLatin1String("devices"));
    if (!list.isArray()) {
        top.fail(QStringLiteral("\"devices\" in the answer is not a list"));
        return *top.error();
    }
    QList<ProvisionedDevice> devices;
    for (const QJsonValue item : list.toArray()) {
        JsonFields fields(item.toObject(), response.status, response.traceId, QStringLiteral("devices[]."));
        devices.append({fields.string("device_id"), fields.string("merchant_id"), fields.string("model"),
                        fields.string("device_status")});
        if (fields.error())
            return *fields.error();
    }
    return devices;
}

} // namespace viopay
