#include "PairingRegistry.h"

#include "FactorySecrets.h"
#include "MerchantAuthority.h"
#include "PosHeaderCheck.h"
#include "RequestBody.h"
#include "SlidingWindowLimit.h"
#include "Store.h"
#include "core/ApiError.h"
#include "core/ClaimLimits.h"
#include "core/Clock.h"
#include "core/DeviceIdentity.h"
#include "core/ErrorCode.h"
#include "core/PairingCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <deque>
#include <functional>
#include <iterator>
#include <queue>
#include <utility>
#include <vector>

namespace viopay::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcRegistry, "viopay.sandbox.registry")

constexpr qint64 CodeLifeMs = 300'000;
constexpr int CodeLifeSeconds = int(CodeLifeMs / 1000);
constexpr int CodesPerWindow = 10;
constexpr qint64 CodeWindowMs = 60'000;
constexpr int FailedClaimLimit = ClaimLimits::FailedClaims;
constexpr qint64 FailedClaimWindowMs = ClaimLimits::FailedClaimWindowMs;
constexpr int CodeGenerationAttempts = 16;
constexpr qsizetype MaxInternedTexts = 4096;
constexpr char MinSupportedVersion[] = "1.3.5";
// The pairing-code answer as QJsonDocument writes it (keys sorted); a code is 6 symbols of the
// alphabet, which need no escaping.
constexpr char PairingCodeBodyStart[] = "{\"expires_in_sec\":300,\"pairing_code\":\"";
constexpr char PairingCodeBodyEnd[] = "\"}";
static_assert(CodeLifeSeconds == 300, "PairingCodeBodyStart spells the code's life out");
constexpr int StatusBodyPendingKey = 1000; // above every key of a state without a pending code

// Live and replaced codes are keyed by number: hashing a QString per lookup cost more than the
// lookup. Every code kept is valid; NoCodeKey stands for the empty one and matches none.
constexpr quint32 NoCodeKey = 0xffffffff;
quint32 codeKey(const QString &code)
{
    return PairingCode::number(code).value_or(NoCodeKey);
}

QString rfc3339(qint64 epochMs)
{
    return QDateTime::fromSecsSinceEpoch(epochMs / 1000, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isClaimed(const Store::Device &device)
{
    return device.claimedAtEpochMs != 0;
}

bool isActivated(const Store::Device &device)
{
    return device.activatedAtEpochMs != 0;
}

QString deviceStatusName(const Store::Device &device)
{
    if (isActivated(device))
        return QStringLiteral("activated");
    return isClaimed(device) ? QStringLiteral("claimed") : QStringLiteral("inactive");
}

SandboxReply tooManyRequests(const QString &message, qint64 waitMs)
{
    return SandboxReply::error(ApiError::http(429, QString::fromLatin1(ErrorCode::TooManyRequests), message)
                                   .setRetryAfterSeconds(qMax(1, secondsRoundedUp(waitMs))));
}

// "\"<version>\"", built in one allocation.
QByteArray entityTag(quint64 version)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), version);
    const qsizetype length = end.ptr - digits;
    QByteArray tag(length + 2, '"');
    std::copy(digits, end.ptr, tag.begin() + 1);
    return tag;
}

// A normalised device id ("POS-" and 8 upper-case hex digits) as the number it spells: a cheaper
// hash key than its text, which a lookup of every POS request had to hash and compare.
std::optional<quint32> deviceNumber(QStringView deviceId)
{
    constexpr QLatin1String Prefix("POS-");
    constexpr qsizetype HexDigits = 8;
    if (deviceId.size() != Prefix.size() + HexDigits || !deviceId.startsWith(Prefix))
        return std::nullopt;
    quint32 number = 0;
    for (const QChar symbol : deviceId.sliced(Prefix.size())) {
        const char16_t unit = symbol.unicode();
        if (unit >= u'0' && unit <= u'9')
            number = number << 4 | quint32(unit - u'0');
        else if (unit >= u'A' && unit <= u'F')
            number = number << 4 | quint32(unit - u'A' + 10);
        else
            return std::nullopt;
    }
    return number;
}

SandboxReply deviceNotProvisioned()
{
    return SandboxReply::error(404, ErrorCode::DeviceNotProvisioned, QStringLiteral("Device not provisioned"));
}

SandboxReply codeNotFound()
{
    return SandboxReply::error(404, ErrorCode::CodeNotFound, QStringLiteral("Pairing code not found or expired"));
}

} // namespace

