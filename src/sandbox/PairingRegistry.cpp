#include "PairingRegistry.h"

#include "FactoryFloor.h"
#include "FleetRules.h"
#include "IdempotencyLedger.h"
#include "MerchantAuthority.h"
#include "PosHeaderCheck.h"
#include "ProvisionBatch.h"
#include "RequestBody.h"
#include "SlidingWindowLimit.h"
#include "Store.h"
#include "core/ApiError.h"
#include "core/ClaimLimits.h"
#include "core/Clock.h"
#include "core/DeviceIdentity.h"
#include "core/ErrorCode.h"
#include "core/PairingCode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <deque>
#include <functional>
#include <iterator>
#include <queue>
#include <unordered_map>
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
// Last seen is kept to the second in memory and written for all devices at once at most this
// often (and when the registry closes): a status request, which writes nothing else, would
// otherwise cost a write. Any other write of a device stores its last seen too.
constexpr qint64 LastSeenWriteIntervalMs = 60'000;
constexpr char DeviceListKeyPrefix[] = "merchant:";

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

SandboxReply roleForbidden(const char *action)
{
    return SandboxReply::error(403, ErrorCode::RoleForbidden,
                               QStringLiteral("your role cannot %1").arg(QLatin1String(action)));
}

QString merchantListKey(const QString &merchantId)
{
    return QLatin1String(DeviceListKeyPrefix) + merchantId;
}

QJsonValue timeOrNull(qint64 epochMs)
{
    return epochMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rfc3339(epochMs));
}

