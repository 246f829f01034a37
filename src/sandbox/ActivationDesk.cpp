#include "ActivationDesk.h"

#include "BearerToken.h"
#include "FaultPlan.h"
#include "RequestBody.h"
#include "TerminalProfile.h"
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "crypto/AttestationSignature.h"
#include "crypto/Hmac.h"
#include "crypto/Kcv.h"
#include "crypto/MskEnvelope.h"
#include "crypto/RandomBytes.h"
#include "crypto/Tr31KeyBlock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace viopay::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcActivation, "viopay.sandbox.activation")

using crypto::Tr31KeyBlock;

constexpr int TokenLifeSeconds = int(ActivationDesk::TokenLifeMs / 1000);
constexpr qsizetype MaxKeyIdBytes = 64;
constexpr qsizetype MinNonceSize = 12;
constexpr qsizetype MaxNonceSize = 128;
constexpr int KeyBytes = 32; // AES-256
constexpr qsizetype MaxActivatePayload = 4096;
constexpr char TokenPrefix[] = "att_";
constexpr char SchemePrefix[] = "attestation ";

QString rfc3339(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs / 1000 * 1000, Qt::UTC).toString(Qt::ISODate);
}

SandboxReply badRequest(const QString &message)
{
    return SandboxReply::error(400, ErrorCode::BadRequest, message);
}

SandboxReply unauthorized(const char *code, const QString &message)
{
    return SandboxReply::error(401, code, message);
}

SandboxReply tooManyRequests(const QString &message, qint64 waitMs)
{
    return SandboxReply::error(ApiError::http(429, QString::fromLatin1(ErrorCode::TooManyRequests), message)
                                   .setRetryAfterSeconds(qMax(1, secondsRoundedUp(waitMs))));
}

bool isBlank(const std::optional<QByteArray> &header)
{
    return !header || header->trimmed().isEmpty();
}

bool isPrintableAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char symbol) { return symbol > ' ' && symbol < 0x7f; });
}

bool isAlphanumeric(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char symbol) {
        return (symbol >= '0' && symbol <= '9') || (symbol >= 'a' && symbol <= 'z') || (symbol >= 'A' && symbol <= 'Z');
    });
}