struct PairingRegistry::Private {
    struct DeviceState {
        Store::Device record;
        SlidingWindowLimit codeIssues{CodesPerWindow, CodeWindowMs};
    };

    // A code's end of life; stale once the device's code changed (replaced, released, expired).
    struct ExpiryEntry {
        qint64 dueMs;
        DeviceState *device;
    };

    static bool laterDue(const ExpiryEntry &a, const ExpiryEntry &b) { return a.dueMs > b.dueMs; }

    // A replaced code's original end of life and its normalised value.
    using ReplacedEntry = std::pair<qint64, quint32>; // end of life, code number

    static bool isLiveEntry(const ExpiryEntry &entry)
    {
        const Store::Device &record = entry.device->record;
        return record.codeExpiresEpochMs == entry.dueMs &&
               (record.codeStatus == Store::CodeStatus::Pending || record.codeStatus == Store::CodeStatus::Used);
    }

    Private(Store &store, const Clock &clock)
        : store(store)
        , clock(clock)
        , authority(store, clock.utcNow().toMSecsSinceEpoch())
        , activation(store)
    {}

    Store &store;
    const Clock &clock;
    MerchantAuthority authority;
    ActivationDesk activation;
    QHash<QString, Store::Merchant> merchants;
    std::deque<DeviceState> deviceStorage; // a deque keeps every DeviceState at its address
    QHash<quint32, DeviceState *> devices; // by deviceNumber(); no other id is ever looked up
    QHash<QString, std::vector<DeviceState *>> devicesByMerchant;
    // Codes within their 300 s life (pending or used), by value: a claim is one hash lookup.
    QHash<quint32, DeviceState *> liveCodes; // by codeKey()
    // A min-heap on due time; stale entries are skipped and compacted away.
    mutable std::vector<ExpiryEntry> expiryHeap;
    QHash<QString, SlidingWindowLimit> failedClaims; // by merchant id
    // Codes replaced within their life, by value, until that life ends: anyone who knows a device
    // id may replace its code, so a merchant typing the replaced one has not guessed. Bounded by
    // the code rate limit (10 per device per 60 s); a min-heap on end of life prunes them.
    QHash<quint32, qint64> replacedCodes; // by codeKey()
    std::priority_queue<ReplacedEntry, std::vector<ReplacedEntry>, std::greater<>> replacedDue;
    QSet<QString> internedTexts; // models, merchant ids, OS and versions repeat across devices
    std::function<void(const QString &)> listener;
    struct StatusBody {
        QJsonObject json;
        QByteArray serialized;
    };
    mutable QHash<int, StatusBody> statusBodies; // see cachedStatusBody()

    qint64 nowMs() const { return clock.utcNow().toMSecsSinceEpoch(); }

    // Shares one copy of a repeated text; capped, because User-Agents are the client's to choose.
    QString intern(const QString &text)
    {
        const auto existing = internedTexts.constFind(text);
        if (existing != internedTexts.constEnd())
            return *existing;
        if (internedTexts.size() < MaxInternedTexts)
            internedTexts.insert(text);
        return text;
    }

    void load()
    {
        for (const Store::Merchant &merchant : store.merchants())
            merchants.insert(merchant.id, merchant);
        const qint64 now = nowMs();
        for (Store::Device &record : store.devices())
            addDevice(std::move(record), now);
    }

    // A used code past its life is only history (the status stays "used"), so it is not looked up.
    DeviceState *addDevice(Store::Device record, qint64 nowMs)
    {
        record.merchantId = intern(record.merchantId);
        record.model = intern(record.model);
        record.os = intern(record.os);
        record.appVersion = intern(record.appVersion);
        DeviceState &state = deviceStorage.emplace_back();
        state.record = std::move(record);
        if (const std::optional<quint32> number = deviceNumber(state.record.deviceId))
            devices.insert(*number, &state);
        devicesByMerchant[state.record.merchantId].push_back(&state);
        const Store::CodeStatus status = state.record.codeStatus;
        const bool withinLife = state.record.codeExpiresEpochMs > nowMs;
        if (status == Store::CodeStatus::Pending || (status == Store::CodeStatus::Used && withinLife)) {
            liveCodes.insert(codeKey(state.record.pairingCode), &state);
            scheduleExpiry(&state);
        }
        return &state;
    }

    DeviceState *device(const QString &deviceId) const
    {
        const std::optional<quint32> number = deviceNumber(deviceId);
        return number ? devices.value(*number) : nullptr;
    }

