#include "KioskActivation.h"

#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "core/LogText.h"
#include "crypto/AttestationSignature.h"
#include "crypto/Hex.h"
#include "crypto/Kcv.h"
#include "crypto/MskEnvelope.h"
#include "crypto/RandomBytes.h"
#include "crypto/Tr31KeyBlock.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivation, "viopay.kiosk.activation")

namespace viopay {

using crypto::Tr31KeyBlock;

namespace {
bool isCode(const ApiError &error, const char *code)
{
    return error.kind() == ApiError::Kind::Http && error.code() == QLatin1String(code);
}

// The key each key is wrapped under, and the usage it must have (ACTIVATION.md step 6).
struct KeyRule {
    const char *name;
    const char *parent; // nullptr: the ZMK
    Tr31KeyBlock::Usage usage;
};
constexpr std::array<KeyRule, 6> KeyRules{{
    {"tmk", nullptr, Tr31KeyBlock::Usage::KeyEncryption},
    {"kek", "tmk", Tr31KeyBlock::Usage::KeyEncryption},
    {"msk", "kek", Tr31KeyBlock::Usage::DataEncryption},
    {"tpk", "kek", Tr31KeyBlock::Usage::PinEncryption},
    {"tdk", "kek", Tr31KeyBlock::Usage::DataEncryption},
    {"mac", "kek", Tr31KeyBlock::Usage::Mac},
}};

QString blockProblem(Tr31KeyBlock::Error error)
{
    switch (error) {
    case Tr31KeyBlock::Error::MacMismatch:
        return KioskActivation::tr("it was altered or wrapped under another key");
    case Tr31KeyBlock::Error::UnexpectedKeyUsage:
        return KioskActivation::tr("it is meant for another use");
    case Tr31KeyBlock::Error::UnsupportedVersion:
    case Tr31KeyBlock::Error::UnsupportedHeader:
        return KioskActivation::tr("it is not an AES key block of TR-31 version D");
    default:
        return KioskActivation::tr("it is not a well-formed TR-31 key block");
    }
}

QString envelopeProblem(crypto::MskEnvelope::Error error)
{
    using Error = crypto::MskEnvelope::Error;
    switch (error) {
    case Error::KcvMismatch:
        return KioskActivation::tr("it was sealed under another MSK");
    case Error::BadPadding:
        return KioskActivation::tr("it does not decrypt under this terminal's MSK");
    case Error::CorruptGzip:
        return KioskActivation::tr("its compressed content is damaged");
    case Error::TooLarge:
        return KioskActivation::tr("it is too large");
    default:
        return KioskActivation::tr("it is not a well-formed MSK envelope");
    }
}

// A location as the config gives it: a name, or an object with a name and a city.
QString locationText(const QJsonValue &location)
{
    if (location.isString())
        return location.toString();
    QStringList parts;
    for (const char *field : {"name", "city"}) {
        const QString part = location[QLatin1String(field)].toString();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

KioskActivation::KioskActivation(PosClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{}

qint64 KioskActivation::now() const
{
    return m_clock.monotonicMs();
}

QString KioskActivation::stepName(Step step)
{
    switch (step) {
    case Step::Attest:
        return tr("Attestation");
    case Step::Keys:
        return tr("Keys");
    case Step::Config:
        return tr("Configuration");
    case Step::TerminalParameters:
        return tr("Terminal parameters");
    case Step::Activate:
        return tr("Activation");
    }
    return {};
}

QString KioskActivation::spanText(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return seconds % 60 == 0 ? tr("%n min", nullptr, int(seconds / 60))
                                 : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

qint64 KioskActivation::stepDurationMs(Step step) const
{
    const StepProgress &progress = m_steps[index(step)];
    return progress.state == StepState::Running ? now() - progress.startedMs : progress.durationMs;
}

int KioskActivation::tokenSecondsLeft() const
{
    return m_token.isEmpty() ? 0 : secondsRoundedUp(m_tokenDeadlineMs - now());
}

void KioskActivation::start()
{
    cancel();
    m_steps = {};
    m_terminal = {};
    m_reattestsLeft = 1;
    for (Step step : Steps)
        Q_EMIT stepChanged(step);
    run(Step::Attest);
}

void KioskActivation::retry()
{
    if (m_state != State::Failed || !m_failure)
        return;
    m_reattestsLeft = 1;
    run(m_failure->retryFrom);
}

void KioskActivation::cancel()
{
    ++m_generation;
    m_token.clear();
    m_keys.clear();
    m_failure.reset();
    publishTokenSecondsLeft();
    setState(State::Idle);
}

void KioskActivation::tick()
{
    publishTokenSecondsLeft();
}

void KioskActivation::run(Step step)
{
    if (!m_secrets) {
        fail(Step::Attest, tr("This terminal has no factory secrets (identity key and ZMK) to attest with."),
             std::nullopt, Step::Attest);
        return;
    }
    // Steps 6 to 8 need a live token; one that ran out would only earn a 4016.
    if (step != Step::Attest && tokenSecondsLeft() == 0) {
        if (m_reattestsLeft == 0) {
            fail(step,
                 tr("The attestation ran out before this step; Viopay allows %1 for the steps after it.")
                     .arg(spanText(m_tokenLifeSeconds)),
                 std::nullopt, Step::Attest);
            return;
        }
        --m_reattestsLeft;
        step = Step::Attest;
    }
    // Every step after this one is to be done again.
    for (int later = index(step); later < int(Steps.size()); ++later) {
        m_steps[later] = {};
        Q_EMIT stepChanged(Steps[later]);
    }
    m_failure.reset();
    setState(State::Running);
    m_steps[index(step)] = {StepState::Running, now(), 0};
    Q_EMIT stepChanged(step);
    switch (step) {
    case Step::Attest:
        attest();
        return;
    case Step::Keys:
        fetchKeys();
        return;
    case Step::Config:
        fetchConfig();
        return;
    case Step::TerminalParameters:
        fetchParameters();
        return;
    case Step::Activate:
        sendActivation();
        return;
    }
}

QDateTime KioskActivation::terminalTime() const
{
    return m_clock.utcNow().addSecs(m_clockOffsetSeconds);
}

void KioskActivation::attest()
{
    Attestation attestation;
    attestation.keyId = m_secrets->identityKeyId;
    attestation.timestamp = terminalTime().toString(Qt::ISODate).toLatin1(); // whole seconds, "Z"
    attestation.nonce = crypto::Hex::encode(crypto::RandomBytes::generate(NonceBytes));
    attestation.signature = crypto::AttestationSignature::sign(
        m_secrets->identitySecret, {m_client.device().deviceId().toLatin1(), attestation.keyId.toUtf8(),
                                    attestation.timestamp, attestation.nonce});
    m_sentTimestamp = attestation.timestamp;
    m_token.clear();
    const quint64 generation = m_generation;
    m_client.attest(attestation, this, [this, generation](const Result<AttestationGrant> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            onError(Step::Attest, *error);
            return;
        }
        const AttestationGrant &grant = std::get<AttestationGrant>(result);
        m_token = grant.token;
        m_tokenLifeSeconds = grant.expiresInSec;
        m_tokenDeadlineMs = now() + qint64(grant.expiresInSec) * 1000;
        finishStep(Step::Attest);
    });
}

void KioskActivation::fetchKeys()
{
    const quint64 generation = m_generation;
    m_client.keys(m_token, this, [this, generation](const Result<KeySetGrant> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            onError(Step::Keys, *error);
            return;
        }
        if (const auto problem = installKeys(std::get<KeySetGrant>(result))) {
            fail(Step::Keys, *problem, std::nullopt, Step::Keys);
            return;
        }
        finishStep(Step::Keys);
    });
}

std::optional<QString> KioskActivation::installKeys(const KeySetGrant &grant)
{
    m_keys.clear();
    QHash<QString, QByteArray> installed;
    for (const KeyRule &rule : KeyRules) {
        const auto wrapped = std::find_if(grant.keys.cbegin(), grant.keys.cend(),
                                          [&](const WrappedKey &key) { return key.name == QLatin1String(rule.name); });
        const QString name = QString::fromLatin1(rule.name).toUpper();
        if (wrapped == grant.keys.cend())
            return tr("The answer has no %1.").arg(name);
        if (wrapped->usage.toLatin1() != Tr31KeyBlock::usageName(rule.usage))
            return tr("The %1 is declared for \"%2\", not \"%3\".")
                .arg(name, wrapped->usage, QString::fromLatin1(Tr31KeyBlock::usageName(rule.usage)));
        const QByteArray kbpk = rule.parent ? installed.value(QLatin1String(rule.parent)) : m_secrets->zmk;
        const auto key = Tr31KeyBlock::unwrap(kbpk, wrapped->keyBlock, rule.usage);
        if (!key)
            return tr("The %1's key block could not be unwrapped: %2.").arg(name, blockProblem(key.error()));
        if (!crypto::Kcv::matches(*key, wrapped->kcv))
            return tr("The %1's check value %2 does not match the key it unwrapped.")
                .arg(name, QString::fromLatin1(wrapped->kcv));
        installed.insert(QLatin1String(rule.name), *key);
    }
    m_keys = installed;
    return std::nullopt;
}

void KioskActivation::fetchConfig()
{
    const quint64 generation = m_generation;
    m_client.config(m_token, this, [this, generation](const Result<SealedAnswer> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            onError(Step::Config, *error);
            return;
        }
        const SealedAnswer &answer = std::get<SealedAnswer>(result);
        const auto payload = crypto::MskEnvelope::open(m_keys.value(QStringLiteral("msk")), answer.envelope);
        if (!payload) {
            fail(Step::Config, tr("The configuration could not be opened: %1.").arg(envelopeProblem(payload.error())),
                 std::nullopt, Step::Keys);
            return;
        }
        Q_EMIT envelopesOpened(answer.traceId, {}, *payload);
        if (const auto problem = takeConfig(*payload)) {
            fail(Step::Config, *problem, std::nullopt, Step::Config);
            return;
        }
        finishStep(Step::Config);
    });
}

std::optional<QString> KioskActivation::takeConfig(const QByteArray &payload)
{
    const QJsonObject config = QJsonDocument::fromJson(payload).object();
    const QString terminalId = config.value(QLatin1String("terminal_id")).toString();
    if (terminalId.isEmpty())
        return tr("The configuration names no terminal id.");
    const QString deviceId = config.value(QLatin1String("device_id")).toString();
    if (!deviceId.isEmpty() && deviceId != m_client.device().deviceId())
        return tr("The configuration is for device %1, not this terminal.").arg(deviceId);
    const QJsonValue merchant = config.value(QLatin1String("merchant"));
    m_terminal.terminalId = terminalId;
    m_terminal.merchant = merchant.isString() ? merchant.toString() : merchant[QLatin1String("name")].toString();
    m_terminal.location = locationText(config.value(QLatin1String("location")));
    return std::nullopt;
}

void KioskActivation::fetchParameters()
{
    const quint64 generation = m_generation;
    m_client.terminalParameters(m_token, this, [this, generation](const Result<SealedAnswer> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            onError(Step::TerminalParameters, *error);
            return;
        }
        const SealedAnswer &answer = std::get<SealedAnswer>(result);
        const auto payload = crypto::MskEnvelope::open(m_keys.value(QStringLiteral("msk")), answer.envelope);
        if (!payload) {
            fail(Step::TerminalParameters,
                 tr("The terminal parameters could not be opened: %1.").arg(envelopeProblem(payload.error())),
                 std::nullopt, Step::TerminalParameters);
            return;
        }
        Q_EMIT envelopesOpened(answer.traceId, {}, *payload);
        QJsonParseError parseError{};
        QJsonDocument::fromJson(*payload, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(Step::TerminalParameters, tr("The terminal parameters are not JSON."), std::nullopt,
                 Step::TerminalParameters);
            return;
        }
        m_parametersSize = payload->size();
        finishStep(Step::TerminalParameters);
    });
}

void KioskActivation::sendActivation()
{
    const QJsonObject ready{{QLatin1String("emv_ready"), true},
                            {QLatin1String("keys_installed"), true},
                            {QLatin1String("network_ok"), true}};
    const QByteArray msk = m_keys.value(QStringLiteral("msk"));
    const QByteArray sealed = QJsonDocument(ready).toJson(QJsonDocument::Compact);
    const auto envelope = crypto::MskEnvelope::seal(msk, sealed);
    if (!envelope) { // no MSK: the keys are to be fetched again
        fail(Step::Activate, tr("This terminal holds no MSK to seal its answer with."), std::nullopt, Step::Keys);
        return;
    }
    const quint64 generation = m_generation;
    m_client.activate(m_token, *envelope, this, [this, generation, msk, sealed](const Result<SealedAnswer> &result) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&result)) {
            onError(Step::Activate, *error);
            return;
        }
        const SealedAnswer &sealedAnswer = std::get<SealedAnswer>(result);
        const auto payload = crypto::MskEnvelope::open(msk, sealedAnswer.envelope);
        Q_EMIT envelopesOpened(sealedAnswer.traceId, sealed, payload ? *payload : QByteArray());
        const QJsonObject answer = payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
        if (answer.value(QLatin1String("status")).toString() != QLatin1String("activated")) {
            fail(Step::Activate, tr("The answer to the activation does not say \"activated\"."), std::nullopt,
                 Step::Activate);
            return;
        }
        const QDateTime at =
            QDateTime::fromString(answer.value(QLatin1String("activated_at")).toString(), Qt::ISODate).toUTC();
        m_terminal.activatedAt = at.isValid() ? at : m_clock.utcNow();
        finishStep(Step::Activate);
    });
}

