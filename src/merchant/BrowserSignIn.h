#pragma once

#include "PkceSecrets.h"

#include "api/OidcClient.h"
#include "api/PortalClient.h"

#include <QPointer>

#include <optional>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace viopay {

class Clock;

// One browser sign-in (RFC 8252 section 7.3 with PKCE S256): listens on 127.0.0.1 at an
// ephemeral port for the one redirect, opens the authorization URL in the system browser (or in
// the program VIOPAY_BROWSER names, which tests use), checks the state, answers the browser with
// a page that says to return to the app, redeems the code with the verifier through the
// PortalClient, and checks the ID token against the issuer's keys. Qt NetworkAuth builds the
// authorization URL and serves the loopback; the code is redeemed through the app's transport,
// where every request has its time-out and its ApiError (Qt 6.4's flow reports no failure of
// its own token request).
class BrowserSignIn : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        enum class Kind {
            SignedIn,    // grant holds the checked tokens
            Denied,      // the user or the issuer said no in the browser (error=access_denied)
            Refused,     // another error in the redirect, or none and no code: detail
            WrongState,  // the redirect is not this attempt's
            Cancelled,   // by the user, at any time; nothing listens any more
            NoListener,  // no port on 127.0.0.1 could be opened
            TokenFailed, // the token endpoint or the key set refused or failed: error
            BadIdToken,  // detail says what is wrong with it
        };
        Kind kind = Kind::Cancelled;
        PortalClient::TokenGrant grant;
        std::optional<ApiError> error;
        QString detail;
    };

    BrowserSignIn(PortalClient &portal, OidcClient &oidc, const Clock &clock, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Starts an attempt against the issuer, ending any earlier one; done is called once, unless
    // cancel() ends it (then with Cancelled).
    void start(const IssuerConfig &issuer, const QString &clientId, std::function<void(const Outcome &)> done);
    void cancel();

    bool isBusy() const { return bool(m_done); }
    // Until the redirect comes: the address the browser was sent to, for "Copy link".
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void waitingChanged(); // authorizationUrl() set or cleared

private:
    void openBrowser(const QUrl &url);
    void onRedirect(const QVariantMap &data);
    void redeem(const QString &code);
    void checkIdToken(const PortalClient::TokenGrant &grant);
    void finish(const Outcome &outcome);
    void stopListening();
    void dropListener();

    PortalClient &m_portal;
    OidcClient &m_oidc;
    const Clock &m_clock;
    IssuerConfig m_issuer;
    QString m_clientId;
    PkceSecrets m_secrets;
    QPointer<QOAuthHttpServerReplyHandler> m_listener;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QObject *m_requests = nullptr; // the context of this attempt's requests: deleting it cancels them
    QUrl m_authorizationUrl;
    QUrl m_redirectUri;
    std::function<void(const Outcome &)> m_done;
};

} // namespace viopay