    void notify(const QString &deviceId) const
    {
        if (listener)
            listener(deviceId);
    }

    void scheduleExpiry(DeviceState *device)
    {
        expiryHeap.push_back({device->record.codeExpiresEpochMs, device});
        std::push_heap(expiryHeap.begin(), expiryHeap.end(), laterDue);
        if (expiryHeap.size() > 2 * static_cast<size_t>(liveCodes.size()) + 1024)
            compactExpiries();
    }

    void compactExpiries()
    {
        expiryHeap.erase(std::remove_if(expiryHeap.begin(), expiryHeap.end(),
                                        [](const ExpiryEntry &entry) { return !isLiveEntry(entry); }),
                         expiryHeap.end());
        std::make_heap(expiryHeap.begin(), expiryHeap.end(), laterDue);
    }

    void dropStaleExpiries() const
    {
        while (!expiryHeap.empty() && !isLiveEntry(expiryHeap.front())) {
            std::pop_heap(expiryHeap.begin(), expiryHeap.end(), laterDue);
            expiryHeap.pop_back();
        }
    }

    void forgetCode(DeviceState *device)
    {
        const auto live = liveCodes.constFind(codeKey(device->record.pairingCode));
        if (live != liveCodes.constEnd() && *live == device)
            liveCodes.erase(live);
    }

    void rememberReplaced(const Store::Device &previous)
    {
        if (previous.codeStatus != Store::CodeStatus::Pending)
            return;
        const quint32 key = codeKey(previous.pairingCode);
        replacedCodes.insert(key, previous.codeExpiresEpochMs);
        replacedDue.push({previous.codeExpiresEpochMs, key});
    }

    void forgetReplacedPastTheirLife(qint64 nowMs)
    {
        while (!replacedDue.empty() && replacedDue.top().first <= nowMs) {
            const auto &[dueMs, code] = replacedDue.top();
            const auto replaced = replacedCodes.constFind(code);
            if (replaced != replacedCodes.constEnd() && *replaced == dueMs) // not a later replacement of that value
                replacedCodes.erase(replaced);
            replacedDue.pop();
        }
    }

    // Pending codes past their life expire (each a state change); used codes past their life
    // leave the lookup, so a late claim answers 404/4041.
    void applyDueExpiries(qint64 nowMs)
    {
        forgetReplacedPastTheirLife(nowMs);
        std::vector<const DeviceState *> expired;
        QList<Store::Device> records;
        for (dropStaleExpiries(); !expiryHeap.empty() && expiryHeap.front().dueMs <= nowMs; dropStaleExpiries()) {
            DeviceState *device = expiryHeap.front().device;
            std::pop_heap(expiryHeap.begin(), expiryHeap.end(), laterDue);
            expiryHeap.pop_back();
            forgetCode(device);
            if (device->record.codeStatus == Store::CodeStatus::Used)
                continue;
            device->record.codeStatus = Store::CodeStatus::Expired;
            ++device->record.stateVersion;
            records.append(device->record);
            expired.push_back(device);
        }
        if (expired.empty())
            return;
        // The expiry happened whether or not the write succeeds: a restart re-derives it from the
        // stored deadline, so memory goes ahead rather than keeping a dead code claimable.
        if (!store.updateDevices(records))
            qCWarning(lcRegistry) << "Could not store" << records.size() << "code expiries";
        for (const DeviceState *device : expired)
            notify(device->record.deviceId);
    }

    // Keeps the version and OS a device's User-Agent reports; the provisioned model stays.
    void rememberUserAgent(DeviceState *device, const UserAgentInfo &userAgent)
    {
        const Store::Device &current = device->record;
        const bool newOs = !userAgent.os.isEmpty() && userAgent.os != current.os;
        const bool newVersion = !userAgent.appVersion.isEmpty() && userAgent.appVersion != current.appVersion;
        if (!newOs && !newVersion)
            return;
        Store::Device record = current;
        if (newOs)
            record.os = intern(userAgent.os);
        if (newVersion)
            record.appVersion = intern(userAgent.appVersion);
        if (!store.updateDevice(record)) {
            qCWarning(lcRegistry) << "Could not store the last seen User-Agent of" << record.deviceId;
            return;
        }
        device->record = std::move(record);
    }

