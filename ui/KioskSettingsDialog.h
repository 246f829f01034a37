#pragma once

#include "core/DeviceIdentity.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class KioskSettingsDialog;
}

namespace viopay {

class DeviceDirectory;

// Which terminal the kiosk simulates: device id, model, OS and app version, checked as they are
// typed. Given the server's device directory, it offers the provisioned devices to pick from.
class KioskSettingsDialog : public QDialog {
    Q_OBJECT

public:
    KioskSettingsDialog(const DeviceIdentity &initial, const QString &server, DeviceDirectory *directory = nullptr,
                        QWidget *parent = nullptr);
    ~KioskSettingsDialog() override;

    std::optional<DeviceIdentity> device() const;
    void accept() override;

private:
    void showDirectory();
    void growToFit();
    void pickDevice(int index);
    void validate();

    std::unique_ptr<Ui::KioskSettingsDialog> m_ui;
    DeviceDirectory *m_directory;
};

} // namespace viopay
