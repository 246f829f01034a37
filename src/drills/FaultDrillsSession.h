#pragma once

#include "DeviceDirectory.h"

#include "core/ApiError.h"
#include "core/FaultDrill.h"

#include <QObject>
#include <QString>

#include <optional>
#include <variant>

namespace viopay {

class MerchantSession;
class SandboxAdminClient;

// Fault drills against a sandbox: the faults in force (latency, an error rate with a code), the
// server offline (every API connection dropped unanswered, as when it is down), and for one terminal, expire its code
// now or release it through the signed-in merchant. The dialog renders this and forwards what the trainer asks for.
class FaultDrillsSession : public QObject {
    Q_OBJECT

public:
    // merchant may be null (a kiosk alone): then nothing can be released.
    FaultDrillsSession(SandboxAdminClient &admin, MerchantSession *merchant, QObject *parent = nullptr);

    void load(); // the faults in force, whether the server is offline, and the terminals

    // The faults last read or applied; nullopt before the first answer or when drills are unavailable.
    const std::optional<FaultDrill> &inForce() const { return m_inForce; }
    // Why this server's drills cannot be read (not a sandbox, no admin access); empty otherwise.
    const std::optional<ApiError> &problem() const { return m_problem; }
    // Whether the server drops every API connection now; nullopt before the first answer.
    const std::optional<bool> &offline() const { return m_offline; }
    DeviceDirectory &devices() { return m_devices; }

    void apply(const FaultDrill &drill);
    // Drops every API connection without an answer (PUT /sandbox/network), or stops doing so.
    void setOffline(bool offline);
    void stopAll(); // no faults, and online
    void expireCode(const QString &deviceId);

    bool canRelease() const; // a merchant is signed in
    QString merchantName() const;
    void release(const QString &deviceId);

Q_SIGNALS:
    void loaded(const viopay::FaultDrill &inForce);
    void unavailable(const viopay::ApiError &problem);
    void applied(const viopay::FaultDrill &inForce);
    void applyFailed(const viopay::ApiError &error);
    void offlineChanged(bool offline);
    void offlineFailed(const viopay::ApiError &error);
    void codeExpired(const QString &deviceId);
    void expireFailed(const QString &deviceId, const viopay::ApiError &error);
    void releasing(const QString &deviceId);
    void released(const QString &deviceId);
    void releaseFailed(const QString &deviceId, const viopay::ApiError &error);
    void canReleaseChanged();

private:
    void showOffline(const std::variant<bool, ApiError> &offline); // an answer of /sandbox/network

    SandboxAdminClient &m_admin;
    MerchantSession *m_merchant;
    DeviceDirectory m_devices;
    std::optional<FaultDrill> m_inForce;
    std::optional<ApiError> m_problem;
    std::optional<bool> m_offline;
};

} // namespace viopay
