#pragma once

#include "HttpTransport.h"

#include <QList>
#include <QString>

namespace viopay {

struct ProvisionedDevice {
    QString deviceId;
    QString merchantId;
    QString model;
    QString deviceStatus;
};

// The sandbox's own /sandbox/ endpoints (never the vendor's): what a trainer or support person
// uses to see and steer a sandbox.
class SandboxAdminClient : public QObject {
    Q_OBJECT

public:
    explicit SandboxAdminClient(HttpTransport &transport, QObject *parent = nullptr);

    void provisionedDevices(QObject *context, std::function<void(const Result<QList<ProvisionedDevice>> &)> done);
    static Result<QList<ProvisionedDevice>> parseState(const ApiResponse &response);

private:
    HttpTransport &m_transport;
};

} // namespace viopay
