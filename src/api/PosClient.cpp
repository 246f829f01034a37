#include "PosClient.h"

#include "JsonFields.h"

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
