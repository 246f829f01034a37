#pragma once

#include "merchant/MerchantSession.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SignInPage;
}

namespace viopay {

// Sign-in: the server and whether it is reachable, a portal user (in the browser, or by e-mail and
// password where the issuer allows it) or an API client (id and secret), "keep me signed in",
// and under Advanced the issuer and the client id. Says why the session is signed out (wrong password, lockout with a
// live countdown, an expired saved sign-in, a missing keychain) and what to do.
class SignInPage : public QWidget {
    Q_OBJECT

public:
    explicit SignInPage(MerchantSession &session, QWidget *parent = nullptr);
    ~SignInPage() override;

    // Shows the session's server and remembered account, the reason for being here, and puts the
    // focus in the first empty field.
    void prepare();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void signInWithBrowser();
    void applyServer();
    void applyIssuer();
    void showConnectivity();
    void showAdvanced(bool shown);
    void showKeepSignedIn();
    void showAccountKind();
    void showState();
    void showProblem();
    void setMessage(const QString &text, bool isProblem);
    MerchantSession::AccountKind accountKind() const;

    std::unique_ptr<Ui::SignInPage> m_ui;
    MerchantSession &m_session;
    QTimer *m_lockTicker;
};

} // namespace viopay
