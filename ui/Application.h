#pragma once

#include "core/DeviceIdentity.h"
#include "core/FactorySecrets.h"
#include "core/LaunchMode.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;
class QWidget;

namespace viopay {

class Clock;
class DiagnoseDialog;
class FaultDrillsDialog;
class InspectorWindow;
class MerchantWindow;
class Workspace;

// One run of the desktop app: asks for the mode (unless given), opens the workspace it needs,
// shows its windows and the tools any of them can open. main() parses the command line and
// hands this the result; everything the app does from there on is here, where tests reach it.
class Application : public QObject {
    Q_OBJECT

public:
    struct Options {
        std::optional<LaunchMode> mode;       // nullopt: the mode chooser asks
        QUrl server;                          // empty: an embedded sandbox
        int kioskCount = 1;                   // more than one: a room of provisioned terminals
        std::optional<DeviceIdentity> device; // a single kiosk's terminal; the picker's first offer
        bool fullScreen = false;
        bool allowInsecureHttp = false;
        QByteArray adminToken;                 // a sandbox's, for fault drills beyond loopback
        std::optional<FactorySecrets> factory; // the first terminal's; nullopt: asked of the sandbox
        int clockOffsetSeconds = 0;            // the terminals' clocks run this far from the system's
    };
    enum class Outcome { Running, Cancelled, Failed };

    Application(QNetworkAccessManager &network, QSettings &settings, const Clock &clock, Options options,
                QObject *parent = nullptr);
    ~Application() override;

    // Chooses the mode, opens the workspace and shows the first windows (a kiosk's once its
    // terminals are ready). Failed: the built-in sandbox could not start, already said to the user.
    Outcome start();

    Workspace *workspace() const { return m_workspace.get(); }
    QWidget *kioskScreen() const { return m_kiosk.get(); } // a KioskWindow, or a KioskRoomWindow
    MerchantWindow *merchantWindow() const { return m_merchant.get(); }
    InspectorWindow *inspector() const { return m_inspector.get(); }
    FaultDrillsDialog *faultDrills() const { return m_faultDrills.get(); }
    DiagnoseDialog *diagnoseDialog() const { return m_diagnose.get(); }

    void openInspector();
    void openFaultDrills();
    void openDiagnosis();

    // The terminal the kiosk simulated last time, else fallback.
    static DeviceIdentity rememberedDevice(const QSettings &settings, const DeviceIdentity &fallback);
    static void rememberDevice(QSettings &settings, const DeviceIdentity &device);

private:
    std::optional<LaunchMode> chooseMode();
    bool openWorkspace(LaunchMode mode);
    bool picksTerminal(LaunchMode mode) const;
    std::optional<DeviceIdentity> askForDevice();
    void createMerchantWindow();
    void showTerminals();
    void addToolActions(QWidget &window);

    QNetworkAccessManager &m_network;
    QSettings &m_settings;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_kiosk;
    std::unique_ptr<MerchantWindow> m_merchant;
    std::unique_ptr<InspectorWindow> m_inspector;
    std::unique_ptr<FaultDrillsDialog> m_faultDrills;
    std::unique_ptr<DiagnoseDialog> m_diagnose;
};

} // namespace viopay
