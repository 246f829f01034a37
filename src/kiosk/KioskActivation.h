#pragma once

#include "api/PosClient.h"

#include "core/ApiError.h"
#include "core/FactorySecrets.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace viopay {

class Clock;

// What a claimed terminal does on its own (ACTIVATION.md steps 5 to 8): attest with its factory
// identity key, unwrap its keys down the hierarchy (TMK under the ZMK, KEK under the TMK, the
// working keys under the KEK) and check each KCV, open its config and terminal parameters under
// the MSK, and report itself ready. Each step's state and duration and the attestation token's
// remaining life are published; a failure names the step and the reason in plain words and knows
// the step a retry starts from. Keys live in memory only.
class KioskActivation : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int tokenSecondsLeft READ tokenSecondsLeft NOTIFY tokenSecondsLeftChanged)

public:
    enum class Step { Attest, Keys, Config, TerminalParameters, Activate };
    Q_ENUM(Step)
    static constexpr std::array<Step, 5> Steps{Step::Attest, Step::Keys, Step::Config, Step::TerminalParameters,
                                               Step::Activate};
    enum class StepState { Waiting, Running, Done, Failed };
    Q_ENUM(StepState)
    enum class State { Idle, Running, Activated, Failed };
    Q_ENUM(State)

    // The attestation window (vendor): X-Timestamp at most 5 minutes behind and 1 minute ahead
    // of the server's time.
    static constexpr int MaxBehindSeconds = 5 * 60;
    static constexpr int MaxAheadSeconds = 60;
    // The length of a fresh X-Nonce in hex digits (alphanumeric; the vendor asks for 12 or more).
    static constexpr int NonceBytes = 12;

    struct Failure {
        Step step;
        QString reason;                // plain words, for the screen
        std::optional<ApiError> error; // the server's code and trace id, when it answered
        Step retryFrom;
    };

    // What the terminal learnt and shows once activated.
    struct Terminal {
        QString terminalId; // "TID-" + 6 digits
        QString merchant;
        QString location;
        QDateTime activatedAt; // UTC
    };

    KioskActivation(PosClient &client, const Clock &clock, QObject *parent = nullptr);

    void setFactorySecrets(const FactorySecrets &secrets) { m_secrets = secrets; }
    // The terminal's clock runs this far from the Clock (a drill: reproduce a skewed terminal).
    void setClockOffsetSeconds(int seconds) { m_clockOffsetSeconds = seconds; }
    int clockOffsetSeconds() const { return m_clockOffsetSeconds; }

    void start();  // from attest
    void retry();  // after a failure, from the step it names
    void tick();   // publishes the token's remaining life
    void cancel(); // a release or restart: nothing in flight matters any more

    State state() const { return m_state; }
    StepState stepState(Step step) const { return m_steps[index(step)].state; }
    // How long the step took, or has taken so far while it runs; 0 before it starts.
    qint64 stepDurationMs(Step step) const;
    int tokenSecondsLeft() const; // 0 without a live token
    const std::optional<Failure> &failure() const { return m_failure; }
    const Terminal &terminal() const { return m_terminal; }
    // The bytes of terminal parameters the terminal installed (gunzipped), 0 before.
    qsizetype parametersSize() const { return m_parametersSize; }

    static QString stepName(Step step);
    // "3 min 20 s": a span as the failure sentences say it.
    static QString spanText(qint64 seconds);

Q_SIGNALS:
    void stateChanged(viopay::KioskActivation::State state);
    void stepChanged(viopay::KioskActivation::Step step);
    void tokenSecondsLeftChanged(int seconds);
    // The plaintext of an exchange's MSK envelopes (what was sealed in the request, what was opened
    // of the answer; either may be empty), for the inspector. Config, terminal parameters and the
    // activation are not secret; no key ever goes this way.
    void envelopesOpened(const QString &traceId, const QByteArray &request, const QByteArray &response);

private:
    struct StepProgress {
        StepState state = StepState::Waiting;
        qint64 startedMs = 0;
        qint64 durationMs = 0;
    };
    static int index(Step step) { return int(step); }

    void run(Step step);
    void attest();
    void fetchKeys();
    void fetchConfig();
    void fetchParameters();
    void sendActivation();
    void finishStep(Step step);
    void onError(Step step, const ApiError &error);
    void fail(Step step, const QString &reason, const std::optional<ApiError> &error, Step retryFrom);
    std::optional<QString> installKeys(const KeySetGrant &grant);
    std::optional<QString> takeConfig(const QByteArray &payload);
    QString reasonFor(const ApiError &error) const;
    QString skewReason(const ApiError &error) const;
    QDateTime terminalTime() const;
    void setState(State state);
    void publishTokenSecondsLeft();
    qint64 now() const;

    PosClient &m_client;
    const Clock &m_clock;
    std::optional<FactorySecrets> m_secrets;
    int m_clockOffsetSeconds = 0;
    State m_state = State::Idle;
    std::array<StepProgress, Steps.size()> m_steps;
    std::optional<Failure> m_failure;
    Terminal m_terminal;
    QString m_token;
    qint64 m_tokenDeadlineMs = 0;
    int m_tokenLifeSeconds = 0;
    int m_lastTokenSecondsLeft = 0;
    QByteArray m_sentTimestamp;        // of the latest attest, to say how far a refused one was off
    int m_reattestsLeft = 0;           // a token that ran out mid-way is renewed once without asking
    QHash<QString, QByteArray> m_keys; // unwrapped, by name (tmk, kek, msk, tpk, tdk, mac)
    qsizetype m_parametersSize = 0;
    quint64 m_generation = 0; // answers of a cancelled run are ignored
};

} // namespace viopay
