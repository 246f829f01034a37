#include "KioskSession.h"

#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "core/LogText.h"

#include <QLoggingCategory>
#include <QVersionNumber>

#include <utility>

Q_LOGGING_CATEGORY(lcKiosk, "viopay.kiosk")

namespace viopay {

namespace {
bool isCode(const ApiError &error, const char *code)
{
    return error.kind() == ApiError::Kind::Http && error.code() == QLatin1String(code);
}
} // namespace

KioskSession::KioskSession(PosClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_connecting(client.transport())
    , m_activation(client, clock)
{
    connect(&m_connecting, &RequestWatch::stillWaitingChanged, this, &KioskSession::stillWaitingChanged);
    connect(&m_activation, &KioskActivation::stateChanged, this, &KioskSession::followActivation);
}

void KioskSession::setFactorySecrets(const FactorySecrets &secrets)
{
    m_activation.setFactorySecrets(secrets);
    m_hasFactorySecrets = true;
    if (m_state == State::Claimed) { // they came after the claim: proceed now
        ++m_generation;
        m_activation.start();
    }
}

std::optional<qint64> KioskSession::terminalClockSkewMs() const
{
    if (!m_clockSkewMs)
        return std::nullopt;
    return *m_clockSkewMs - qint64(m_activation.clockOffsetSeconds()) * 1000;
}

std::optional<qint64> KioskSession::attestationSkewMs() const
{
    if (!m_clockSkewMs)
        return std::nullopt;
    const qint64 skewMs = *terminalClockSkewMs();
    const bool tooFarBehind = skewMs > qint64(KioskActivation::MaxBehindSeconds) * 1000;
    const bool tooFarAhead = -skewMs > qint64(KioskActivation::MaxAheadSeconds) * 1000;
    return tooFarBehind || tooFarAhead ? std::optional<qint64>(skewMs) : std::nullopt;
}

qint64 KioskSession::now() const
{
    return m_clock.monotonicMs();
}

int KioskSession::secondsLeft() const
{
    return m_state == State::ShowingCode ? secondsRoundedUp(m_codeDeadlineMs - now()) : 0;
}

int KioskSession::retryInSeconds() const
{
    return retriesAutomatically() ? secondsRoundedUp(m_retryAtMs - now()) : 0;
}

void KioskSession::start()
{
    m_failures = 0;
    bootstrap();
}

void KioskSession::renewCode()
{
    if (m_state == State::Claimed || m_state == State::Activated || m_state == State::ActivationFailed) {
        // Check for a release now rather than at the next check; a held request in flight learns
        // of a release at once anyway.
        m_nextPollMs = 0;
        askStatus();
        return;
    }
    if (m_state == State::ShowingCode)
        requestCode();
}

void KioskSession::retryNow()
{
    if (m_state == State::ActivationFailed) {
        m_activation.retry();
        return;
    }
    if (m_state == State::ShowingCode && m_lastError) {
        askStatus(); // the code stays; only the status could not be asked
        return;
    }
    if (m_state != State::Failed)
        return;
    if (m_retryStep == Step::Bootstrap)
        bootstrap();
    else
        requestCode();
}

void KioskSession::tick()
{
    if (retriesAutomatically() && now() >= m_retryAtMs) {
        retryNow();
        return;
    }
    if (watchesForRelease()) {
        askStatusWhenDue();
        return;
    }
    if (m_state == State::Activating) {
        m_activation.tick();
        return;
    }
    if (m_state != State::ShowingCode)
        return;
    publishSecondsLeft();
    if (now() >= m_codeDeadlineMs) {
        requestCode(); // the code has expired: renew it, for as long as the kiosk is open
        return;
    }
    askStatusWhenDue();
}

void KioskSession::askStatusWhenDue()
{
    if (!m_statusInFlight && m_nextPollMs > 0 && now() >= m_nextPollMs) {
        m_nextPollMs = 0;
        askStatus();
    }
}

void KioskSession::bootstrap()
{
    setState(State::Starting);
    m_client.bootstrap(&m_connecting, [this](const Result<BootstrapInfo> &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            if (isCode(*error, ErrorCode::DeviceNotProvisioned)) {
                m_lastError = *error;
                setState(State::NotProvisioned);
                return;
            }
            fail(*error, Step::Bootstrap);
            return;
        }
        const BootstrapInfo &info = std::get<BootstrapInfo>(result);
        m_clockSkewMs = m_clock.utcNow().msecsTo(info.serverTime);
        m_minSupportedVersion = info.minSupportedVersion;
        const QVersionNumber ours = QVersionNumber::fromString(m_client.device().appVersion());
        if (ours < QVersionNumber::fromString(info.minSupportedVersion)) {
            setState(State::UpdateRequired);
            return;
        }
        requestCode();
    });
}

void KioskSession::requestCode()
{
    const quint64 generation = ++m_generation;
    m_statusInFlight = false;
    m_nextPollMs = 0;
    m_statusAsksForCode = 0;
    setState(State::RequestingCode);
    m_client.requestPairingCode(&m_connecting, [this, generation](const Result<PairingCodeGrant> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            if (isCode(*error, ErrorCode::AlreadyClaimed)) {
                m_etag.clear(); // the whole status, not "unchanged": it names the merchant
                askStatus();    // already claimed: show it, with the merchant the status names
                return;
            }
            fail(*error, Step::RequestCode);
            return;
        }
        const PairingCodeGrant &grant = std::get<PairingCodeGrant>(result);
        m_code = grant.code.value();
        m_previousCodeReplaced = std::exchange(m_replacementDetected, false);
        m_releasedBeforeCode = std::exchange(m_releaseDetected, false);
        m_codeDeadlineMs = now() + qint64(grant.expiresInSec) * 1000;
        ++m_codesIssued;
        m_failures = 0;
        m_lastError.reset();
        m_etag.clear();
        m_lastSecondsLeft = -1;
        if (m_codeLifeSeconds != grant.expiresInSec) {
            m_codeLifeSeconds = grant.expiresInSec;
            Q_EMIT codeLifeSecondsChanged(m_codeLifeSeconds);
        }
        Q_EMIT codeChanged();
        setState(State::ShowingCode);
        tick();
        askFirstStatus();
    });
}