// What a merchant sees of a device (FLEET.md): nullable fields are null, never absent.
QJsonObject merchantDeviceJson(const Store::Device &record)
{
    return {{QStringLiteral("device_id"), record.deviceId},
            {QStringLiteral("name"), textOrNull(record.name)},
            {QStringLiteral("location_id"), textOrNull(record.locationId)},
            {QStringLiteral("model"), record.model},
            {QStringLiteral("os"), textOrNull(record.os)},
            {QStringLiteral("app_version"), textOrNull(record.appVersion)},
            {QStringLiteral("device_status"), deviceStatusName(record)},
            {QStringLiteral("claimed_at"), timeOrNull(isClaimed(record) ? record.claimedAtEpochMs : 0)},
            {QStringLiteral("claimed_by"), textOrNull(record.claimedBy)},
            {QStringLiteral("last_seen_at"), timeOrNull(record.lastSeenEpochMs)},
            {QStringLiteral("activated_at"), timeOrNull(isActivated(record) ? record.activatedAtEpochMs : 0)}};
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

    // A merchant's device list: its version counts the changes of anything it shows.
    struct DeviceList {
        quint64 version = 0;
        quint64 cachedVersion = ~quint64(0);
        QJsonObject json; // the body at cachedVersion
        QByteArray serialized;
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
        , listEpoch(QRandomGenerator::system()->generate())
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
    // A standard map, not a QHash: the set grows by a code per request for 300 s, and QHash grows
    // a bucket span's storage by reallocating kilobytes at a time, which made the allocator's
    // consolidation of free memory a tenth of a pairing-code request; a node each is cheap.
    std::unordered_map<quint32, qint64> replacedCodes; // by codeKey()
    std::priority_queue<ReplacedEntry, std::vector<ReplacedEntry>, std::greater<>> replacedDue;
    QSet<QString> internedTexts; // models, merchant ids, OS and versions repeat across devices
    std::function<void(const QString &)> listener;
    QHash<QString, Store::Location> locations; // by location id
    IdempotencyLedger idempotency;
    QByteArray traceId; // of the request in hand
    // A list's ETag starts with this process's epoch, so a restart (which counts from 0 again)
    // never matches a tag handed out before it.
    quint32 listEpoch;
    QHash<QString, DeviceList> deviceLists;      // by merchant id
    QSet<const DeviceState *> lastSeenUnwritten; // see LastSeenWriteIntervalMs
    qint64 lastSeenWrittenMs = 0;
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
        for (const Store::Location &location : store.locations())
            locations.insert(location.id, location);
        const qint64 now = nowMs();
        for (Store::Device &record : store.devices())
            addDevice(std::move(record), now);
    }

    // A used code past its life is only history (the status stays "used"), so it is not looked up.
    DeviceState *addDevice(Store::Device record, qint64 nowMs)
    {
        dropSecrets(record);
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

    // A device's factory secrets and key set stay in the store: only the activation steps and
    // the admin's factory and revoke calls use them, and held per device they were two keys and
    // an id, about 340 bytes, of every provisioned device (a third of the sandbox's memory).
    static void dropSecrets(Store::Device &record)
    {
        record.factory = {};
        record.keySet = {};
    }

    // The device's record with its factory secrets and key set read from the store; nullopt
    // (with *error set) when they cannot be read.
    std::optional<Store::Device> withSecrets(const DeviceState &device, SandboxReply *error) const
    {
        Store::Device record = device.record;
        if (store.loadSecrets(record))
            return record;
        *error = SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to read the device's keys"));
        return std::nullopt;
    }

    // Keeps what an activation step changed of the device, without its secrets.
    static void keepWithoutSecrets(DeviceState *device, Store::Device record)
    {
        dropSecrets(record);
        device->record = std::move(record);
    }

    DeviceState *device(const QString &deviceId) const
    {
        const std::optional<quint32> number = deviceNumber(deviceId);
        return number ? devices.value(*number) : nullptr;
    }

    // A change of the device's pairing state, which its list shows too.
    void notify(const Store::Device &record)
    {
        if (listener)
            listener(record.deviceId);
        notifyList(record.merchantId);
    }

    void notifyList(const QString &merchantId)
    {
        ++deviceLists[merchantId].version;
        if (listener)
            listener(merchantListKey(merchantId));
    }

    // One line of the device's history; a failure to store it is logged, not answered: the
    // change it records has happened.
    void logEvent(const Store::Device &device, const QString &type, const QString &actor,
                  const QJsonObject &details = {})
    {
        const Store::Event event{nowMs(), type, actor, QString::fromLatin1(traceId),
                                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
        if (!store.appendEvent(device.deviceId, event, FleetRules::MaxEventsPerDevice))
            qCWarning(lcRegistry) << "Could not store the" << type << "event of" << device.deviceId;
    }

    // Last seen, to the second; the list shows it, so a new second is a change of the list.
    void touchLastSeen(DeviceState *device, qint64 nowMs)
    {
        const qint64 second = nowMs - nowMs % 1000;
        if (device->record.lastSeenEpochMs == second)
            return;
        device->record.lastSeenEpochMs = second;
        lastSeenUnwritten.insert(device);
        if (nowMs - lastSeenWrittenMs >= LastSeenWriteIntervalMs)
            writeLastSeen(nowMs);
        notifyList(device->record.merchantId);
    }

    void writeLastSeen(qint64 nowMs)
    {
        lastSeenWrittenMs = nowMs;
        if (lastSeenUnwritten.isEmpty())
            return;
        QList<Store::Device> records;
        records.reserve(lastSeenUnwritten.size());
        for (const DeviceState *device : std::as_const(lastSeenUnwritten))
            records.append(device->record);
        if (!store.updateDevices(records))
            qCWarning(lcRegistry) << "Could not store the last seen time of" << records.size() << "devices";
        lastSeenUnwritten.clear();
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
        replacedCodes.insert_or_assign(key, previous.codeExpiresEpochMs);
        replacedDue.push({previous.codeExpiresEpochMs, key});
    }

    void forgetReplacedPastTheirLife(qint64 nowMs)
    {
        while (!replacedDue.empty() && replacedDue.top().first <= nowMs) {
            const auto &[dueMs, code] = replacedDue.top();
            const auto replaced = replacedCodes.find(code);
            if (replaced != replacedCodes.end() && replaced->second == dueMs) // not a later replacement of that value
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
            logEvent(device->record, QStringLiteral("code_expired"), QStringLiteral("sandbox"),
                     {{QStringLiteral("code"), FleetRules::maskedCode(device->record.pairingCode)}});
        }
        if (expired.empty())
            return;
        // The expiry happened whether or not the write succeeds: a restart re-derives it from the
        // stored deadline, so memory goes ahead rather than keeping a dead code claimable.
        if (!store.updateDevices(records))
            qCWarning(lcRegistry) << "Could not store" << records.size() << "code expiries";
        for (const DeviceState *device : expired)
            notify(device->record);
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
        notifyList(device->record.merchantId);
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
        touchLastSeen(state, nowMs());
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

    // merchantSignIn() for a change: 403/4031 when the signed-in role may not make it.
    std::optional<Store::SignIn> adminSignIn(const MerchantRequest &request, const char *action, SandboxReply *error)
    {
        std::optional<Store::SignIn> signIn = merchantSignIn(request, true, error);
        if (signIn && authority.roleOf(*signIn) != QLatin1String("admin")) {
            *error = roleForbidden(action);
            return std::nullopt;
        }
        return signIn;
    }

    // Idempotency-Key (FLEET.md): with a key, the first answer is kept and a repeat of the same
    // request gets it again. Failures that may pass on retry (429, 5xx) are not kept.
    template <typename Handler>
    SandboxReply idempotent(const Store::SignIn &signIn, const MerchantRequest &request, const QByteArray &endpoint,
                            Handler handle)
    {
        if (!request.idempotencyKey)
            return handle();
        // A deep copy: the header is a view into a request that is gone before the key is.
        const QByteArray key(request.idempotencyKey->constData(), request.idempotencyKey->size());
        if (!IdempotencyLedger::isValidKey(key))
            return RequestBody::invalid(QStringLiteral("Idempotency-Key must be 1 to %1 printable characters")
                                            .arg(IdempotencyLedger::MaxKeyLength));
        const QByteArray fingerprint =
            QCryptographicHash::hash(endpoint + '\0' + request.body, QCryptographicHash::Sha256);
        const qint64 now = nowMs();
        IdempotencyLedger::Lookup known = idempotency.find(signIn.merchantId, key, fingerprint, now);
        if (known.verdict == IdempotencyLedger::Verdict::Mismatch)
            return SandboxReply::error(422, ErrorCode::IdempotencyMismatch,
                                       QStringLiteral("Idempotency-Key was already used for another request"));
        if (known.verdict == IdempotencyLedger::Verdict::Replay) {
            known.reply.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
            return known.reply;
        }
        SandboxReply reply = handle();
        if (reply.status != 429 && reply.status < 500)
            idempotency.remember(signIn.merchantId, key, fingerprint, reply, now);
        return reply;
    }

    // A name and a location from a claim or PATCH body; nullopt each when absent.
    struct Label {
        std::optional<QString> name;
        std::optional<QString> locationId;
    };

    std::optional<Label> label(const QJsonObject &body, const QString &merchantId, SandboxReply *error) const
    {
        Label label;
        if (const QJsonValue name = body.value(QStringLiteral("name")); !name.isUndefined()) {
            QString problem;
            label.name = FleetRules::name(name, &problem);
            if (!label.name) {
                *error = RequestBody::invalid(problem);
                return std::nullopt;
            }
        }
        if (const QJsonValue location = body.value(QStringLiteral("location_id")); !location.isUndefined()) {
            const auto known = locations.constFind(location.toString());
            if (!location.isString() || known == locations.constEnd() || known->merchantId != merchantId) {
                *error = RequestBody::invalid(QStringLiteral("location_id must be one of the merchant's locations"));
                return std::nullopt;
            }
            label.locationId = known->id;
        }
        return label;
    }

    void logLabelChanges(const Store::Device &before, const Store::Device &after, const QString &actor)
    {
        if (before.name != after.name) {
            logEvent(after, QStringLiteral("renamed"), actor,
                     {{QStringLiteral("from"), textOrNull(before.name)}, {QStringLiteral("to"), after.name}});
        }
        if (before.locationId != after.locationId) {
            logEvent(
                after, QStringLiteral("moved"), actor,
                {{QStringLiteral("from"), textOrNull(before.locationId)}, {QStringLiteral("to"), after.locationId}});
        }
    }

    // The device at a path, when it is the merchant's: else 404/4040 unknown, 403/4030 another's.
    DeviceState *ownedDevice(const QString &deviceId, const QString &merchantId, SandboxReply *error) const
    {
        const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
        DeviceState *found = canonicalId ? device(*canonicalId) : nullptr;
        if (!found) {
            *error = deviceNotProvisioned();
            return nullptr;
        }
        if (found->record.merchantId != merchantId) {
            *error = SandboxReply::error(403, ErrorCode::ForeignDevice,
                                         QStringLiteral("The device belongs to another merchant"));
            return nullptr;
        }
        return found;
    }

    SandboxReply claim(const Store::SignIn &signIn, const MerchantRequest &request)
    {
        const qint64 now = nowMs();
        if (const qint64 lockedMs = claimLockoutMs(signIn.merchantId, now); lockedMs > 0)
            return tooManyRequests(QStringLiteral("Too many failed claims; try again later"), lockedMs);
        SandboxReply error;
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
        const std::optional<Label> label = this->label(*body, signIn.merchantId, &error);
        if (!label)
            return error;

        const quint32 key = codeKey(code);
        DeviceState *device = liveCodes.value(key);
        if (device && deviceIdValue.isString()) {
            const std::optional<QString> bodyDeviceId = DeviceIdentity::normalizeDeviceId(deviceIdValue.toString());
            if (bodyDeviceId != device->record.deviceId)
                device = nullptr;
        }
        if (!device) {
            if (replacedCodes.count(key) == 0) // sandbox-only: a replaced code was no guess
                recordFailedClaim(signIn.merchantId, now);
            return codeNotFound();
        }
        const QJsonObject masked{{QStringLiteral("code"), FleetRules::maskedCode(code)}};
        if (device->record.merchantId != signIn.merchantId) {
            logEvent(device->record, QStringLiteral("claim_refused"), signIn.principal,
                     {{QStringLiteral("reason"), QStringLiteral("another merchant")},
                      {QStringLiteral("code"), masked.value(QStringLiteral("code"))}});
            return SandboxReply::error(403, ErrorCode::ForeignDevice,
                                       QStringLiteral("The device belongs to another merchant"));
        }
        if (device->record.codeStatus == Store::CodeStatus::Used) {
            logEvent(device->record, QStringLiteral("claim_refused"), signIn.principal,
                     {{QStringLiteral("reason"), QStringLiteral("already claimed")},
                      {QStringLiteral("code"), masked.value(QStringLiteral("code"))}});
            return SandboxReply::error(409, ErrorCode::AlreadyClaimed, QStringLiteral("Pairing code already used"));
        }

        Store::Device record = device->record;
        record.codeStatus = Store::CodeStatus::Used;
        record.claimedAtEpochMs = now;
        record.claimedBy = signIn.principal;
        record.name = label->name.value_or(record.name);
        record.locationId = label->locationId.value_or(record.locationId);
        ++record.stateVersion;
        if (!store.updateDevice(record))
            return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to claim the device"));
        const Store::Device previous = std::exchange(device->record, std::move(record));
        QJsonObject details = masked;
        if (label->name)
            details.insert(QStringLiteral("name"), *label->name);
        if (label->locationId)
            details.insert(QStringLiteral("location_id"), *label->locationId);
        logEvent(device->record, QStringLiteral("claimed"), signIn.principal, details);
        logLabelChanges(previous, device->record, signIn.principal);
        notify(device->record);
        return SandboxReply::json(200, {{QStringLiteral("status"), QStringLiteral("claimed")},
                                        {QStringLiteral("device_id"), device->record.deviceId}});
    }

    // Release keeps the device's name, location and history: they describe the terminal, which
    // stays the merchant's.
    SandboxReply release(const Store::SignIn &signIn, const QString &deviceId)
    {
        const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
        DeviceState *device = canonicalId ? this->device(*canonicalId) : nullptr;
        if (!device || device->record.merchantId != signIn.merchantId)
            return SandboxReply::error(404, ErrorCode::DeviceNotProvisioned,
                                       QStringLiteral("Device not found for this merchant"));

        SandboxReply unreadable;
        std::optional<Store::Device> loaded = withSecrets(*device, &unreadable);
        if (!loaded)
            return unreadable;
        Store::Device record = std::move(*loaded);
        const QString previousHolder = record.claimedBy;
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
            record.keySet.revoked ? store.updateDeviceRevokingKeySet(record) : store.updateDevice(record);
        if (!written)
            return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to release the device"));
        forgetCode(device);
        activation.forget(record.deviceId);
        keepWithoutSecrets(device, std::move(record));
        logEvent(device->record, QStringLiteral("released"), signIn.principal,
                 {{QStringLiteral("claimed_by"), textOrNull(previousHolder)}});
        notify(device->record);
        return SandboxReply::json(200, {{QStringLiteral("device_id"), device->record.deviceId},
                                        {QStringLiteral("device_status"), QStringLiteral("inactive")}});
    }

    // The merchant's list, built and serialised once per version: a busy list is read far more
    // often than it changes.
    const DeviceList &deviceList(const QString &merchantId)
    {
        DeviceList &list = deviceLists[merchantId];
        if (list.cachedVersion == list.version)
            return list;
        std::vector<DeviceState *> owned = devicesByMerchant.value(merchantId);
        std::sort(owned.begin(), owned.end(),
                  [](const DeviceState *a, const DeviceState *b) { return a->record.deviceId < b->record.deviceId; });
        QJsonArray items;
        for (const DeviceState *device : owned)
            items.append(merchantDeviceJson(device->record));
        list.json = {{QStringLiteral("devices"), items}};
        list.serialized = QJsonDocument(list.json).toJson(QJsonDocument::Compact);
        list.cachedVersion = list.version;
        return list;
    }

    std::optional<QList<ProvisionBatch::Row>>
    provisionRows(const QByteArray &body, const std::optional<QByteArray> &contentType, SandboxReply *error) const
    {
        if (ProvisionBatch::isCsv(contentType))
            return ProvisionBatch::fromCsv(body, error);
        if (RequestBody::hasMediaType(contentType, "application/json") && body.trimmed().startsWith('['))
            return ProvisionBatch::fromJsonArray(body, error);
        const std::optional<QJsonObject> object = RequestBody::decodeJson(body, contentType, error);
        if (!object)
            return std::nullopt;
        const auto text = [&](const char *name) {
            const QJsonValue value = object->value(QLatin1String(name));
            return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
        };
        return QList<ProvisionBatch::Row>{{QString(), text("device_id"), text("merchant_id"), text("model")}};
    }

    // A row's device, checked: nullopt with *error naming the row's place (none for one object).
    std::optional<Store::Device> newDevice(const ProvisionBatch::Row &row, SandboxReply *error) const
    {
        const auto refuse = [&](const QString &problem) {
            *error = row.place.isEmpty() ? RequestBody::invalid(problem) : ProvisionBatch::refuse(row.place, problem);
            return std::nullopt;
        };
        const std::optional<QString> deviceId =
            row.deviceId ? DeviceIdentity::normalizeDeviceId(*row.deviceId) : std::nullopt;
        if (!deviceId)
            return refuse(QStringLiteral("device_id must be POS- followed by 8 hex digits"));
        if (!row.merchantId || !merchants.contains(*row.merchantId))
            return refuse(QStringLiteral("merchant_id must name a known merchant"));
        if (!row.model || row.model->trimmed().isEmpty())
            return refuse(QStringLiteral("model is required and must be a non-empty string"));
        if (device(*deviceId)) {
            const QString message = QStringLiteral("Device already provisioned");
            *error = SandboxReply::error(409, ErrorCode::DeviceExists,
                                         row.place.isEmpty() ? message : row.place + QStringLiteral(": ") + message);
            return std::nullopt;
        }
        Store::Device record;
        record.deviceId = *deviceId;
        record.merchantId = *row.merchantId;
        record.model = row.model->trimmed();
        record.factory = {FactoryFloor::generate(record.deviceId)};
        return record;
    }

    QByteArray listTag(const DeviceList &list) const
    {
        return '"' + QByteArray::number(listEpoch, 16) + '-' + QByteArray::number(list.version) + '"';
    }
};

PairingRegistry::PairingRegistry(Store &store, const Clock &clock)
    : d(std::make_unique<Private>(store, clock))
{
    d->load();
}

PairingRegistry::~PairingRegistry()
{
    d->writeLastSeen(d->nowMs());
}

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
    if (device->record.codeStatus == Store::CodeStatus::Pending) {
        d->logEvent(device->record, QStringLiteral("code_replaced"), QStringLiteral("terminal"),
                    {{QStringLiteral("code"), FleetRules::maskedCode(device->record.pairingCode)}});
    }
    device->record = std::move(record);
    d->logEvent(device->record, QStringLiteral("code_issued"), QStringLiteral("terminal"),
                {{QStringLiteral("code"), FleetRules::maskedCode(*code)}});
    const quint32 key = codeKey(*code);
    d->replacedCodes.erase(key); // live again: a claim finds it
    d->liveCodes.insert(key, device);
    d->scheduleExpiry(device);
    device->codeIssues.record(now);
    d->notify(device->record);
    // Written here, where the shape is known, and only as bytes: building the QJsonObject besides
    // took a tenth of a pairing-code request.
    SandboxReply reply;
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
                                    {QStringLiteral("merchant"), d->merchantJson(signIn->merchantId)},
                                    {QStringLiteral("roles"), QJsonArray{d->authority.roleOf(*signIn)}}});
}