void KioskActivation::finishStep(Step step)
{
    StepProgress &progress = m_steps[index(step)];
    progress.state = StepState::Done;
    progress.durationMs = now() - progress.startedMs;
    Q_EMIT stepChanged(step);
    publishTokenSecondsLeft();
    if (step == Step::Activate) {
        m_token.clear(); // its work is done
        publishTokenSecondsLeft();
        qCInfo(lcActivation).noquote() << "activated as" << escapedForLog(m_terminal.terminalId);
        setState(State::Activated);
        return;
    }
    run(Steps[index(step) + 1]);
}

void KioskActivation::onError(Step step, const ApiError &error)
{
    qCInfo(lcActivation).noquote() << stepName(step) << "failed:" << escapedForLog(error.supportReference());
    // A token that ran out (or an order the server lost) is expected within 5 minutes' life:
    // attest again at once, once, rather than stop the terminal for it.
    const bool tokenRefused = isCode(error, ErrorCode::AttestationInvalid) || isCode(error, ErrorCode::StepOutOfOrder);
    if (tokenRefused && step != Step::Attest && m_reattestsLeft > 0) {
        --m_reattestsLeft;
        m_token.clear();
        run(Step::Attest);
        return;
    }
    if (step == Step::Activate && isCode(error, ErrorCode::AlreadyActivated)) {
        m_terminal.activatedAt = m_clock.utcNow(); // an earlier answer was lost on its way
        finishStep(Step::Activate);
        return;
    }
    const bool restartsAtAttest = tokenRefused || step == Step::Attest;
    fail(step, reasonFor(error), error, restartsAtAttest ? Step::Attest : step);
}