    // The common start of the POS calls: due expiries, headers (the device's, then those of
    // attestHeaders when given), device, last seen values.
    DeviceState *posDevice(const PosHeaders &headers, SandboxReply *error, const AttestHeaders *attestHeaders = nullptr)
    {
        applyDueExpiries(nowMs());
        PosCaller caller;
        std::optional<SandboxReply> headerError = PosHeaderCheck::check(headers, &caller);
        if (!headerError && attestHeaders)
            headerError = ActivationDesk::checkAttestHeaders(*attestHeaders);
        if (headerError) {
            *error = std::move(*headerError);
            return nullptr;
        }
        DeviceState *state = device(caller.deviceId);
        if (!state) {
            *error = deviceNotProvisioned();
            return nullptr;
        }
        rememberUserAgent(state, caller.userAgent);
        return state;
    }

    // The common start of merchant-scoped calls: 401/4010 token, then 401/4011 session.
    std::optional<Store::SignIn> merchantSignIn(const MerchantRequest &request, bool requireSession,
                                                SandboxReply *error)
    {
        const qint64 now = nowMs();
        applyDueExpiries(now);
        std::optional<Store::SignIn> signIn = authority.signInFor(request.authorization, now);
        if (!signIn) {
            *error =
                SandboxReply::error(401, ErrorCode::Unauthorized, QStringLiteral("A valid bearer token is required"));
            return std::nullopt;
        }
        if (requireSession && signIn->sessionHost.isEmpty()) {
            *error = SandboxReply::error(401, ErrorCode::NoSession,
                                         QStringLiteral("No session: call POST /session/initiate first"));
            return std::nullopt;
        }
        return signIn;
    }

    std::optional<QString> uniqueCode() const
    {
        for (int attempt = 0; attempt < CodeGenerationAttempts; ++attempt) {
            QString code = PairingCode::generate().value();
            if (!liveCodes.contains(codeKey(code)))
                return code;
        }
        return std::nullopt;
    }

    QJsonObject merchantJson(const QString &merchantId) const
    {
        return {{QStringLiteral("id"), merchantId}, {QStringLiteral("name"), merchants.value(merchantId).name}};
    }

    static QJsonObject statusBody(const Store::Device &record, std::optional<int> expiresInSec)
    {
        QJsonObject body{{QStringLiteral("device_status"), deviceStatusName(record)},
                         {QStringLiteral("is_claimed"), isClaimed(record)},
                         {QStringLiteral("pairing_code_status"), Store::codeStatusName(record.codeStatus)}};
        if (expiresInSec)
            body.insert(QStringLiteral("expires_in_sec"), *expiresInSec);
        return body;
    }

    // A status body takes few forms: one per state, and one per remaining second while a code is
    // pending. Each is built and serialised once, as building JSON took much of a status request.
    const StatusBody &cachedStatusBody(const Store::Device &record, std::optional<int> expiresInSec) const
    {
        const int key = expiresInSec ? StatusBodyPendingKey + *expiresInSec
                                     : (int(isClaimed(record)) + int(isActivated(record))) * 8 + int(record.codeStatus);
        auto cached = statusBodies.find(key);
        if (cached == statusBodies.end()) {
            const QJsonObject body = statusBody(record, expiresInSec);
            cached = statusBodies.insert(key, {body, QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        return *cached;
    }

    SandboxReply statusReply(const Store::Device &record, qint64 nowMs) const
    {
        std::optional<int> expiresInSec;
        if (record.codeStatus == Store::CodeStatus::Pending)
            expiresInSec = secondsRoundedUp(record.codeExpiresEpochMs - nowMs);
        SandboxReply reply;
        // A wall clock set back can leave more than a code's life: such a body is not kept.
        if (expiresInSec.value_or(0) <= CodeLifeSeconds) {
            const StatusBody &body = cachedStatusBody(record, expiresInSec);
            reply.body = body.json;
            reply.rawBody = body.serialized;
        } else {
            reply.body = statusBody(record, expiresInSec);
        }
        reply.setHeader(QByteArrayLiteral("ETag"), entityTag(record.stateVersion));
        return reply;
    }

    QJsonObject adminDeviceJson(const Store::Device &record, qint64 nowMs) const
    {
        const bool pending = record.codeStatus == Store::CodeStatus::Pending;
        return {{QStringLiteral("device_id"), record.deviceId},
                {QStringLiteral("merchant_id"), record.merchantId},
                {QStringLiteral("model"), record.model},
                {QStringLiteral("device_status"), deviceStatusName(record)},
                {QStringLiteral("pairing_code"), textOrNull(record.pairingCode)},
                {QStringLiteral("pairing_code_status"), Store::codeStatusName(record.codeStatus)},
                {QStringLiteral("expires_in_sec"), pending
                                                       ? QJsonValue(secondsRoundedUp(record.codeExpiresEpochMs - nowMs))
                                                       : QJsonValue(QJsonValue::Null)}};
    }

    void recordFailedClaim(const QString &merchantId, qint64 nowMs)
    {
        auto failures = failedClaims.find(merchantId);
        if (failures == failedClaims.end())
            failures = failedClaims.insert(merchantId, SlidingWindowLimit(FailedClaimLimit, FailedClaimWindowMs));
        failures->record(nowMs);
    }

    qint64 claimLockoutMs(const QString &merchantId, qint64 nowMs) const
    {
        const auto failures = failedClaims.constFind(merchantId);
        return failures == failedClaims.constEnd() ? 0 : failures->msUntilAllowed(nowMs);
    }
};

PairingRegistry::PairingRegistry(Store &store, const Clock &clock)
    : d(std::make_unique<Private>(store, clock))
{
    d->load();
}

PairingRegistry::~PairingRegistry() = default;

SandboxReply PairingRegistry::bootstrap(const PosHeaders &headers)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    const qint64 serverMs = d->activation.deviceTimeMs(device->record.deviceId, d->nowMs());
    return SandboxReply::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("server_time"), rfc3339(serverMs)},
                                    {QStringLiteral("min_supported_version"), QLatin1String(MinSupportedVersion)}});
}

