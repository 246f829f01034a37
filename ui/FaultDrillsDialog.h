#pragma once

#include "api/SandboxAdminClient.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class FaultDrillsDialog;
}

namespace viopay {

class MerchantSession;

// Fault drills against a sandbox, applied live: added latency, an error rate with a chosen code,
// the server offline; and for one terminal, expire its code now or release it (through the
// signed-in merchant, when there is one).
class FaultDrillsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int ApplyDelayMs = 300; // typing 1500 applies once, not four times

    FaultDrillsDialog(SandboxAdminClient &admin, MerchantSession *merchant, QWidget *parent = nullptr);
    ~FaultDrillsDialog() override;

    FaultDrill drill() const; // as the controls say
    void applyNow();
    void expireCode();
    void release();

private:
    void load();
    void showDrill(const FaultDrill &drill);
    void showDevices(const QList<ProvisionedDevice> &devices);
    void report(const QString &text, bool isProblem);
    void updateActions();

    std::unique_ptr<Ui::FaultDrillsDialog> m_ui;
    SandboxAdminClient &m_admin;
    MerchantSession *m_merchant;
    QTimer *m_applyTimer;
    bool m_loading = false;
};

} // namespace viopay
