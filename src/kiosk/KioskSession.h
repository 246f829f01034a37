#pragma once

#include "KioskActivation.h"

#include "api/PosClient.h"
#include "api/RequestWatch.h"

#include "core/ApiError.h"

#include <QObject>
#include <QString>

#include <optional>

namespace viopay {

class Clock;

// The simulated terminal's state machine: bootstrap, request a code, show it until it expires
// or is claimed, renew it on expiry, and report the claim; then, given its factory secrets,
// activate on its own (KioskActivation, steps 5 to 8). Widgets only render its properties.
// Time comes from a Clock and advances through tick(): production ticks from a timer, tests
// advance a TestClock and tick, so no test waits for a countdown.
class KioskSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int codeLifeSeconds READ codeLifeSeconds NOTIFY codeLifeSecondsChanged)
    Q_PROPERTY(int codesIssued READ codesIssued NOTIFY codeChanged)
    Q_PROPERTY(bool previousCodeReplaced READ previousCodeReplaced NOTIFY codeChanged)
    Q_PROPERTY(bool releasedBeforeCode READ releasedBeforeCode NOTIFY codeChanged)

public:
    enum class State {
        Starting,         // bootstrapping
        UpdateRequired,   // the app version is below the server's minimum
        NotProvisioned,   // the server does not know this device
        RequestingCode,   // asking for a (new) code
        ShowingCode,      // a code is on screen, waiting for a merchant
        Claimed,          // a merchant claimed the device; a release leads back to a new code.
                          // Without factory secrets the terminal stays here.
        Activating,       // attest, keys, config, terminal parameters, activate (activation())
        Activated,        // ready for payments
        ActivationFailed, // a step failed (activation().failure()); retryNow() resumes it
        Failed,           // an error; retries automatically after retryInSeconds, unless the
                          // server's address is refused (retriesAutomatically() false, 0 s)
    };
    Q_ENUM(State)

    static constexpr int PollIntervalMs = 3000; // vendor: poll every 3 to 5 s
    // Claimed and not held: the vendor says stop polling, but a release must still show; slowly.
    static constexpr int ClaimedCheckIntervalMs = 30000;
    static constexpr int MaxWaitSeconds = 30;
    // No status request follows the previous one sooner than this, whatever the server says.
    static constexpr int MinStatusIntervalMs = 1000;
    static constexpr int FirstRetryDelayMs = 2000;
    static constexpr int MaxRetryDelayMs = 30000;
    // A status answer with more seconds left than the kiosk counts for its code by more than this
    // (rounding on both sides, time in transit) means the code was replaced elsewhere.
    static constexpr int ReplacedCodeToleranceSeconds = 2;

    KioskSession(PosClient &client, const Clock &clock, QObject *parent = nullptr);

    // false: never ask the server to hold status requests, poll instead. A room of terminals in
    // one process shares one connection pool; held requests would take every connection.
    void setHoldStatus(bool allowed) { m_holdAllowed = allowed; }
    // The seam for the terminal's factory secrets (embedded sandbox, --factory file or the
    // sandbox's admin endpoint): with them, a claim leads on to activation (at once when the
    // terminal is already claimed).
    void setFactorySecrets(const FactorySecrets &secrets);
    bool hasFactorySecrets() const { return m_hasFactorySecrets; }
    // The terminal's own clock runs this far from the Clock (--clock-offset).
    void setClockOffsetSeconds(int seconds) { m_activation.setClockOffsetSeconds(seconds); }
    KioskActivation &activation() { return m_activation; }
    const KioskActivation &activation() const { return m_activation; }

    void start();
    void renewCode(); // R: a new code now; after a claim, check at once whether it was released
    void retryNow();  // the Retry now button; while a code is shown, asks status again if it failed
    void tick();      // checks the deadlines against the clock

    State state() const { return m_state; }
    QString code() const { return m_code; } // canonical, empty when none
    int secondsLeft() const;                // of the code on screen, 0 when none
    // The life the server gave the latest code when it issued it (expires_in_sec), 0 before the
    // first. A status answer may move the code's deadline, never its life.
    int codeLifeSeconds() const { return m_codeLifeSeconds; }
    int codesIssued() const { return m_codesIssued; }
    // The code on screen came because the one before it was replaced elsewhere (anyone who knows
    // the device id may ask for a code, which replaces the device's code at once).
    bool previousCodeReplaced() const { return m_previousCodeReplaced; }
    // The code on screen came because the merchant released this terminal after claiming it.
    bool releasedBeforeCode() const { return m_releasedBeforeCode; }
    int retryInSeconds() const;
    // false when Failed for good: the address is refused, and asking again would only repeat that.
    bool retriesAutomatically() const { return m_state == State::Failed && m_retryAutomatically; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }
    std::optional<qint64> clockSkewMs() const { return m_clockSkewMs; } // server minus local
    // Server minus the terminal's own clock (the Clock plus the clock offset), once measured.
    std::optional<qint64> terminalClockSkewMs() const;
    // terminalClockSkewMs() when it is outside the attestation window (5 minutes behind,
    // 1 minute ahead): attestation will fail.
    std::optional<qint64> attestationSkewMs() const;
    QString minSupportedVersion() const { return m_minSupportedVersion; }
    std::optional<MerchantInfo> merchant() const { return m_merchant; }
    bool serverHoldsStatus() const { return m_serverHoldsStatus; }
    // A request of the terminal's connecting (bootstrap, pairing code) long unanswered, or nullopt.
    std::optional<StillWaiting> stillWaiting() const { return m_connecting.stillWaiting(); }
    void retryWaitingNow() { m_connecting.retryNow(); } // abandons that attempt and sends again at once

