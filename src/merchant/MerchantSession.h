#pragma once

#include "BrowserSignIn.h"
#include "CredentialStore.h"

#include "api/OidcClient.h"
#include "api/PortalClient.h"
#include "api/RequestWatch.h"
#include "core/ApiError.h"
#include "core/PairingCode.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

class QSettings;

namespace viopay {

// The counter operator's side: sign in (portal user or API client), keep the sign-in in the
// keychain when asked, claim a device by its code, list and release the merchant's devices.
// Widgets render its state; it holds no widget. Settings hold only which account to restore
// (server, kind, name), never a secret.
class MerchantSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    // How long the server may hold the list request (FLEET.md allows up to 30 s).
    static constexpr int DevicesWaitSeconds = 25;
    // After a failed list request, or from a server that does not hold it, the next one waits this.
    static constexpr int DevicesRetryMs = 5'000;

    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    enum class AccountKind { PortalUser, ApiClient };
    struct Account {
        AccountKind kind = AccountKind::PortalUser;
        QString name; // e-mail or client id
    };

    // Why the session is signed out, for the sign-in page.
    struct SignInProblem {
        enum class Kind {
            None,
            Refused,           // wrong password or secret (the server's answer)
            LockedOut,         // too many failures: retryAt says when to try again
            SavedExpired,      // the saved sign-in was expired or revoked
            SessionEnded,      // the server stopped accepting the session
            Failed,            // network, server error: try again
            BrowserDenied,     // the user (or the issuer) declined in the browser
            BrowserCancelled,  // cancelled here while the browser had it
            WrongState,        // a redirect that was not this sign-in's came back
            IssuerUnreachable, // discovery failed: error
            BrowserFailed,     // the browser sign-in went wrong otherwise: detail
        };
        Kind kind = Kind::None;
        std::optional<ApiError> error;
        QString detail;
        qint64 retryAtMs = 0; // LockedOut: Clock::monotonicMs() when a new try may work
        QString account;      // LockedOut: the server locks one user, not the computer
    };

    // What the sign-in page knows of the issuer before anyone signs in.
    struct IssuerStatus {
        enum class Kind { Unknown, Checking, Ready, Unreachable };
        Kind kind = Kind::Unknown;
        IssuerConfig config;           // Ready
        std::optional<ApiError> error; // Unreachable
    };

    // GET {server}/health/live, shown before anyone types.
    struct Connectivity {
        enum class Kind { Unknown, Checking, Reachable, Problem };
        Kind kind = Kind::Unknown;
        std::optional<ApiError> error; // Problem
    };

    struct ClaimOutcome {
        enum class Kind {
            None,
            Claiming,
            Claimed,        // device, model and time filled in
            NotActive,      // 404: no such code in its life
            SameAsRefused,  // not sent: the code the server has just answered 404 to
            AlreadyClaimed, // 409
            OtherMerchant,  // 403
            NotAllowed,     // 403/4031: this sign-in's role may not claim
            Locked,         // 429: claimLockSecondsLeft() counts the wait down
            Refused,        // 400: the server's details
            Failed,         // network or server: retry
        };
        Kind kind = Kind::None;
        QString code;
        QString deviceId;
        QString model;
        QDateTime claimedAt;
        std::optional<CodeProblem> problem; // Refused before sending: what is wrong with the code
        std::optional<ApiError> error;
    };