SandboxReply PairingRegistry::claim(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->adminSignIn(request, "claim devices", &error);
    if (!signIn)
        return error;
    return d->idempotent(*signIn, request, QByteArrayLiteral("claim"), [&] { return d->claim(*signIn, request); });
}

SandboxReply PairingRegistry::devices(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    const Private::DeviceList &list = d->deviceList(signIn->merchantId);
    SandboxReply reply = SandboxReply::json(200, list.json);
    reply.rawBody = list.serialized;
    reply.setHeader(QByteArrayLiteral("ETag"), d->listTag(list));
    return reply;
}

std::optional<QString> PairingRegistry::deviceListKey(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return std::nullopt;
    return merchantListKey(signIn->merchantId);
}

SandboxReply PairingRegistry::release(const MerchantRequest &request, const QString &deviceId)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->adminSignIn(request, "release devices", &error);
    if (!signIn)
        return error;
    return d->idempotent(*signIn, request, "release " + deviceId.toUtf8(),
                         [&] { return d->release(*signIn, deviceId); });
}

SandboxReply PairingRegistry::locations(const MerchantRequest &request)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    QList<Store::Location> owned;
    for (const Store::Location &location : std::as_const(d->locations)) {
        if (location.merchantId == signIn->merchantId)
            owned.append(location);
    }
    std::sort(owned.begin(), owned.end(),
              [](const Store::Location &a, const Store::Location &b) { return a.id < b.id; });
    QJsonArray list;
    for (const Store::Location &location : std::as_const(owned)) {
        list.append(QJsonObject{{QStringLiteral("location_id"), location.id},
                                {QStringLiteral("name"), location.name},
                                {QStringLiteral("address"), location.address}});
    }
    return SandboxReply::json(200, {{QStringLiteral("locations"), list}});
}