SandboxReply PairingRegistry::requestPairingCode(const PosHeaders &headers)
{
    SandboxReply error;
    Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    if (isClaimed(device->record))
        return SandboxReply::error(409, ErrorCode::AlreadyClaimed, QStringLiteral("Device is already claimed"));
    const qint64 now = d->nowMs();
    if (const qint64 waitMs = device->codeIssues.msUntilAllowed(now); waitMs > 0)
        return tooManyRequests(QStringLiteral("Too many pairing codes requested for this device"), waitMs);

    const std::optional<QString> code = d->uniqueCode();
    Store::Device record = device->record;
    if (code) {
        record.pairingCode = *code;
        record.codeStatus = Store::CodeStatus::Pending;
        record.codeExpiresEpochMs = now + CodeLifeMs;
        ++record.stateVersion;
    }
    if (!code || !d->store.updateDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to create pairing code"));

    d->forgetCode(device); // the previous code, if any, is replaced at once
    d->rememberReplaced(device->record);
    device->record = std::move(record);
    const quint32 key = codeKey(*code);
    d->replacedCodes.remove(key); // live again: a claim finds it
    d->liveCodes.insert(key, device);
    d->scheduleExpiry(device);
    device->codeIssues.record(now);
    d->notify(device->record.deviceId);
    SandboxReply reply = SandboxReply::json(
        200, {{QStringLiteral("pairing_code"), *code}, {QStringLiteral("expires_in_sec"), CodeLifeSeconds}});
    // Serialised here, where the shape is known, rather than through QJsonDocument for each code.
    reply.rawBody = PairingCodeBodyStart + code->toLatin1() + PairingCodeBodyEnd;
    return reply;
}

SandboxReply PairingRegistry::status(const PosHeaders &headers)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    return d->statusReply(device->record, d->nowMs());
}

std::optional<quint64> PairingRegistry::stateVersion(const QByteArray &deviceIdHeader)
{
    d->applyDueExpiries(d->nowMs());
    const std::optional<QString> deviceId =
        DeviceIdentity::normalizeDeviceId(QString::fromUtf8(deviceIdHeader.trimmed()));
    const Private::DeviceState *device = deviceId ? d->device(*deviceId) : nullptr;
    if (!device)
        return std::nullopt;
    return device->record.stateVersion;
}

SandboxReply PairingRegistry::token(const MerchantRequest &request)
{
    return finishHere(startToken(request));
}

SandboxReply PairingRegistry::clientSession(const MerchantRequest &request)
{
    return finishHere(startClientSession(request));
}

SignInStart PairingRegistry::startToken(const MerchantRequest &request)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return d->authority.token(request, now);
}

SandboxReply PairingRegistry::revoke(const MerchantRequest &request)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return d->authority.revoke(request, now);
}

SandboxReply PairingRegistry::openIdConfiguration(const QString &issuer) const
{
    return MerchantAuthority::openIdConfiguration(issuer);
}

