#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MerchantWindow;
}

namespace viopay {

class ClaimPage;
class ClaimQueuePage;
class DevicesPage;
class MerchantSession;
class ContinueInBrowserPage;
class SignInPage;

// The counter operator's window: sign-in, then Claim, Devices and Claim many tabs under a line
// naming the account and merchant, with Sign out. Ctrl+1 / Ctrl+2 / Ctrl+3 switch tabs, F5
// refreshes the devices.
class MerchantWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MerchantWindow(MerchantSession &session, QWidget *parent = nullptr);
    ~MerchantWindow() override;

    SignInPage *signInPage() const { return m_signInPage; }
    ClaimPage *claimPage() const { return m_claimPage; }
    DevicesPage *devicesPage() const { return m_devicesPage; }
    ClaimQueuePage *claimQueuePage() const { return m_claimQueuePage; }

    // Asks before a sign-out that the keychain does not keep; tests answer without a dialog.
    using ConfirmSignOut = std::function<bool(QWidget *parent)>;
    void setConfirmSignOut(ConfirmSignOut confirm) { m_confirmSignOut = std::move(confirm); }
    static bool confirmSignOutWithDialog(QWidget *parent);

Q_SIGNALS:
    void inspectorRequested();                   // View > Network inspector
    void traceRequested(const QString &traceId); // a history event's requests, in the inspector
    void faultDrillsRequested();                 // View > Fault drills
    void diagnoseRequested();                    // View > Diagnose a terminal

private:
    void showState();
    void showKeychainProblem();
    void signOut();

    std::unique_ptr<Ui::MerchantWindow> m_ui;
    MerchantSession &m_session;
    SignInPage *m_signInPage;
    ContinueInBrowserPage *m_browserPage;
    ClaimPage *m_claimPage;
    DevicesPage *m_devicesPage;
    ClaimQueuePage *m_claimQueuePage;
    ConfirmSignOut m_confirmSignOut = &MerchantWindow::confirmSignOutWithDialog;
};

} // namespace viopay
