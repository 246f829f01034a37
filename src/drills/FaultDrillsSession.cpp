#include "FaultDrillsSession.h"

#include "api/SandboxAdminClient.h"
#include "merchant/MerchantSession.h"

namespace viopay {

FaultDrillsSession::FaultDrillsSession(SandboxAdminClient &admin, MerchantSession *merchant, QObject *parent)
    : QObject(parent)
    , m_admin(admin)
    , m_merchant(merchant)
    , m_devices(admin)
{
    if (!m_merchant)
        return;
    connect(m_merchant, &MerchantSession::stateChanged, this, &FaultDrillsSession::canReleaseChanged);
    connect(m_merchant, &MerchantSession::released, this, &FaultDrillsSession::released);
    connect(m_merchant, &MerchantSession::releaseFailed, this, &FaultDrillsSession::releaseFailed);
}

void FaultDrillsSession::load()
{
    m_admin.faults(this, [this](const Result<FaultDrill> &faults) {
        if (const auto *error = std::get_if<ApiError>(&faults)) {
            m_problem = *error;
            m_inForce.reset();
            Q_EMIT unavailable(*error);
            return;
        }
        m_problem.reset();
        m_inForce = std::get<FaultDrill>(faults);
        Q_EMIT loaded(*m_inForce);
    });
    m_admin.dropsConnections(this, [this](const Result<bool> &offline) { showOffline(offline); });
    m_devices.load();
}

void FaultDrillsSession::apply(const FaultDrill &drill)
{
    m_admin.setFaults(drill, this, [this](const Result<FaultDrill> &applied) {
        if (const auto *error = std::get_if<ApiError>(&applied)) {
            Q_EMIT applyFailed(*error);
            return;
        }
        m_inForce = std::get<FaultDrill>(applied);
        Q_EMIT this->applied(*m_inForce);
    });
}

void FaultDrillsSession::setOffline(bool offline)
{
    m_admin.setDropConnections(offline, this, [this](const Result<bool> &inForce) { showOffline(inForce); });
}

void FaultDrillsSession::stopAll()
{
    apply(FaultDrill{});
    setOffline(false);
}

void FaultDrillsSession::showOffline(const std::variant<bool, ApiError> &offline)
{
    if (const auto *error = std::get_if<ApiError>(&offline)) {
        Q_EMIT offlineFailed(*error);
        return;
    }
    m_offline = std::get<bool>(offline);
    Q_EMIT offlineChanged(*m_offline);
}

void FaultDrillsSession::expireCode(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return;
    m_admin.expireCode(deviceId, this, [this, deviceId](const Result<QString> &expired) {
        if (const auto *error = std::get_if<ApiError>(&expired))
            Q_EMIT expireFailed(deviceId, *error);
        else
            Q_EMIT codeExpired(deviceId);
    });
}

bool FaultDrillsSession::canRelease() const
{
    return m_merchant && m_merchant->state() == MerchantSession::State::SignedIn;
}

QString FaultDrillsSession::merchantName() const
{
    return canRelease() ? m_merchant->merchant().name : QString();
}

void FaultDrillsSession::release(const QString &deviceId)
{
    if (deviceId.isEmpty() || !canRelease())
        return;
    Q_EMIT releasing(deviceId);
    m_merchant->release(deviceId); // the outcome arrives through released / releaseFailed
}

} // namespace viopay