SandboxReply PairingRegistry::updateDevice(const MerchantRequest &request, const QString &deviceId)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->adminSignIn(request, "change devices", &error);
    if (!signIn)
        return error;
    const std::optional<QJsonObject> body = RequestBody::decodeJson(request.body, request.contentType, &error);
    if (!body)
        return error;
    const std::optional<Private::Label> label = d->label(*body, signIn->merchantId, &error);
    if (!label)
        return error;
    if (!label->name && !label->locationId)
        return RequestBody::invalid(QStringLiteral("name or location_id is required"));
    Private::DeviceState *device = d->ownedDevice(deviceId, signIn->merchantId, &error);
    if (!device)
        return error;

    Store::Device record = device->record;
    record.name = label->name.value_or(record.name);
    record.locationId = label->locationId.value_or(record.locationId);
    if (!d->store.updateDevice(record))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to change the device"));
    const Store::Device previous = std::exchange(device->record, std::move(record));
    d->logLabelChanges(previous, device->record, signIn->principal);
    d->notifyList(device->record.merchantId);
    return SandboxReply::json(200, merchantDeviceJson(device->record));
}

SandboxReply PairingRegistry::deviceEvents(const MerchantRequest &request, const QString &deviceId,
                                           const std::optional<QString> &limit)
{
    SandboxReply error;
    const std::optional<Store::SignIn> signIn = d->merchantSignIn(request, true, &error);
    if (!signIn)
        return error;
    bool isNumber = !limit;
    const int count = limit ? limit->toInt(&isNumber) : FleetRules::DefaultEventLimit;
    if (!isNumber || count < 1 || count > FleetRules::MaxEventsPerDevice)
        return RequestBody::invalid(
            QStringLiteral("limit must be a whole number from 1 to %1").arg(FleetRules::MaxEventsPerDevice));
    const Private::DeviceState *device = d->ownedDevice(deviceId, signIn->merchantId, &error);
    if (!device)
        return error;
    QJsonArray events;
    for (const Store::Event &event : d->store.events(device->record.deviceId, count)) {
        events.append(
            QJsonObject{{QStringLiteral("at"), rfc3339(event.atEpochMs)},
                        {QStringLiteral("type"), event.type},
                        {QStringLiteral("actor"), event.actor},
                        {QStringLiteral("trace_id"), textOrNull(event.traceId)},
                        {QStringLiteral("details"), QJsonDocument::fromJson(event.details.toUtf8()).object()}});
    }
    return SandboxReply::json(200, {{QStringLiteral("events"), events}});
}

