#include "PosClient.h"

#include "JsonFields.h"

#include <array>

namespace viopay {

namespace {
constexpr int HeldStatusMarginMs = 10'000; // a held status request gets its wait plus this

std::optional<int> appliedWait(const QByteArray &preferenceApplied)
{
    const QByteArray value = preferenceApplied.trimmed();
    if (!value.startsWith("wait="))
        return std::nullopt;
    bool isNumber = false;
    const int seconds = value.mid(5).toInt(&isNumber);
    return isNumber ? std::optional<int>(seconds) : std::nullopt;
}

// The keys of POST /pos/keys, in the order a terminal unwraps them (ACTIVATION.md step 6).
constexpr std::array<const char *, 6> KeyNames{"tmk", "kek", "msk", "tpk", "tdk", "mac"};

std::optional<WrappedKey> parseKey(const QJsonObject &keys, const char *name, JsonFields &outer,
                                   const ApiResponse &response)
{
    const QString prefix = QStringLiteral("keys.%1.").arg(QLatin1String(name));
    const QJsonValue value = keys.value(QLatin1String(name));
    if (!value.isObject()) {
        outer.fail(QStringLiteral("The answer has no key \"%1\".").arg(prefix.chopped(1)));
        return std::nullopt;
    }
    JsonFields fields(value.toObject(), response.status, response.traceId, prefix);
    WrappedKey key;
    key.name = QLatin1String(name);
    key.keyId = fields.string("key_id");
    const QString block = fields.string("key_block");
    key.usage = fields.string("usage");
    key.kcv = fields.string("kcv").toLatin1();
    if (fields.error()) {
        outer.fail(fields.error()->message());
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(block.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        outer.fail(QStringLiteral("\"%1key_block\" in the answer is not base64.").arg(prefix));
        return std::nullopt;
    }
    key.keyBlock = decoded.decoded;
    return key;
}
} // namespace

PosClient::PosClient(HttpTransport &transport, DeviceIdentity device, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_device(std::move(device))
{}

ApiRequest PosClient::bootstrapRequest() const
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/pos/bootstrap");
    request.headers = m_device.headers();
    request.origin = ExchangeOrigin::terminal(m_device.deviceId());
    request.repeatable = true;
    return request;
}

ApiRequest PosClient::pairingCodeRequest() const
{
    ApiRequest request = bootstrapRequest();
    request.path = QStringLiteral("/pos/pairing-code");
    return request;
}

ApiRequest PosClient::statusRequest(const QByteArray &etag, int waitSeconds) const
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/pos/status"));
    request.headers = m_device.headers();
    request.origin = ExchangeOrigin::terminal(m_device.deviceId());
    if (!etag.isEmpty())
        request.headers.append({"If-None-Match", etag});
    if (waitSeconds > 0) {
        request.headers.append({"Prefer", "wait=" + QByteArray::number(waitSeconds)});
        request.heldMs = waitSeconds * 1000;
        request.timeoutMs = request.heldMs + HeldStatusMarginMs;
    }
    return request;
}

void PosClient::bootstrap(QObject *context, std::function<void(const Result<BootstrapInfo> &)> done)
{
    m_transport.send(bootstrapRequest(), context, parsedBy(&PosClient::parseBootstrap, std::move(done)));
}

void PosClient::requestPairingCode(QObject *context, std::function<void(const Result<PairingCodeGrant> &)> done)
{
    m_transport.send(pairingCodeRequest(), context, parsedBy(&PosClient::parsePairingCode, std::move(done)));
}

void PosClient::status(const QByteArray &etag, int waitSeconds, QObject *context,
                       std::function<void(const Result<DeviceStatus> &)> done)
{
    m_transport.send(statusRequest(etag, waitSeconds), context, parsedBy(&PosClient::parseStatus, std::move(done)));
}

ApiRequest PosClient::attestRequest(const Attestation &attestation) const
{
    ApiRequest request = bootstrapRequest();
    request.path = QStringLiteral("/pos/attest");
    request.repeatable = false; // a nonce is good once: a new attempt signs anew
    request.headers.append({PosHeader::KeyId, attestation.keyId.toUtf8()});
    request.headers.append({PosHeader::Timestamp, attestation.timestamp});
    request.headers.append({PosHeader::Nonce, attestation.nonce});
    request.headers.append({PosHeader::Signature, attestation.signature});
    return request;
}

ApiRequest PosClient::attestedRequest(const QString &path, const QString &token) const
{
    ApiRequest request = bootstrapRequest();
    request.path = path;
    request.repeatable = false; // each step moves the activation on; the session decides what to repeat
    request.headers.append({"Authorization", PosHeader::AttestationScheme + token.toUtf8()});
    return request;
}

ApiRequest PosClient::activateRequest(const QString &token, const QJsonObject &envelope) const
{
    ApiRequest request = ApiRequest::json("POST", QStringLiteral("/pos/activate"), envelope);
    const ApiRequest attested = attestedRequest(request.path, token);
    request.headers = attested.headers;
    request.origin = attested.origin;
    return request;
}

void PosClient::attest(const Attestation &attestation, QObject *context,
                       std::function<void(const Result<AttestationGrant> &)> done)
{
    m_transport.send(attestRequest(attestation), context, parsedBy(&PosClient::parseAttestation, std::move(done)));
}

void PosClient::keys(const QString &token, QObject *context, std::function<void(const Result<KeySetGrant> &)> done)
{
    m_transport.send(attestedRequest(QStringLiteral("/pos/keys"), token), context,
                     parsedBy(&PosClient::parseKeySet, std::move(done)));
}

void PosClient::config(const QString &token, QObject *context, std::function<void(const Result<SealedAnswer> &)> done)
{
    m_transport.send(attestedRequest(QStringLiteral("/pos/config"), token), context,
                     parsedBy(&PosClient::parseEnvelope, std::move(done)));
}

void PosClient::terminalParameters(const QString &token, QObject *context,
                                   std::function<void(const Result<SealedAnswer> &)> done)
{
    m_transport.send(attestedRequest(QStringLiteral("/pos/terminal-parameters"), token), context,
                     parsedBy(&PosClient::parseEnvelope, std::move(done)));
}

void PosClient::activate(const QString &token, const QJsonObject &envelope, QObject *context,
                         std::function<void(const Result<SealedAnswer> &)> done)
{
    m_transport.send(activateRequest(token, envelope), context, parsedBy(&PosClient::parseEnvelope, std::move(done)));
}

Result<AttestationGrant> PosClient::parseAttestation(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    AttestationGrant grant;
    grant.token = fields.string("attestation_token");
    const qint64 expiresInSec = fields.integer("expires_in_sec");
    if (fields.error())
        return *fields.error();
    if (grant.token.isEmpty()) {
        fields.fail(QStringLiteral("\"attestation_token\" in the answer is empty."));
        return *fields.error();
    }
    // The vendor's tokens live 5 minutes; beyond a day is a broken answer, not a life.
    if (expiresInSec <= 0 || expiresInSec > MaxCodeLifeSec) {
        fields.fail(QStringLiteral("\"expires_in_sec\" in the answer is not a token's life: %1").arg(expiresInSec));
        return *fields.error();
    }
    grant.expiresInSec = int(expiresInSec);
    return grant;
}

Result<KeySetGrant> PosClient::parseKeySet(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const QJsonObject keySet = fields.object("key_set");
    const QJsonObject keys = fields.object("keys");
    if (fields.error())
        return *fields.error();
    KeySetGrant grant;
    grant.keySetId = keySet.value(QLatin1String("key_set_id")).toString();
    for (const char *name : KeyNames) {
        const std::optional<WrappedKey> key = parseKey(keys, name, fields, response);
        if (!key)
            return *fields.error();
        grant.keys.append(*key);
    }
    return grant;
}

Result<SealedAnswer> PosClient::parseEnvelope(const ApiResponse &response)
{
    if (response.json.isEmpty()) {
        JsonFields fields(response.json, response.status, response.traceId);
        fields.fail(QStringLiteral("The answer is not an envelope."));
        return *fields.error();
    }
    return SealedAnswer{response.json, response.sentTraceId};
}

Result<BootstrapInfo> PosClient::parseBootstrap(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    BootstrapInfo info;
    const QString serverTime = fields.string("server_time");
    info.minSupportedVersion = fields.string("min_supported_version");
    info.serverTime = QDateTime::fromString(serverTime, Qt::ISODate).toUTC();
    if (!fields.error() && !info.serverTime.isValid())
        fields.fail(QStringLiteral("\"server_time\" in the answer is not an RFC 3339 time: %1").arg(serverTime));
    if (fields.error())
        return *fields.error();
    return info;
}

Result<PairingCodeGrant> PosClient::parsePairingCode(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const QString value = fields.string("pairing_code");
    const qint64 expiresInSec = fields.integer("expires_in_sec");
    if (fields.error())
        return *fields.error();
    CodeProblem problem;
    const std::optional<PairingCode> code = PairingCode::fromInput(value, &problem);
    if (!code || value != code->value()) {
        fields.fail(QStringLiteral("\"pairing_code\" in the answer is not a valid code: %1").arg(value));
        return *fields.error();
    }
    // A code lives 300 s; anything beyond a day is not a life but a broken answer, and would
    // overflow the kiosk's deadline (found by fuzzing).
    if (expiresInSec <= 0 || expiresInSec > MaxCodeLifeSec) {
        fields.fail(QStringLiteral("\"expires_in_sec\" in the answer is not a code's life: %1").arg(expiresInSec));
        return *fields.error();
    }
    return PairingCodeGrant{*code, int(expiresInSec)};
}

Result<DeviceStatus> PosClient::parseStatus(const ApiResponse &response)
{
    DeviceStatus status;
    status.etag = response.header("ETag");
    const std::optional<int> applied = appliedWait(response.header("Preference-Applied"));
    status.waitHonoured = applied.has_value();
    status.appliedWaitSeconds = applied.value_or(0);
    if (response.status == 304) {
        status.notModified = true;
        return status;
    }
    JsonFields fields(response.json, response.status, response.traceId);
    status.deviceStatus = fields.string("device_status");
    status.isClaimed = fields.boolean("is_claimed");
    status.pairingCodeStatus = fields.string("pairing_code_status");
    if (const auto expires = fields.optionalInteger("expires_in_sec")) {
        if (*expires < 0 || *expires > MaxCodeLifeSec)
            fields.fail(QStringLiteral("\"expires_in_sec\" in the answer is not a code's life: %1").arg(*expires));
        status.expiresInSec = int(qBound<qint64>(0, *expires, MaxCodeLifeSec));
    }
    if (const auto merchant = fields.optionalObject("merchant")) {
        JsonFields merchantFields(*merchant, response.status, response.traceId, QStringLiteral("merchant."));
        status.merchant = MerchantInfo{merchantFields.string("id"), merchantFields.string("name")};
        if (merchantFields.error())
            return *merchantFields.error();
    }
    if (fields.error())
        return *fields.error();
    return status;
}

} // namespace viopay