    MerchantSession(PortalClient &portal, HttpTransport &transport, CredentialStore &credentials, QSettings &settings,
                    const Clock &clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    const Account &account() const { return m_account; }
    const MerchantInfo &merchant() const { return m_merchant; }
    const SignInProblem &signInProblem() const { return m_signInProblem; }
    // Set when "keep me signed in" could not be honoured: the keychain's words.
    const QString &keychainProblem() const { return m_keychainProblem; }
    // Signed in, and the keychain holds this sign-in for the next start.
    bool isSignInKept() const;
    QUrl server() const;
    void setServer(const QUrl &server); // signed out only

    // The OpenID issuer: a chosen one, or the sandbox's realm on the server. Signed out only.
    QUrl issuer() const;
    void setIssuer(const QUrl &issuer); // empty: the default
    bool hasDefaultIssuer() const { return m_issuer.isEmpty(); }
    static QUrl defaultIssuer(const QUrl &server) { return IssuerConfig::defaultIssuer(server); }
    QString clientId() const;
    void setClientId(const QString &clientId); // empty: viopay-desk
    const IssuerStatus &issuerStatus() const { return m_issuerStatus; }
    // Reads the issuer's discovery document; issuerChanged tells the outcome.
    void discoverIssuer();
    // Password sign-in is offered where discovery lists the password grant, and where the
    // default issuer has no discovery to read (a server from before it: the password grant as before).
    bool offersPassword() const;

    void checkConnectivity();
    const Connectivity &connectivity() const { return m_connectivity; }

    // Signs a portal user in through the system browser (SIGN-IN.md); browserUrl() is set while
    // the browser has it.
    void signInWithBrowser(bool keepSignedIn);
    void cancelBrowserSignIn();
    QUrl browserUrl() const { return m_browser.authorizationUrl(); }

    // The account to offer on the sign-in page: the remembered one, if any.
    std::optional<Account> rememberedAccount() const;
    // Signs in with the remembered account's keychain entry; false when there is none to try.
    bool restoreSignIn();
    void signIn(const Account &account, const QString &secret, bool keepSignedIn);
    void signOut();

    const ClaimOutcome &claimOutcome() const { return m_claim; }
    int claimLockSecondsLeft() const; // after a 429, from a claim here or from the claim queue
    // Codes not active that this session may still send before the server locks claims, counted
    // from its own refusals (other operators of the merchant count too, so it is at most this).
    int claimAttemptsLeft() const;
    int signInLockSecondsLeft() const;
    bool signInLockedFor(const QString &accountName) const; // the locked user's name, as typed

    // A server whose data ends with this run (the built-in sandbox): a kept sign-in would be
    // useless there, so none is kept.
    void setServerForgetsSignIns(const QUrl &server) { m_forgetfulServer = server; }
    bool canKeepSignIn(const QUrl &server) const;
    // Claims the typed code, with an optional name and location; a malformed code is refused
    // locally with the problem. A claim whose answer is lost on the network is sent once more with
    // the same Idempotency-Key, so the server answers it as the first time.
    void claim(const QString &typedCode, const QString &name = {}, const QString &locationId = {});
    // One claim of the claim queue: the same rules as claim() (a lost answer resent once with the
    // key of details, refusals counted, a 429 locking this session's claims), but its outcome goes
    // to done alone, not to claimOutcome(). done is not called when the sign-in ends meanwhile.
    using ClaimDone = std::function<void(const ClaimOutcome &)>;
    void claimQueued(const PairingCode &code, const ClaimDetails &details, QObject *context, ClaimDone done);
    // The location the last claim with one used (settings), for the next claim to offer.
    QString lastLocationId() const;
    void clearClaim();

    const QList<MerchantDevice> &devices() const { return m_devices; }
    bool devicesLoading() const { return m_devicesLoading; }
    const std::optional<ApiError> &devicesError() const { return m_devicesError; }
    // An unconditional reload (F5); the list also follows the server on its own while signed in.
    void refreshDevices();
    // The list follows the server: a held list request is out and the server holds it.
    bool isDevicesLive() const { return m_devicesLive; }
    // Clock::monotonicMs() of the last answer that said what the list is (0: none yet).
    qint64 devicesUpdatedMs() const { return m_devicesUpdatedMs; }
    const QList<MerchantLocation> &locations() const { return m_locations; }
    // Whether this sign-in may claim, release, rename and move (FLEET.md roles): a viewer sees
    // everything and changes nothing. A server without roles lets everyone change.
    bool canChangeFleet() const { return m_roles.isEmpty() || m_roles.contains(QLatin1String("admin")); }
    // Why the controls that change the fleet are disabled, for their tooltips; empty when they are not.
    QString fleetChangeRefusal() const;
    // Renames or moves a device (PATCH); the list shows the change when the server has made it.
    void renameDevice(const QString &deviceId, const QString &name);
    void moveDevice(const QString &deviceId, const QString &locationId);
    // The location's name, or its id when the list of locations does not know it.
    QString locationName(const QString &locationId) const;
    const Clock &clock() const { return m_clock; }
    // The history of one device (the newest HistoryLimit events), reloaded while the list changes.
    static constexpr int HistoryLimit = 200;
    void showHistory(const QString &deviceId); // empty: none
    const QString &historyDeviceId() const { return m_historyDeviceId; }
    const QList<DeviceEvent> &history() const { return m_history; }
    const std::optional<ApiError> &historyError() const { return m_historyError; }
    void release(const QString &deviceId);

    // A sign-in or claim request long unanswered, or nullopt.
    std::optional<StillWaiting> stillWaiting() const { return m_signInAndClaim.stillWaiting(); }
    void retryWaitingNow() { m_signInAndClaim.retryNow(); } // abandons that attempt and sends again at once

Q_SIGNALS:
    void stateChanged(State state);
    void claimChanged();
    void claimLockChanged(); // a 429 locked claims: claimLockSecondsLeft() counts down
    void devicesChanged();
    void devicesLiveChanged();
    void historyChanged();
    void released(const QString &deviceId);
    void releaseFailed(const QString &deviceId, const ApiError &error);
    void changeFailed(const QString &deviceId, const ApiError &error); // a rename or move
    void keychainProblemChanged();
    void stillWaitingChanged();
    void issuerChanged();
    void connectivityChanged();
    void browserWaitingChanged();

private:
    using SignInDone = std::function<void(const Result<SignInInfo> &)>;
    void startSignIn(const Account &account, const QString &secret, bool restoring,
                     const std::function<void(SignInDone)> &signInCall);
    void refreshAtIssuer(const QString &refreshToken, SignInDone done);
    void continueSignIn(quint64 generation, const QString &clientSecret);
    void onBrowserOutcome(const BrowserSignIn::Outcome &outcome);
    void setIssuerStatus(IssuerStatus status);
    void onSignedIn(const QString &clientSecret);
    void failSignIn(SignInProblem::Kind kind, const std::optional<ApiError> &error, const QString &detail = {});
    void keepSecret(const QString &secret);
    void forgetSavedSignIn();
    void onRefreshTokenChanged(const QString &refreshToken);
    bool endsSession(const ApiError &error);
    void sendClaim(const ClaimOutcome &claiming, const ClaimDetails &details, bool mayRetry, QObject *context,
                   ClaimDone done);
    void finishClaim(ClaimOutcome outcome);
    void countRefusal(const ClaimOutcome &outcome);
    void dropExpiredRefusals() const;
    void setState(State state);
    QString keychainKey() const;
    void watchDevices();
    void stopWatchingDevices();
    void takeDevices(const MerchantDeviceList &list);
    void setDevicesLive(bool live);
    void loadLocations();
    void loadHistory();
    void updateDevice(const QString &deviceId, const std::optional<QString> &name,
                      const std::optional<QString> &locationId);

    PortalClient &m_portal;
    HttpTransport &m_transport;
    CredentialStore &m_credentials;
    QSettings &m_settings;
    const Clock &m_clock;
    RequestWatch m_signInAndClaim; // the context of the requests a page shows a wait for
    OidcClient m_oidc;
    BrowserSignIn m_browser;
    QUrl m_issuer;      // empty: the default
    QString m_clientId; // empty: the default
    IssuerStatus m_issuerStatus;
    QObject *m_discovery = nullptr; // the context of the page's discovery request
    Connectivity m_connectivity;
    QObject *m_connectivityCheck = nullptr; // the context of the health request
    State m_state = State::SignedOut;
    Account m_account;
    MerchantInfo m_merchant;
    bool m_keepSignedIn = false;
    QString m_refreshToken; // memory only; written to the keychain when keepSignedIn
    SignInProblem m_signInProblem;
    QString m_keychainProblem;
    quint64 m_generation = 0; // answers for an earlier sign-in are dropped
    ClaimOutcome m_claim;
    qint64 m_claimsLockedUntilMs = 0;       // monotonic: the server's Retry-After of a 429
    QString m_lastRefusedCode;              // a 404's code, until another code is sent
    mutable QList<qint64> m_refusalTimesMs; // monotonic, within the lockout window
    QString m_refusalsMerchantId;           // whose refusals they are
    QUrl m_forgetfulServer;
    QList<MerchantDevice> m_devices;
    bool m_devicesLoading = false;
    std::optional<ApiError> m_devicesError;
    QObject m_watchContext; // the held list request's, cancelled on sign-out
    QTimer m_watchRetry;    // after a failed or unheld list request
    QByteArray m_devicesEtag;
    bool m_devicesLive = false;
    qint64 m_devicesUpdatedMs = 0;
    QList<MerchantLocation> m_locations;
    QStringList m_roles;
    QString m_historyDeviceId;
    QList<DeviceEvent> m_history;
    std::optional<ApiError> m_historyError;
};

} // namespace viopay