SandboxReply PairingRegistry::jwks() const
{
    return d->authority.jwks();
}

SandboxReply PairingRegistry::authorize(const MerchantRequest &request)
{
    return d->authority.authorize(request);
}

SignInStart PairingRegistry::startAuthorizeForm(const MerchantRequest &request)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return d->authority.authorizeForm(request, now);
}

SandboxReply PairingRegistry::authorizeForm(const MerchantRequest &request)
{
    return finishHere(startAuthorizeForm(request));
}

SandboxReply PairingRegistry::endSession(const MerchantRequest &request)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return d->authority.endSession(request, now);
}

SignInStart PairingRegistry::startClientSession(const MerchantRequest &request)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return d->authority.clientSession(request, now);
}

SandboxReply PairingRegistry::finishSecretCheck(const SecretCheck &check, bool matches)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    return check.finish(matches, now);
}

SandboxReply PairingRegistry::finishHere(const SignInStart &start)
{
    if (!start.check)
        return start.reply;
    return finishSecretCheck(*start.check, start.check->secret.matches(start.check->candidate));
}

SandboxReply PairingRegistry::initiateSession(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, false, &error);
    if (!signIn)
        return error;
    const std::optional<QJsonObject> body = RequestBody::decodeJson(request.body, request.contentType, &error);
    if (!body)
        return error;
    const QJsonValue host = body->value(QStringLiteral("host"));
    if (!host.isString() || host.toString().trimmed().isEmpty())
        return RequestBody::invalid(QStringLiteral("host is required and must be a non-empty string"));
    if (!d->authority.initiateSession(signIn->id, host.toString().trimmed()))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to initiate the session"));

    const bool isClient = signIn->kind == Store::PrincipalKind::Client;
    const QJsonObject principal = isClient ? QJsonObject{{QStringLiteral("client_id"), signIn->principal}}
                                           : QJsonObject{{QStringLiteral("email"), signIn->principal}};
    return SandboxReply::json(200, {{isClient ? QStringLiteral("client") : QStringLiteral("user"), principal},
                                    {QStringLiteral("merchant"), d->merchantJson(signIn->merchantId)}});
}

