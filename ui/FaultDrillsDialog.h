#pragma once

#include "core/FaultDrill.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class FaultDrillsDialog;
}

namespace viopay {

class ApiError;
class FaultDrillsSession;

// Fault drills against a sandbox, applied live: added latency, an error rate with a chosen code,
// the server offline (connections dropped unanswered); and for one terminal, expire its code now or release it (through
// the signed-in merchant, when there is one), and drill its activation (clock offset, attestation life, a corrupted
// key block, a failing config or activate). Renders a FaultDrillsSession and forwards intent to it.
class FaultDrillsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int ApplyDelayMs = 300; // typing 1500 applies once, not four times

    explicit FaultDrillsDialog(FaultDrillsSession &session, QWidget *parent = nullptr);
    ~FaultDrillsDialog() override;

    // The faults as the controls say (offline is the network drill, apart), with every terminal's
    // activation drills: the picked terminal's as its controls say, the others' as last known.
    FaultDrill drill() const;
    // What the dialog says when the server has no fault drills to read.
    static QString unavailableText(const ApiError &problem);
    void applyNow();
    void expireCode();
    void release();
    // The terminal the buttons act on; one not (yet) listed is selected once the list arrives.
    void selectDevice(const QString &deviceId);

private:
    void connectSession();
    void showUnavailable(const ApiError &problem);
    void showDrill(const FaultDrill &drill);
    void showOffline(bool offline);
    void showInForce();
    void showDevices();
    void showTerminalDrill(); // the picked terminal's activation drills in their controls
    TerminalDrill terminalDrill() const;
    void report(const QString &text, bool isProblem);
    void updateActions();

    std::unique_ptr<Ui::FaultDrillsDialog> m_ui;
    FaultDrillsSession &m_session;
    QTimer m_applyTimer; // waits for typing to pause before applying
    bool m_loading = false;
    QString m_preferredDeviceId; // the terminal on screen, until the list has it
    TerminalDrills m_terminals;  // the activation drills by terminal, as last read or set
};

} // namespace viopay
