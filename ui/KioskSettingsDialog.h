#pragma once

#include "api/SandboxAdminClient.h"
#include "core/DeviceIdentity.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class KioskSettingsDialog;
}

namespace viopay {

// Which terminal the kiosk simulates: device id, model, OS and app version, checked as they are
// typed. Against a sandbox it offers the sandbox's provisioned devices to pick from.
class KioskSettingsDialog : public QDialog {
    Q_OBJECT

public:
    KioskSettingsDialog(const DeviceIdentity &initial, const QString &server, QWidget *parent = nullptr);
    ~KioskSettingsDialog() override;

    void setProvisionedDevices(const QList<ProvisionedDevice> &devices);
    void setDevicesUnavailable(const QString &reason);

    std::optional<DeviceIdentity> device() const;
    void accept() override;

private:
    void pickDevice(int index);
    void validate();

    std::unique_ptr<Ui::KioskSettingsDialog> m_ui;
};

} // namespace viopay
