#pragma once

#include "HttpTransport.h"

#include "core/DeviceIdentity.h"
#include "core/PairingCode.h"

#include <QDateTime>

#include <optional>

namespace viopay {

struct BootstrapInfo {
    QDateTime serverTime; // UTC
    QString minSupportedVersion;
};

struct PairingCodeGrant {
    PairingCode code;
    int expiresInSec = 0;
};

struct MerchantInfo {
    QString id;
    QString name;
};

struct DeviceStatus {
    bool notModified = false; // 304: nothing changed since the ETag given (the fields are empty)
    QString deviceStatus;     // inactive, claimed, activated
    bool isClaimed = false;
    QString pairingCodeStatus; // pending, used, expired, none
    std::optional<int> expiresInSec;
    std::optional<MerchantInfo> merchant;
    QByteArray etag;
    // Whether the server holds status requests (Preference-Applied came back): if not, poll.
    bool waitHonoured = false;
    int appliedWaitSeconds = 0; // the n of Preference-Applied: wait=n, 0 without it
};

// The terminal's side of the API (vendor steps 1 to 3), with the device's three headers.
class PosClient : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 MaxCodeLifeSec = 24 * 60 * 60; // beyond this an answer is broken

    PosClient(HttpTransport &transport, DeviceIdentity device, QObject *parent = nullptr);

    void bootstrap(QObject *context, std::function<void(const Result<BootstrapInfo> &)> done);
    void requestPairingCode(QObject *context, std::function<void(const Result<PairingCodeGrant> &)> done);
    // etag empty: an unconditional status; waitSeconds > 0 asks the server to hold it.
    void status(const QByteArray &etag, int waitSeconds, QObject *context,
                std::function<void(const Result<DeviceStatus> &)> done);

    const DeviceIdentity &device() const { return m_device; }
    HttpTransport &transport() const { return m_transport; }

    // Request building, tested without a network.
    ApiRequest bootstrapRequest() const;
    ApiRequest pairingCodeRequest() const;
    ApiRequest statusRequest(const QByteArray &etag, int waitSeconds) const;

    static Result<BootstrapInfo> parseBootstrap(const ApiResponse &response);
    static Result<PairingCodeGrant> parsePairingCode(const ApiResponse &response);
    static Result<DeviceStatus> parseStatus(const ApiResponse &response);

private:
    HttpTransport &m_transport;
    DeviceIdentity m_device;
};

} // namespace viopay