SandboxReply PairingRegistry::claim(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    const qint64 now = d->nowMs();
    if (const qint64 lockedMs = d->claimLockoutMs(signIn->merchantId, now); lockedMs > 0)
        return tooManyRequests(QStringLiteral("Too many failed claims; try again later"), lockedMs);
    const std::optional<QJsonObject> body = RequestBody::decodeJson(request.body, request.contentType, &error);
    if (!body)
        return error;

    const QJsonValue codeValue = body->value(QStringLiteral("pairing_code"));
    if (!codeValue.isString())
        return RequestBody::invalid(QStringLiteral("pairing_code is required and must be a string"));
    const QString code = PairingCode::normalize(codeValue.toString());
    if (!PairingCode::validate(code).ok())
        return RequestBody::invalid(
            QStringLiteral("pairing_code must be 6 symbols of %1").arg(QLatin1String(PairingCode::Alphabet)));
    const QJsonValue deviceIdValue = body->value(QStringLiteral("device_id"));
    if (!deviceIdValue.isUndefined() && !deviceIdValue.isString())
        return RequestBody::invalid(QStringLiteral("device_id must be a string"));

    const quint32 key = codeKey(code);
    Private::DeviceState *device = d->liveCodes.value(key);
    if (device && deviceIdValue.isString()) {
        const std::optional<QString> bodyDeviceId = DeviceIdentity::normalizeDeviceId(deviceIdValue.toString());
        if (bodyDeviceId != device->record.deviceId)
            device = nullptr;
    }
    if (!device) {
        if (!d->replacedCodes.contains(key)) // sandbox-only: a replaced code was no guess
            d->recordFailedClaim(signIn->merchantId, now);
        return codeNotFound();
    }
    if (device->record.merchantId != signIn->merchantId)
        return SandboxReply::error(403, ErrorCode::ForeignDevice,
                                   QStringLiteral("The device belongs to another merchant"));
    if (device->record.codeStatus == Store::CodeStatus::Used)
        return SandboxReply::error(409, ErrorCode::AlreadyClaimed, QStringLiteral("Pairing code already used"));

    Store::Device record = device->record;
    record.codeStatus = Store::CodeStatus::Used;
    record.claimedAtEpochMs = now;
    record.claimedBy = signIn->principal;
    ++record.stateVersion;
    if (!d->store.updateDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to claim the device"));
    device->record = std::move(record);
    d->notify(device->record.deviceId);
    return SandboxReply::json(200, {{QStringLiteral("status"), QStringLiteral("claimed")},
                                    {QStringLiteral("device_id"), device->record.deviceId}});
}

SandboxReply PairingRegistry::devices(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    std::vector<Private::DeviceState *> owned = d->devicesByMerchant.value(signIn->merchantId);
    std::sort(owned.begin(), owned.end(), [](const Private::DeviceState *a, const Private::DeviceState *b) {
        return a->record.deviceId < b->record.deviceId;
    });
    QJsonArray list;
    for (const Private::DeviceState *device : owned) {
        const Store::Device &record = device->record;
        list.append(QJsonObject{
            {QStringLiteral("device_id"), record.deviceId},
            {QStringLiteral("model"), record.model},
            {QStringLiteral("os"), textOrNull(record.os)},
            {QStringLiteral("app_version"), textOrNull(record.appVersion)},
            {QStringLiteral("device_status"), deviceStatusName(record)},
            {QStringLiteral("claimed_at"),
             isClaimed(record) ? QJsonValue(rfc3339(record.claimedAtEpochMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("claimed_by"), textOrNull(record.claimedBy)},
            {QStringLiteral("activated_at"),
             isActivated(record) ? QJsonValue(rfc3339(record.activatedAtEpochMs)) : QJsonValue(QJsonValue::Null)}});
    }
    return SandboxReply::json(200, {{QStringLiteral("devices"), list}});
}

SandboxReply PairingRegistry::release(const MerchantRequest &request, const QString &deviceId)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device || device->record.merchantId != signIn->merchantId)
        return SandboxReply::error(404, ErrorCode::DeviceNotProvisioned,
                                   QStringLiteral("Device not found for this merchant"));

    Store::Device record = device->record;
    record.pairingCode.clear();
    record.codeStatus = Store::CodeStatus::None;
    record.codeExpiresEpochMs = 0;
    record.claimedAtEpochMs = 0;
    record.claimedBy.clear();
    record.activatedAtEpochMs = 0;
    record.keySet.revoked = !record.keySet.keySetId.isEmpty();
    ++record.stateVersion;
    // An activated device's key set goes with its merchant.
    const bool written =
        record.keySet.revoked ? d->store.updateDeviceRevokingKeySet(record) : d->store.updateDevice(record);
    if (!written)
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to release the device"));
    d->forgetCode(device);
    d->activation.forget(record.deviceId);
    device->record = std::move(record);
    d->notify(device->record.deviceId);
    return SandboxReply::json(200, {{QStringLiteral("device_id"), device->record.deviceId},
                                    {QStringLiteral("device_status"), QStringLiteral("inactive")}});
}

SandboxReply PairingRegistry::state()
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    std::vector<const Private::DeviceState *> all;
    all.reserve(d->deviceStorage.size());
    for (const Private::DeviceState &device : d->deviceStorage)
        all.push_back(&device);
    std::sort(all.begin(), all.end(), [](const Private::DeviceState *a, const Private::DeviceState *b) {
        return a->record.deviceId < b->record.deviceId;
    });
    QJsonArray devices;
    for (const Private::DeviceState *device : all)
        devices.append(d->adminDeviceJson(device->record, now));

    QStringList merchantIds = d->merchants.keys();
    merchantIds.sort();
    QJsonArray merchants;
    for (const QString &id : std::as_const(merchantIds)) {
        const Store::Merchant &merchant = d->merchants[id];
        merchants.append(QJsonObject{{QStringLiteral("id"), merchant.id},
                                     {QStringLiteral("name"), merchant.name},
                                     {QStringLiteral("host"), merchant.host}});
    }
    return SandboxReply::json(200, {{QStringLiteral("devices"), devices}, {QStringLiteral("merchants"), merchants}});
}