QString KioskActivation::reasonFor(const ApiError &error) const
{
    if (isCode(error, ErrorCode::AttestTimestamp))
        return skewReason(error);
    if (isCode(error, ErrorCode::AttestKeyUnknown))
        return tr("Viopay does not know this terminal's identity key %1, or has revoked it.")
            .arg(m_secrets ? m_secrets->identityKeyId : QString());
    if (isCode(error, ErrorCode::AttestNonceReplayed))
        return tr("Viopay has seen this attestation's nonce before.");
    if (isCode(error, ErrorCode::AttestSignature))
        return tr("The attestation's signature does not match this terminal's identity secret.");
    if (isCode(error, ErrorCode::AttestationInvalid))
        return tr("Viopay no longer accepts this terminal's attestation; it has to attest again.");
    if (isCode(error, ErrorCode::StepOutOfOrder))
        return tr("Viopay expected another step first; the terminal has to attest again.");
    if (isCode(error, ErrorCode::NotClaimed))
        return tr("Viopay says this terminal is not claimed by a merchant.");
    return error.userMessage();
}

QString KioskActivation::skewReason(const ApiError &error) const
{
    const QDateTime serverTime =
        QDateTime::fromString(error.details().value(QLatin1String("server_time")).toString(), Qt::ISODate);
    const QDateTime sent = QDateTime::fromString(QString::fromLatin1(m_sentTimestamp), Qt::ISODate);
    if (!serverTime.isValid() || !sent.isValid())
        return tr("This terminal's clock is too far from Viopay's; attestation allows 5 minutes behind and 1 minute "
                  "ahead.");
    const qint64 aheadSeconds = serverTime.secsTo(sent);
    if (aheadSeconds > 0)
        return tr("This terminal's clock is %1 ahead of Viopay's; attestation allows 1 minute.")
            .arg(spanText(aheadSeconds));
    return tr("This terminal's clock is %1 behind Viopay's; attestation allows 5 minutes.").arg(spanText(aheadSeconds));
}

void KioskActivation::fail(Step step, const QString &reason, const std::optional<ApiError> &error, Step retryFrom)
{
    StepProgress &progress = m_steps[index(step)];
    progress.durationMs = progress.state == StepState::Running ? now() - progress.startedMs : 0;
    progress.state = StepState::Failed;
    m_failure = Failure{step, reason, error, retryFrom};
    Q_EMIT stepChanged(step);
    setState(State::Failed);
}

void KioskActivation::publishTokenSecondsLeft()
{
    const int left = tokenSecondsLeft();
    if (left == m_lastTokenSecondsLeft)
        return;
    m_lastTokenSecondsLeft = left;
    Q_EMIT tokenSecondsLeftChanged(left);
}

void KioskActivation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace viopay