Q_SIGNALS:
    void stateChanged(State state);
    void codeChanged();
    void secondsLeftChanged(int seconds);
    void codeLifeSecondsChanged(int seconds);
    // lastError() changed while a code is on screen: status could not be asked, or works again.
    void connectionProblemChanged();
    void stillWaitingChanged();

private:
    enum class Step { Bootstrap, RequestCode };
    void bootstrap();
    void requestCode();
    void askFirstStatus();
    void askStatus();
    void askStatusWhenDue();
    int statusWaitSeconds() const;
    void onStatus(const DeviceStatus &status, const QByteArray &sentEtag);
    bool replacedElsewhere(const DeviceStatus &status, const QByteArray &sentEtag) const;
    bool heldAsApplied(const DeviceStatus &status) const;
    void scheduleNextStatus();
    void scheduleClaimCheck();
    void onClaimStatus(const DeviceStatus &status);
    void followServerDeadline(int serverSecondsLeft);
    void publishSecondsLeft();
    void showClaimed(const std::optional<MerchantInfo> &merchant);
    void followActivation(KioskActivation::State state);
    // Claimed, activated or stopped activating: a release (status no longer claimed) leads back
    // to a new code; activating is short and asks nothing but its steps.
    bool watchesForRelease() const;
    void fail(const ApiError &error, Step retryStep);
    void setState(State state);
    qint64 now() const;

    PosClient &m_client;
    const Clock &m_clock;
    RequestWatch m_connecting; // the context of bootstrap and pairing-code requests
    State m_state = State::Starting;
    QString m_code;
    qint64 m_codeDeadlineMs = 0;
    int m_codeLifeSeconds = 0;
    int m_codesIssued = 0;
    bool m_replacementDetected = false; // until a new code arrives
    bool m_previousCodeReplaced = false;
    bool m_releaseDetected = false; // until a new code arrives
    bool m_releasedBeforeCode = false;
    int m_lastSecondsLeft = -1;
    QByteArray m_etag;
    bool m_serverHoldsStatus = false;
    bool m_holdAllowed = true;
    bool m_statusInFlight = false;
    qint64 m_statusSentMs = 0;
    int m_statusWaitSeconds = 0; // the wait the request in flight (or the last one) asked for
    int m_statusAsksForCode = 0; // status requests since the latest code request
    qint64 m_nextPollMs = 0;
    quint64 m_generation = 0; // answers from an earlier code are ignored
    std::optional<ApiError> m_lastError;
    Step m_retryStep = Step::Bootstrap;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
    bool m_retryAutomatically = true;
    std::optional<qint64> m_clockSkewMs;
    QString m_minSupportedVersion;
    std::optional<MerchantInfo> m_merchant;
    KioskActivation m_activation;
    bool m_hasFactorySecrets = false;
};

} // namespace viopay
