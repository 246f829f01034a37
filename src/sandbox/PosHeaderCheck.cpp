#include "PosHeaderCheck.h"

#include "core/ErrorCode.h"

namespace viopay::sandbox {

namespace {
// Longer parts are not kept: the User-Agent is the client's to choose, and what is kept stays
// in every device record and the shared texts for as long as the sandbox runs.
constexpr qsizetype MaxUserAgentPartBytes = 64;

SandboxReply headerError(const char *message)
{
    return SandboxReply::error(400, ErrorCode::BadRequest, QString::fromLatin1(message));
}

bool isBlank(const std::optional<QByteArray> &header)
{
    return !header || header->trimmed().isEmpty();
}

void dropIfTooLong(QString *part)
{
    // No UTF-16 unit takes more than 3 bytes of UTF-8: most parts need no conversion to tell.
    if (part->size() * 3 > MaxUserAgentPartBytes && part->toUtf8().size() > MaxUserAgentPartBytes)
        part->clear();
}

bool isAsciiHexDigit(char symbol)
{
    return (symbol >= '0' && symbol <= '9') || (symbol >= 'a' && symbol <= 'f') || (symbol >= 'A' && symbol <= 'F');
}

// The usual id, read from its bytes in one allocation: "POS-" and 8 ASCII hex digits, upper-cased.
// nullopt for anything else, which DeviceIdentity then judges (same answers, more work).
std::optional<QString> canonicalAsciiDeviceId(QByteArrayView id)
{
    constexpr QByteArrayView Prefix("POS-");
    if (id.size() != Prefix.size() + 8 || !id.startsWith(Prefix))
        return std::nullopt;
    QString canonical(id.size(), Qt::Uninitialized);
    for (qsizetype index = 0; index < id.size(); ++index) {
        const char symbol = id.at(index);
        if (index >= Prefix.size() && !isAsciiHexDigit(symbol))
            return std::nullopt;
        canonical[index] = QLatin1Char(symbol >= 'a' && symbol <= 'f' ? char(symbol - 'a' + 'A') : symbol);
    }
    return canonical;
}

// Best-effort parsing: a part over the bound is treated as absent, so the last seen value stays.
UserAgentInfo boundedParts(UserAgentInfo userAgent)
{
    dropIfTooLong(&userAgent.appVersion);
    dropIfTooLong(&userAgent.os);
    dropIfTooLong(&userAgent.model);
    return userAgent;
}
} // namespace

std::optional<SandboxReply> PosHeaderCheck::check(const PosHeaders &headers, PosCaller *caller)
{
    if (isBlank(headers.deviceId))
        return headerError("X-Device-Id header is required");
    const QByteArray deviceIdHeader = headers.deviceId->trimmed();
    std::optional<QString> deviceId = canonicalAsciiDeviceId(deviceIdHeader);
    if (!deviceId)
        deviceId = DeviceIdentity::normalizeDeviceId(QString::fromUtf8(deviceIdHeader));
    if (!deviceId)
        return headerError("X-Device-Id header must be POS- followed by 8 hex digits");

    if (isBlank(headers.userAgent))
        return headerError("User-Agent header is required");
    std::optional<UserAgentInfo> userAgent = DeviceIdentity::parseUserAgent(QString::fromUtf8(*headers.userAgent));
    if (!userAgent)
        return headerError("User-Agent header must start with Viopay-POS/");

    if (isBlank(headers.clientType))
        return headerError("X-Client-Type header is required");
    if (headers.clientType->trimmed() != PosHeader::ClientTypePos)
        return headerError("X-Client-Type header must be pos");

    caller->deviceId = std::move(*deviceId);
    caller->userAgent = boundedParts(std::move(*userAgent));
    return std::nullopt;
}

} // namespace viopay::sandbox
