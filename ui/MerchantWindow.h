#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MerchantWindow;
}

namespace viopay {

class ClaimPage;
class DevicesPage;
class MerchantSession;
class SignInPage;

// The counter operator's window: sign-in, then Claim and Devices tabs under a line naming the
// account and merchant, with Sign out. Ctrl+1 / Ctrl+2 switch tabs, F5 refreshes the devices.
class MerchantWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MerchantWindow(MerchantSession &session, QWidget *parent = nullptr);
    ~MerchantWindow() override;

    SignInPage *signInPage() const { return m_signInPage; }
    ClaimPage *claimPage() const { return m_claimPage; }
    DevicesPage *devicesPage() const { return m_devicesPage; }

Q_SIGNALS:
    void inspectorRequested();   // View > Network inspector
    void faultDrillsRequested(); // View > Fault drills

private:
    void showState();
    void showKeychainProblem();

    std::unique_ptr<Ui::MerchantWindow> m_ui;
    MerchantSession &m_session;
    SignInPage *m_signInPage;
    ClaimPage *m_claimPage;
    DevicesPage *m_devicesPage;
};

} // namespace viopay