void PairingRegistry::setTraceId(const QByteArray &traceId)
{
    d->traceId = traceId;
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
    const std::optional<QList<ProvisionBatch::Row>> rows = d->provisionRows(body, contentType, &error);
    if (!rows)
        return error;
    QList<Store::Device> records;
    QSet<QString> seen;
    for (const ProvisionBatch::Row &row : *rows) {
        std::optional<Store::Device> record = d->newDevice(row, &error);
        if (record && seen.contains(record->deviceId))
            return ProvisionBatch::refuse(row.place, QStringLiteral("device_id is listed twice"));
        if (!record)
            return error;
        seen.insert(record->deviceId);
        records.append(std::move(*record));
    }
    if (!(records.size() == 1 ? d->store.insertDevice(records.constFirst()) : d->store.insertDevices(records)))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to provision the device"));

    QJsonArray created;
    for (Store::Device &record : records) {
        const QJsonObject factory = FactoryFloor::toJson(record.factory);
        const Private::DeviceState *device = d->addDevice(std::move(record), now);
        d->logEvent(device->record, QStringLiteral("provisioned"), QStringLiteral("sandbox"),
                    {{QStringLiteral("model"), device->record.model}});
        d->notifyList(device->record.merchantId);
        QJsonObject json = d->adminDeviceJson(device->record, now);
        json.insert(QStringLiteral("factory"), factory);
        created.append(json);
    }
    // One device object answers as before; a batch answers with the list.
    if (!ProvisionBatch::isCsv(contentType) && !body.trimmed().startsWith('['))
        return SandboxReply::json(201, created.first().toObject());
    return SandboxReply::json(201, {{QStringLiteral("devices"), created}});
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
    d->logEvent(device->record, QStringLiteral("code_expired"), QStringLiteral("sandbox"),
                {{QStringLiteral("code"), FleetRules::maskedCode(device->record.pairingCode)}});
    d->notify(device->record);
    return d->statusReply(device->record, now);
}