SandboxReply PairingRegistry::provisionDevice(const QByteArray &body, const std::optional<QByteArray> &contentType)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    SandboxReply error;
    const std::optional<QJsonObject> object = RequestBody::decodeJson(body, contentType, &error);
    if (!object)
        return error;
    const QJsonValue deviceIdValue = object->value(QStringLiteral("device_id"));
    const std::optional<QString> deviceId =
        deviceIdValue.isString() ? DeviceIdentity::normalizeDeviceId(deviceIdValue.toString()) : std::nullopt;
    if (!deviceId)
        return RequestBody::invalid(QStringLiteral("device_id must be POS- followed by 8 hex digits"));
    const QJsonValue merchantId = object->value(QStringLiteral("merchant_id"));
    if (!merchantId.isString() || !d->merchants.contains(merchantId.toString()))
        return RequestBody::invalid(QStringLiteral("merchant_id must name a known merchant"));
    const QJsonValue model = object->value(QStringLiteral("model"));
    if (!model.isString() || model.toString().trimmed().isEmpty())
        return RequestBody::invalid(QStringLiteral("model is required and must be a non-empty string"));
    if (d->device(*deviceId))
        return SandboxReply::error(409, ErrorCode::DeviceExists, QStringLiteral("Device already provisioned"));

    Store::Device record;
    record.deviceId = *deviceId;
    record.merchantId = merchantId.toString();
    record.model = model.toString().trimmed();
    record.factory = FactorySecrets::generate(record.deviceId);
    if (!d->store.insertDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to provision the device"));
    const Private::DeviceState *device = d->addDevice(std::move(record), now);
    QJsonObject created = d->adminDeviceJson(device->record, now);
    created.insert(QStringLiteral("factory"), FactorySecrets::toJson(device->record.factory));
    return SandboxReply::json(201, created);
}

SandboxReply PairingRegistry::expireCode(const QString &deviceId)
{
    const qint64 now = d->nowMs();
    d->applyDueExpiries(now);
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device)
        return deviceNotProvisioned();
    if (device->record.codeStatus != Store::CodeStatus::Pending)
        return d->statusReply(device->record, now);

    Store::Device record = device->record;
    record.codeStatus = Store::CodeStatus::Expired;
    ++record.stateVersion;
    if (!d->store.updateDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to expire the code"));
    d->forgetCode(device);
    device->record = std::move(record);
    d->notify(device->record.deviceId);
    return d->statusReply(device->record, now);
}

SandboxReply PairingRegistry::factorySecrets(const QString &deviceId)
{
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    const Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device)
        return deviceNotProvisioned();
    return SandboxReply::json(200, {{QStringLiteral("device_id"), device->record.deviceId},
                                    {QStringLiteral("identity_key_revoked"), device->record.factory.identityKeyRevoked},
                                    {QStringLiteral("factory"), FactorySecrets::toJson(device->record.factory)}});
}

SandboxReply PairingRegistry::revokeIdentityKey(const QString &deviceId)
{
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device)
        return deviceNotProvisioned();
    if (!device->record.factory.identityKeyRevoked && !d->store.revokeIdentityKey(device->record.deviceId))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to revoke the identity key"));
    device->record.factory.identityKeyRevoked = true;
    return SandboxReply::json(200, {{QStringLiteral("device_id"), device->record.deviceId},
                                    {QStringLiteral("identity_key_id"), device->record.factory.identityKeyId},
                                    {QStringLiteral("identity_key_revoked"), true}});
}

void PairingRegistry::setDeviceDrills(DeviceDrills drills)
{
    d->activation.setDrills(std::move(drills));
}

SandboxReply PairingRegistry::attest(const PosHeaders &headers, const AttestHeaders &attestHeaders)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error, &attestHeaders);
    if (!device)
        return error;
    return d->activation.attest(device->record, attestHeaders, d->nowMs());
}

SandboxReply PairingRegistry::keys(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    return d->activation.keys(device->record, request, d->nowMs());
}

SandboxReply PairingRegistry::config(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    return d->activation.config(device->record, d->merchants.value(device->record.merchantId), request, d->nowMs());
}

SandboxReply PairingRegistry::terminalParameters(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    return d->activation.terminalParameters(device->record, request, d->nowMs());
}

SandboxReply PairingRegistry::activate(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    const quint64 version = device->record.stateVersion;
    SandboxReply reply = d->activation.activate(device->record, request, d->nowMs());
    if (device->record.stateVersion != version)
        d->notify(device->record.deviceId);
    return reply;
}

std::optional<qint64> PairingRegistry::nextExpiryEpochMs() const
{
    d->dropStaleExpiries();
    if (d->expiryHeap.empty())
        return std::nullopt;
    return d->expiryHeap.front().dueMs;
}

void PairingRegistry::expireDue()
{
    d->applyDueExpiries(d->nowMs());
}

void PairingRegistry::setStateChangedListener(std::function<void(const QString &deviceId)> listener)
{
    d->listener = std::move(listener);
}

} // namespace viopay::sandbox
