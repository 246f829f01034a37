#include "SandboxAdminClient.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace viopay {

SandboxAdminClient::SandboxAdminClient(HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void SandboxAdminClient::provisionedDevices(QObject *context,
                                            std::function<void(const Result<QList<ProvisionedDevice>> &)> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/sandbox/state");
    request.repeatable = true;
    m_transport.send(request, context, parsedBy(&SandboxAdminClient::parseState, std::move(done)));
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