// RFC 3339 in UTC ("Z"), whole seconds or a fraction; nullopt for anything else.
std::optional<qint64> parseTimestamp(const QByteArray &text)
{
    static const QRegularExpression Form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,9})?[Zz]$"));
    const QRegularExpressionMatch match = Form.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    const QString milliseconds = match.captured(3).left(4); // the dot and at most 3 digits
    const QDateTime time = QDateTime::fromString(
        match.captured(1) + QLatin1Char('T') + match.captured(2) + milliseconds + QLatin1Char('Z'), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

// "v1=" and the base64 of 32 bytes: the form of X-Signature, judged before any secret is known.
bool isWellFormedSignature(const QByteArray &signature)
{
    if (!signature.startsWith("v1="))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(signature.mid(3), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == crypto::Hmac::Sha256Size;
}

// The token of "Authorization: Attestation att_..." (scheme case-insensitive).
std::optional<QByteArray> attestationToken(const std::optional<QByteArray> &authorization)
{
    if (!authorization)
        return std::nullopt;
    const QByteArray value = authorization->trimmed();
    if (value.size() <= qsizetype(sizeof(SchemePrefix) - 1) || !value.toLower().startsWith(SchemePrefix))
        return std::nullopt;
    const QByteArray token = value.mid(sizeof(SchemePrefix) - 1).trimmed();
    if (!token.startsWith(TokenPrefix))
        return std::nullopt;
    return token;
}

QJsonObject keyJson(const QString &keyId, const QByteArray &block, Tr31KeyBlock::Usage usage, const QByteArray &key)
{
    return {{QStringLiteral("key_id"), keyId},
            {QStringLiteral("key_block"), QString::fromLatin1(block.toBase64())},
            {QStringLiteral("usage"), QString::fromLatin1(Tr31KeyBlock::usageName(usage))},
            {QStringLiteral("kcv"), QString::fromLatin1(crypto::Kcv::of(key).value_or(QByteArray()))}};
}

SandboxReply sealingFailed()
{
    return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to seal the answer"));
}
} // namespace

ActivationDesk::ActivationDesk(Store &store)
    : m_store(store)
{}

std::optional<SandboxReply> ActivationDesk::checkAttestHeaders(const AttestHeaders &headers)
{
    if (isBlank(headers.keyId))
        return badRequest(QStringLiteral("X-Key-Id header is required"));
    const QByteArray keyId = headers.keyId->trimmed();
    if (keyId.size() > MaxKeyIdBytes || !isPrintableAscii(keyId))
        return badRequest(
            QStringLiteral("X-Key-Id header must be at most %1 printable ASCII characters").arg(MaxKeyIdBytes));
    if (isBlank(headers.timestamp))
        return badRequest(QStringLiteral("X-Timestamp header is required"));
    if (!parseTimestamp(headers.timestamp->trimmed()))
        return badRequest(QStringLiteral("X-Timestamp header must be an RFC 3339 UTC time, e.g. 2025-12-13T14:25:30Z"));
    if (isBlank(headers.nonce))
        return badRequest(QStringLiteral("X-Nonce header is required"));
    const QByteArray nonce = headers.nonce->trimmed();
    if (nonce.size() < MinNonceSize || nonce.size() > MaxNonceSize || !isAlphanumeric(nonce))
        return badRequest(
            QStringLiteral("X-Nonce header must be %1 to %2 letters or digits").arg(MinNonceSize).arg(MaxNonceSize));
    if (isBlank(headers.signature))
        return badRequest(QStringLiteral("X-Signature header is required"));
    if (!isWellFormedSignature(headers.signature->trimmed()))
        return badRequest(QStringLiteral("X-Signature header must be v1= and the base64 of an HMAC-SHA256"));
    return std::nullopt;
}

SandboxReply ActivationDesk::attest(const Store::Device &device, const AttestHeaders &headers, qint64 nowMs)
{
    if (device.claimedAtEpochMs == 0)
        return SandboxReply::error(409, ErrorCode::NotClaimed,
                                   QStringLiteral("The device is not claimed: pair it first"));
    DeviceState &state = m_devices[device.deviceId];
    forgetOldNonces(state, nowMs);

    const QByteArray keyId = headers.keyId->trimmed();
    const QByteArray timestamp = headers.timestamp->trimmed();
    const QByteArray nonce = headers.nonce->trimmed();
    if (device.factory.identityKeyRevoked || keyId != device.factory.identityKeyId.toLatin1())
        return failedAttest(state,
                            unauthorized(ErrorCode::AttestKeyUnknown,
                                         QStringLiteral("Unknown or revoked identity key for this device")),
                            nowMs);
    const TerminalDrill &drill = drillFor(device.deviceId);
    const qint64 serverMs = nowMs + qint64(drill.clockOffsetSec) * 1000;
    const qint64 timestampMs = *parseTimestamp(timestamp);
    if (timestampMs < serverMs - MaxPastMs || timestampMs > serverMs + MaxFutureMs) {
        SandboxReply reply = SandboxReply::error(
            ApiError::http(401, QString::fromLatin1(ErrorCode::AttestTimestamp),
                           QStringLiteral("X-Timestamp is outside the window (5 minutes past, 1 minute ahead)"))
                .setDetails({{QStringLiteral("server_time"), rfc3339(serverMs)}}));
        return failedAttest(state, std::move(reply), nowMs);
    }
    if (state.nonces.contains(nonce))
        return failedAttest(state,
                            unauthorized(ErrorCode::AttestNonceReplayed,
                                         QStringLiteral("X-Nonce was used before: send a fresh one per request")),
                            nowMs);
    const crypto::AttestationSignature::Fields fields{device.deviceId.toLatin1(), keyId, timestamp, nonce};
    if (crypto::AttestationSignature::verify(device.factory.identitySecret, fields, headers.signature->trimmed()) !=
        crypto::AttestationSignature::Verdict::Valid)
        return failedAttest(
            state, unauthorized(ErrorCode::AttestSignature, QStringLiteral("X-Signature does not match")), nowMs);
    if (const qint64 waitMs = state.failures.msUntilAllowed(nowMs); waitMs > 0)
        return tooManyRequests(QStringLiteral("Too many failed attestations for this device"), waitMs);
    if (state.nonceTimes.size() >= size_t(MaxNoncesPerDevice))
        return tooManyRequests(QStringLiteral("Too many attestations for this device"),
                               state.nonceTimes.front().first + NonceMemoryMs - nowMs);

    // A deep copy: the header may be a view into a request that is gone by the next one.
    const QByteArray kept(nonce.constData(), nonce.size());
    state.nonces.insert(kept);
    state.nonceTimes.emplace_back(nowMs, kept);
    const QByteArray token = TokenPrefix + BearerToken::generate();
    const int lifeSeconds = qMin(drill.attestationLifeSec, TokenLifeSeconds);
    state.attestation = Attestation{BearerToken::digest(token), nowMs + lifeSeconds * 1000LL, Step::Attested};
    return SandboxReply::json(200, {{QStringLiteral("status"), QStringLiteral("attested")},
                                    {QStringLiteral("attestation_token"), QString::fromLatin1(token)},
                                    {QStringLiteral("expires_in_sec"), lifeSeconds}});
}

SandboxReply ActivationDesk::failedAttest(DeviceState &state, SandboxReply reply, qint64 nowMs)
{
    state.failures.record(nowMs);
    return reply;
}

void ActivationDesk::forgetOldNonces(DeviceState &state, qint64 nowMs)
{
    while (!state.nonceTimes.empty() && state.nonceTimes.front().first + NonceMemoryMs <= nowMs) {
        state.nonces.remove(state.nonceTimes.front().second);
        state.nonceTimes.pop_front();
    }
}

ActivationDesk::Attestation *ActivationDesk::authorise(const Store::Device &device, const ActivationRequest &request,
                                                       Step step, qint64 nowMs, SandboxReply *error)
{
    const std::optional<QByteArray> token = attestationToken(request.authorization);
    const auto state = m_devices.find(device.deviceId);
    Attestation *attestation = state == m_devices.end() || !state->attestation ? nullptr : &state->attestation.value();
    if (attestation && attestation->expiresMs <= nowMs) {
        state->attestation.reset();
        attestation = nullptr;
    }
    if (!token || !attestation || !crypto::Hmac::equal(BearerToken::digest(*token), attestation->tokenDigest)) {
        *error = unauthorized(ErrorCode::AttestationInvalid,
                              QStringLiteral("A valid attestation token of this device is required "
                                             "(Authorization: Attestation att_...): attest first"));
        return nullptr;
    }
    const int done = int(attestation->done);
    if (done != int(step) - 1 && done != int(step)) {
        *error = SandboxReply::error(409, ErrorCode::StepOutOfOrder,
                                     QStringLiteral("Activation steps go in order: attest, keys, config, terminal "
                                                    "parameters, activate"));
        return nullptr;
    }
    return attestation;
}

SandboxReply ActivationDesk::keys(Store::Device &device, const ActivationRequest &request, qint64 nowMs)
{
    SandboxReply error;
    Attestation *attestation = authorise(device, request, Step::Keys, nowMs, &error);
    if (!attestation)
        return error;

    struct Issued {
        const char *name;
        Tr31KeyBlock::Usage usage;
        QByteArray key;
        QByteArray block;
    };
    using Usage = Tr31KeyBlock::Usage;
    Issued tmk{"tmk", Usage::KeyEncryption, crypto::RandomBytes::generate(KeyBytes), {}};
    Issued kek{"kek", Usage::KeyEncryption, crypto::RandomBytes::generate(KeyBytes), {}};
    Issued underKek[] = {{"msk", Usage::DataEncryption, crypto::RandomBytes::generate(KeyBytes), {}},
                         {"tpk", Usage::PinEncryption, crypto::RandomBytes::generate(KeyBytes), {}},
                         {"tdk", Usage::DataEncryption, crypto::RandomBytes::generate(KeyBytes), {}},
                         {"mac", Usage::Mac, crypto::RandomBytes::generate(KeyBytes), {}}};
    // The corrupted-key-block drill wraps another key than the one whose KCV is reported.
    const QString corrupt = drillFor(device.deviceId).corruptKeyBlock;
    const auto wrap = [&corrupt](const QByteArray &kbpk, Issued &issued) {
        const bool corrupted = corrupt == QLatin1String(issued.name);
        const QByteArray wrapped = corrupted ? crypto::RandomBytes::generate(KeyBytes) : issued.key;
        const auto block = Tr31KeyBlock::wrap(kbpk, issued.usage, wrapped);
        issued.block = block.value_or(QByteArray());
        return block.ok();
    };
    bool wrapped = wrap(device.factory.zmk, tmk) && wrap(tmk.key, kek);
    for (Issued &issued : underKek)
        wrapped = wrapped && wrap(kek.key, issued);
    if (!wrapped) {
        qCWarning(lcActivation) << "Cannot wrap the keys of" << device.deviceId;
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to issue the keys"));
    }

    const QDateTime issuedAt = QDateTime::fromMSecsSinceEpoch(nowMs / 1000 * 1000, Qt::UTC);
    const QString keySetId =
        QStringLiteral("ks-") + QString::fromLatin1(crypto::RandomBytes::generate(8).toHex().toUpper());
    const Store::KeySet keySet{keySetId, issuedAt.toMSecsSinceEpoch(), issuedAt.addYears(1).toMSecsSinceEpoch(),
                               underKek[0].key, false};
    if (!m_store.saveKeySet(device.deviceId, keySet))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to issue the keys"));
    device.keySet = keySet;
    attestation->done = Step::Keys;

    QJsonObject keys;
    for (const Issued *issued : {&tmk, &kek, &underKek[0], &underKek[1], &underKek[2], &underKek[3]}) {
        const QString name = QLatin1String(issued->name);
        keys.insert(name, keyJson(keySetId + QLatin1Char('-') + name, issued->block, issued->usage, issued->key));
    }
    return SandboxReply::json(
        200, {{QStringLiteral("key_set"), QJsonObject{{QStringLiteral("key_set_id"), keySetId},
                                                      {QStringLiteral("issued_at"), rfc3339(keySet.issuedEpochMs)},
                                                      {QStringLiteral("expires_at"), rfc3339(keySet.expiresEpochMs)}}},
              {QStringLiteral("transport"), QJsonObject{{QStringLiteral("format"), QStringLiteral("TR31")},
                                                        {QStringLiteral("encryption"), QStringLiteral("AES-256")},
                                                        {QStringLiteral("wrapped_under"), QStringLiteral("kek")}}},
              {QStringLiteral("keys"), keys}});
}

SandboxReply ActivationDesk::config(const Store::Device &device, const Store::Merchant &merchant,
                                    const ActivationRequest &request, qint64 nowMs)
{
    SandboxReply error;
    Attestation *attestation = authorise(device, request, Step::Config, nowMs, &error);
    if (!attestation)
        return error;
    if (auto failure = drilledFailure(drillFor(device.deviceId).configErrorCode))
        return *failure;
    const QByteArray payload = QJsonDocument(TerminalProfile::config(device, merchant)).toJson(QJsonDocument::Compact);
    const auto envelope = crypto::MskEnvelope::seal(device.keySet.msk, payload);
    if (!envelope)
        return sealingFailed();
    attestation->done = Step::Config;
    return SandboxReply::json(200, *envelope);
}

SandboxReply ActivationDesk::terminalParameters(const Store::Device &device, const ActivationRequest &request,
                                                qint64 nowMs)
{
    SandboxReply error;
    Attestation *attestation = authorise(device, request, Step::TerminalParameters, nowMs, &error);
    if (!attestation)
        return error;
    const auto envelope =
        crypto::MskEnvelope::sealChunked(device.keySet.msk, TerminalProfile::terminalParameters(device.deviceId));
    if (!envelope)
        return sealingFailed();
    attestation->done = Step::TerminalParameters;
    return SandboxReply::json(200, *envelope);
}

SandboxReply ActivationDesk::activate(Store::Device &device, const ActivationRequest &request, qint64 nowMs)
{
    SandboxReply error;
    Attestation *attestation = authorise(device, request, Step::Activate, nowMs, &error);
    if (!attestation)
        return error;
    if (auto failure = drilledFailure(drillFor(device.deviceId).activateErrorCode))
        return *failure;
    const std::optional<QJsonObject> envelope = RequestBody::decodeJson(request.body, request.contentType, &error);
    if (!envelope)
        return error;
    const auto payload = crypto::MskEnvelope::open(device.keySet.msk, *envelope, MaxActivatePayload);
    if (!payload)
        return RequestBody::invalid(QStringLiteral("the body must be an MSK envelope under this device's MSK"));
    QString problem;
    const std::optional<QJsonObject> readiness = RequestBody::jsonObject(*payload, &problem);
    if (!readiness)
        return RequestBody::invalid(QStringLiteral("the envelope must hold a JSON object: %1").arg(problem));
    for (const char *field : {"emv_ready", "keys_installed", "network_ok"}) {
        const QJsonValue value = readiness->value(QLatin1String(field));
        if (value.isUndefined())
            return RequestBody::invalid(QStringLiteral("%1 is required").arg(QLatin1String(field)));
        if (!value.isBool())
            return RequestBody::invalid(QStringLiteral("%1 must be a boolean").arg(QLatin1String(field)));
        if (!value.toBool())
            return RequestBody::invalid(QStringLiteral("%1 must be true to activate").arg(QLatin1String(field)));
    }
    if (device.activatedAtEpochMs != 0)
        return SandboxReply::error(409, ErrorCode::AlreadyActivated, QStringLiteral("Device is already activated"));

    Store::Device record = device;
    record.activatedAtEpochMs = nowMs;
    ++record.stateVersion;
    if (!m_store.updateDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to activate the device"));
    device = std::move(record);
    attestation->done = Step::Activate;
    const QByteArray answer = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("activated")},
                                                        {QStringLiteral("activated_at"), rfc3339(nowMs)}})
                                  .toJson(QJsonDocument::Compact);
    const auto sealed = crypto::MskEnvelope::seal(device.keySet.msk, answer);
    if (!sealed)
        return sealingFailed();
    return SandboxReply::json(200, *sealed);
}

qint64 ActivationDesk::deviceTimeMs(const QString &deviceId, qint64 nowMs) const
{
    return nowMs + qint64(drillFor(deviceId).clockOffsetSec) * 1000;
}

const TerminalDrill &ActivationDesk::drillFor(const QString &deviceId) const
{
    static const TerminalDrill none;
    const auto drill = m_drills.constFind(deviceId);
    return drill == m_drills.constEnd() ? none : *drill;
}

std::optional<SandboxReply> ActivationDesk::drilledFailure(const QString &errorCode)
{
    if (errorCode.isEmpty())
        return std::nullopt;
    return FaultPlan::injectedError(errorCode);
}

void ActivationDesk::forget(const QString &deviceId)
{
    const auto state = m_devices.find(deviceId);
    if (state != m_devices.end())
        state->attestation.reset();
}

} // namespace viopay::sandbox