void KioskSession::askFirstStatus()
{
    // The floor holds across codes too: a code replaced as soon as it is shown, again and again,
    // must not drive status requests faster than that.
    const qint64 earliestMs = m_statusSentMs + MinStatusIntervalMs;
    if (m_statusSentMs == 0 || now() >= earliestMs) {
        askStatus();
        return;
    }
    m_nextPollMs = earliestMs;
}

void KioskSession::askStatus()
{
    if (m_statusInFlight)
        return;
    m_statusInFlight = true;
    const quint64 generation = m_generation;
    const int wait = statusWaitSeconds();
    m_statusSentMs = now();
    m_statusWaitSeconds = wait;
    ++m_statusAsksForCode;
    m_client.status(m_etag, wait, this, [this, generation, sentEtag = m_etag](const Result<DeviceStatus> &result) {
        if (generation != m_generation)
            return;
        m_statusInFlight = false;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            // The error's code and trace id are the server's text.
            qCInfo(lcKiosk).noquote() << "status failed:" << escapedForLog(error->supportReference());
            if (m_state == State::RequestingCode) { // after a 409 the claim stands, merchant or not
                showClaimed(std::nullopt);
                return;
            }
            if (watchesForRelease()) { // the claim stands until a status says otherwise
                m_serverHoldsStatus = false;
                m_nextPollMs = now() + ClaimedCheckIntervalMs;
                return;
            }
            // The code stays valid on screen; say that the server cannot be reached, and ask again.
            m_lastError = *error;
            m_serverHoldsStatus = false;
            m_nextPollMs = now() + PollIntervalMs;
            Q_EMIT connectionProblemChanged();
            return;
        }
        onStatus(std::get<DeviceStatus>(result), sentEtag);
    });
}

