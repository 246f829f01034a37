#include "DeviceDirectory.h"

#include "api/SandboxAdminClient.h"

namespace viopay {

DeviceDirectory::DeviceDirectory(SandboxAdminClient &admin, QObject *parent)
    : QObject(parent)
    , m_admin(admin)
{}

void DeviceDirectory::load()
{
    m_state = State::Loading;
    Q_EMIT changed();
    m_admin.provisionedDevices(this, [this](const Result<QList<ProvisionedDevice>> &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            m_state = State::Unavailable;
            m_problem = *error;
            m_devices.clear();
        } else {
            m_state = State::Loaded;
            m_problem.reset();
            m_devices = std::get<QList<ProvisionedDevice>>(result);
        }
        Q_EMIT changed();
    });
}

} // namespace viopay