SandboxReply PairingRegistry::factorySecrets(const QString &deviceId)
{
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    const Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device)
        return deviceNotProvisioned();
    SandboxReply error;
    const std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    return SandboxReply::json(200, {{QStringLiteral("device_id"), record->deviceId},
                                    {QStringLiteral("identity_key_revoked"), record->factory.identityKeyRevoked},
                                    {QStringLiteral("factory"), FactoryFloor::toJson(record->factory)}});
}

SandboxReply PairingRegistry::revokeIdentityKey(const QString &deviceId)
{
    const std::optional<QString> canonicalId = DeviceIdentity::normalizeDeviceId(deviceId);
    Private::DeviceState *device = canonicalId ? d->device(*canonicalId) : nullptr;
    if (!device)
        return deviceNotProvisioned();
    SandboxReply error;
    const std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    if (!record->factory.identityKeyRevoked && !d->store.revokeIdentityKey(record->deviceId))
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to revoke the identity key"));
    return SandboxReply::json(200, {{QStringLiteral("device_id"), record->deviceId},
                                    {QStringLiteral("identity_key_id"), record->factory.identityKeyId},
                                    {QStringLiteral("identity_key_revoked"), true}});
}

void PairingRegistry::setDeviceDrills(TerminalDrills drills)
{
    d->activation.setDrills(std::move(drills));
}