int KioskSession::statusWaitSeconds() const
{
    // Always ask to wait: the first answer tells whether the server holds requests at all.
    if (!m_holdAllowed)
        return 0;
    // After a failed check, one that is held would leave "cannot reach" on screen for as long as
    // the server holds it, though the server is back: ask for an answer now, then wait again.
    if (m_lastError && m_state == State::ShowingCode)
        return 0;
    if (m_state == State::ShowingCode)
        return qBound(1, secondsLeft(), MaxWaitSeconds);
    return watchesForRelease() ? MaxWaitSeconds : 0;
}

void KioskSession::onStatus(const DeviceStatus &status, const QByteArray &sentEtag)
{
    m_serverHoldsStatus = heldAsApplied(status);
    if (m_lastError && m_state == State::ShowingCode) {
        m_lastError.reset();
        Q_EMIT connectionProblemChanged();
    }
    if (!status.etag.isEmpty())
        m_etag = status.etag;
    if (watchesForRelease()) {
        onClaimStatus(status);
        return;
    }
    if (!status.notModified && status.isClaimed) {
        showClaimed(status.merchant);
        return;
    }
    if (m_state != State::ShowingCode) {
        requestCode();
        return;
    }
    if (!status.notModified &&
        (status.pairingCodeStatus == QLatin1String("expired") || status.pairingCodeStatus == QLatin1String("none"))) {
        requestCode();
        return;
    }
    if (!status.notModified && status.pairingCodeStatus == QLatin1String("pending") &&
        replacedElsewhere(status, sentEtag)) {
        qCInfo(lcKiosk) << "the code on screen was replaced elsewhere; asking for a new one";
        m_replacementDetected = true;
        requestCode();
        return;
    }
    // A 304 has no body: it says nothing about the deadline, so only a full answer moves it.
    if (!status.notModified && status.pairingCodeStatus == QLatin1String("pending") && status.expiresInSec)
        followServerDeadline(*status.expiresInSec);
    scheduleNextStatus();
}

void KioskSession::onClaimStatus(const DeviceStatus &status)
{
    if (status.notModified || status.isClaimed) {
        scheduleClaimCheck();
        return;
    }
    qCInfo(lcKiosk) << "the terminal was released; asking for a new code";
    m_activation.cancel(); // a release revokes the key set: what it installed is void
    m_releaseDetected = true;
    requestCode();
}

bool KioskSession::replacedElsewhere(const DeviceStatus &status, const QByteArray &sentEtag) const
{
    // A held request wakes only for a change, and the only change that leaves a code pending is a
    // new code: the kiosk's own would have ended this request's generation, so it came from elsewhere.
    const bool heldWokeForNewCode =
        m_serverHoldsStatus && !sentEtag.isEmpty() && !status.etag.isEmpty() && status.etag != sentEtag;
    // A code's remaining life only falls; more than the kiosk counts is a new code's life. A polled
    // answer was made somewhere within its round trip, so it may be that much older than the count
    // (a held one is made when it wakes, and sent then).
    const qint64 answerAgeMs = m_serverHoldsStatus ? 0 : now() - m_statusSentMs;
    const int slackSeconds = ReplacedCodeToleranceSeconds + secondsRoundedUp(answerAgeMs);
    const bool lifeWentUp = status.expiresInSec && *status.expiresInSec > secondsLeft() + slackSeconds;
    return heldWokeForNewCode || lifeWentUp;
}

bool KioskSession::heldAsApplied(const DeviceStatus &status) const
{
    if (!status.waitHonoured || m_statusWaitSeconds == 0)
        return false;
    // A held request ends at a change (200) or when its wait runs out (304). A 304 long before
    // the wait the server applied means it says it holds but does not: asking again at once
    // would be a hot loop, so it counts as polling.
    const int heldSeconds = qMin(m_statusWaitSeconds, status.appliedWaitSeconds);
    const qint64 answeredAfterMs = now() - m_statusSentMs;
    return !status.notModified || answeredAfterMs >= qint64(heldSeconds) * 1000 / 2;
}

