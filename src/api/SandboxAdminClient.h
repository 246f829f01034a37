#pragma once

#include "HttpTransport.h"

#include "core/FactorySecrets.h"
#include "core/FaultDrill.h"
#include "core/ProvisionedDevice.h"

#include <QList>
#include <QString>

namespace viopay {

// The sandbox's own /sandbox/ endpoints (never the vendor's): what a trainer or support person
// uses to see and steer a sandbox.
class SandboxAdminClient : public QObject {
    Q_OBJECT

public:
    explicit SandboxAdminClient(HttpTransport &transport, QObject *parent = nullptr);

    // A sandbox bound beyond loopback asks for the token given to it with --admin-token.
    void setAdminToken(const QByteArray &token) { m_adminToken = token; }

    void provisionedDevices(QObject *context, std::function<void(const Result<QList<ProvisionedDevice>> &)> done);
    void provision(const ProvisionedDevice &device, QObject *context,
                   std::function<void(const Result<QString> &)> done);
    void faults(QObject *context, std::function<void(const Result<FaultDrill> &)> done);
    void setFaults(const FaultDrill &drill, QObject *context, std::function<void(const Result<FaultDrill> &)> done);
    // The network drill (/sandbox/network): true while every API connection is dropped unanswered.
    void dropsConnections(QObject *context, std::function<void(const Result<bool> &)> done);
    void setDropConnections(bool drop, QObject *context, std::function<void(const Result<bool> &)> done);
    // The device's pending code expires now.
    void expireCode(const QString &deviceId, QObject *context, std::function<void(const Result<QString> &)> done);

    // The secrets the sandbox made for the device when it provisioned it
    // (GET /sandbox/devices/{id}/factory, ACTIVATION.md), so a kiosk can play that device.
    void factorySecrets(const QString &deviceId, QObject *context,
                        std::function<void(const Result<FactorySecrets> &)> done);

    static Result<QList<ProvisionedDevice>> parseState(const ApiResponse &response);
    static Result<FaultDrill> parseFaults(const ApiResponse &response);
    static Result<FactorySecrets> parseFactory(const ApiResponse &response);
    static ApiRequest faultsRequest(const FaultDrill &drill);
    static Result<bool> parseNetwork(const ApiResponse &response);
    static ApiRequest networkRequest(bool dropConnections);

private:
    void send(ApiRequest request, QObject *context, std::function<void(const ApiResult &)> done);

    HttpTransport &m_transport;
    QByteArray m_adminToken; // memory only
};

} // namespace viopay
