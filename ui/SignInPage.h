#pragma once

#include "merchant/MerchantSession.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SignInPage;
}

namespace viopay {

// Sign-in: the server, a portal user (e-mail and password) or an API client (id and secret),
// and "keep me signed in". Says why the session is signed out (wrong password, lockout with a
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