void KioskSession::scheduleNextStatus()
{
    if (!m_serverHoldsStatus) {
        m_nextPollMs = now() + PollIntervalMs;
        return;
    }
    // The first answer for a code only tells the ETag, so the held request follows at once; after
    // that the floor holds even against a server that answers every held request at once.
    const qint64 earliestMs = m_statusAsksForCode == 1 ? now() : m_statusSentMs + MinStatusIntervalMs;
    if (now() >= earliestMs) {
        askStatus();
        return;
    }
    m_nextPollMs = earliestMs;
}

void KioskSession::scheduleClaimCheck()
{
    // A claim that came without a request that asked to wait (a 409 at start) has not learnt
    // whether the server holds: ask once more to learn it.
    const bool learnHolding = m_holdAllowed && m_statusWaitSeconds == 0;
    if (!m_serverHoldsStatus && !learnHolding) {
        m_nextPollMs = now() + ClaimedCheckIntervalMs;
        return;
    }
    const qint64 earliestMs = m_statusSentMs + MinStatusIntervalMs;
    if (now() >= earliestMs) {
        askStatus();
        return;
    }
    m_nextPollMs = earliestMs;
}

void KioskSession::followServerDeadline(int serverSecondsLeft)
{
    // The server's clock decides when the code dies; the kiosk's timer may have drifted or the
    // code waited in transit. Both sides count whole seconds, so a sub-second difference is
    // rounding, not drift, and moving the deadline for it would make the ring jitter.
    if (secondsLeft() == serverSecondsLeft)
        return;
    m_codeDeadlineMs = now() + qint64(serverSecondsLeft) * 1000;
    publishSecondsLeft();
}

void KioskSession::publishSecondsLeft()
{
    const int left = secondsLeft();
    if (left == m_lastSecondsLeft)
        return;
    m_lastSecondsLeft = left;
    Q_EMIT secondsLeftChanged(left);
}

void KioskSession::showClaimed(const std::optional<MerchantInfo> &merchant)
{
    ++m_generation; // nothing in flight matters any more
    m_replacementDetected = false;
    m_releaseDetected = false;
    m_merchant = merchant;
    m_code.clear();
    Q_EMIT codeChanged();
    setState(State::Claimed);
    if (m_hasFactorySecrets) {
        // Vendor: once claimed, stop polling and proceed to attestation.
        m_activation.start();
        return;
    }
    scheduleClaimCheck();
}

bool KioskSession::watchesForRelease() const
{
    return m_state == State::Claimed || m_state == State::Activated || m_state == State::ActivationFailed;
}

void KioskSession::followActivation(KioskActivation::State state)
{
    switch (state) {
    case KioskActivation::State::Running:
        setState(State::Activating);
        return;
    case KioskActivation::State::Activated:
        setState(State::Activated);
        scheduleClaimCheck(); // a merchant may release it, which makes it inactive
        return;
    case KioskActivation::State::Failed:
        setState(State::ActivationFailed);
        scheduleClaimCheck();
        return;
    case KioskActivation::State::Idle:
        return;
    }
}

void KioskSession::fail(const ApiError &error, Step retryStep)
{
    m_lastError = error;
    m_retryStep = retryStep;
    m_retryAutomatically = error.kind() != ApiError::Kind::Refused;
    const int doublings = qMin(m_failures, 8);
    ++m_failures;
    const qint64 backoffMs = qMin<qint64>(MaxRetryDelayMs, qint64(FirstRetryDelayMs) << doublings);
    // A 429's Retry-After (the device's code limit) is the earliest an answer can differ.
    const qint64 retryAfterMs = qint64(error.retryAfterSeconds().value_or(0)) * 1000;
    m_retryAtMs = now() + qMax(backoffMs, retryAfterMs);
    setState(State::Failed);
}

void KioskSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace viopay