SandboxReply PairingRegistry::attest(const PosHeaders &headers, const AttestHeaders &attestHeaders)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error, &attestHeaders);
    if (!device)
        return error;
    const std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    SandboxReply reply = d->activation.attest(*record, attestHeaders, d->nowMs());
    if (reply.status == 200) {
        d->logEvent(device->record, QStringLiteral("attested"), QStringLiteral("terminal"));
    } else {
        const QString reason =
            reply.body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        d->logEvent(device->record, QStringLiteral("attest_failed"), QStringLiteral("terminal"),
                    {{QStringLiteral("reason"), reason}});
    }
    return reply;
}

SandboxReply PairingRegistry::keys(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    SandboxReply reply = d->activation.keys(*record, request, d->nowMs());
    const QString keySetId = record->keySet.keySetId;
    Private::keepWithoutSecrets(device, std::move(*record));
    if (reply.status == 200)
        d->logEvent(device->record, QStringLiteral("keys_issued"), QStringLiteral("terminal"),
                    {{QStringLiteral("key_set_id"), keySetId}});
    return reply;
}

SandboxReply PairingRegistry::config(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    const std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    return d->activation.config(*record, d->merchants.value(record->merchantId), request, d->nowMs());
}

SandboxReply PairingRegistry::terminalParameters(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    const Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    const std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    return d->activation.terminalParameters(*record, request, d->nowMs());
}

SandboxReply PairingRegistry::activate(const PosHeaders &headers, const ActivationRequest &request)
{
    SandboxReply error;
    Private::DeviceState *device = d->posDevice(headers, &error);
    if (!device)
        return error;
    std::optional<Store::Device> record = d->withSecrets(*device, &error);
    if (!record)
        return error;
    const quint64 version = device->record.stateVersion;
    SandboxReply reply = d->activation.activate(*record, request, d->nowMs());
    Private::keepWithoutSecrets(device, std::move(*record));
    if (device->record.stateVersion != version) {
        d->logEvent(device->record, QStringLiteral("activated"), QStringLiteral("terminal"));
        d->notify(device->record);
    }
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
