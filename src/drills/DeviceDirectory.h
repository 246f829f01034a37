#pragma once

#include "core/ApiError.h"
#include "core/ProvisionedDevice.h"

#include <QList>
#include <QObject>

#include <optional>

namespace viopay {

class SandboxAdminClient;

// The terminals a sandbox has provisioned, for the pickers of the kiosk settings and the fault
// drills. A server that is not a sandbox (or refuses its admin endpoints) gives a problem, and
// the pickers fall back to typing an id.
class DeviceDirectory : public QObject {
    Q_OBJECT

public:
    enum class State { NotLoaded, Loading, Loaded, Unavailable };
    Q_ENUM(State)

    explicit DeviceDirectory(SandboxAdminClient &admin, QObject *parent = nullptr);

    void load(); // again whenever asked: the list changes as devices are provisioned

    State state() const { return m_state; }
    const QList<ProvisionedDevice> &devices() const { return m_devices; }
    // Why the list is unavailable; empty otherwise.
    const std::optional<ApiError> &problem() const { return m_problem; }

Q_SIGNALS:
    void changed(); // state, devices or problem

private:
    SandboxAdminClient &m_admin;
    State m_state = State::NotLoaded;
    QList<ProvisionedDevice> m_devices;
    std::optional<ApiError> m_problem;
};

} // namespace viopay
