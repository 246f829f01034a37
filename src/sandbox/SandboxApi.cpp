#include "SandboxApi.h"

#include "ClaimPage.h"
#include "RequestBody.h"

#include "core/DeviceIdentity.h"
#include "core/ErrorCode.h"
#include "core/TraceContext.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace viopay::sandbox {

namespace {
enum class Endpoint {
    Bootstrap,
    PairingCode,
    Status,
    Token,
    Revoke,
    ClientSession,
    InitiateSession,
    Claim,
    Devices,
    Release,
    Locations,
    Device,
    DeviceEvents,
    State,
    Provision,
    ExpireCode,
    Faults,
    Network,
    ClaimPage,
    Attest,
    Keys,
    Config,
    TerminalParameters,
    Activate,
    FactorySecrets,
    RevokeIdentityKey,
    OpenIdConfiguration,
    Certs,
    Authorize,
    Logout,
    HealthLive,
};

struct Route {
    Endpoint endpoint;
    QList<QByteArray> methods;
    QString deviceId; // the {device_id} path segment, when the route has one
};

// The path with its leading slash dropped, as the routes are written.
QByteArrayView routePath(const QByteArray &path)
{
    const QByteArrayView view(path);
    return view.startsWith('/') ? view.sliced(1) : view;
}

std::optional<Route> matchRoute(QByteArrayView path)
{
    static const QList<QPair<QByteArray, Route>> fixedRoutes{
        {"pos/bootstrap", {Endpoint::Bootstrap, {"POST"}, {}}},
        {"pos/pairing-code", {Endpoint::PairingCode, {"POST"}, {}}},
        {"pos/status", {Endpoint::Status, {"GET"}, {}}},
        {"realms/viopay/protocol/openid-connect/token", {Endpoint::Token, {"POST"}, {}}},
        {"realms/viopay/protocol/openid-connect/revoke", {Endpoint::Revoke, {"POST"}, {}}},
        {"client/session", {Endpoint::ClientSession, {"POST"}, {}}},
        {"auth/token", {Endpoint::ClientSession, {"POST"}, {}}}, // the vendor's legacy name, same behaviour
        {"realms/viopay/.well-known/openid-configuration", {Endpoint::OpenIdConfiguration, {"GET"}, {}}},
        {"realms/viopay/protocol/openid-connect/certs", {Endpoint::Certs, {"GET"}, {}}},
        {"realms/viopay/protocol/openid-connect/auth", {Endpoint::Authorize, {"GET", "POST"}, {}}},
        {"realms/viopay/protocol/openid-connect/logout", {Endpoint::Logout, {"GET", "POST"}, {}}},
        {"health/live", {Endpoint::HealthLive, {"GET"}, {}}},
        {"session/initiate", {Endpoint::InitiateSession, {"POST"}, {}}},
        {"pos/claim", {Endpoint::Claim, {"POST"}, {}}},
        {"merchant/devices", {Endpoint::Devices, {"GET"}, {}}},
        {"merchant/locations", {Endpoint::Locations, {"GET"}, {}}},
        {"sandbox/state", {Endpoint::State, {"GET"}, {}}},
        {"sandbox/devices", {Endpoint::Provision, {"POST"}, {}}},
        {"sandbox/faults", {Endpoint::Faults, {"GET", "PUT"}, {}}},
        {"sandbox/network", {Endpoint::Network, {"GET", "PUT"}, {}}},
        {"claim", {Endpoint::ClaimPage, {"GET"}, {}}},
        {"pos/attest", {Endpoint::Attest, {"POST"}, {}}},
        {"pos/keys", {Endpoint::Keys, {"POST"}, {}}},
        {"pos/config", {Endpoint::Config, {"POST"}, {}}},
        {"pos/terminal-parameters", {Endpoint::TerminalParameters, {"POST"}, {}}},
        {"pos/activate", {Endpoint::Activate, {"POST"}, {}}},
    };
    for (const auto &[fixedPath, route] : fixedRoutes) {
        if (path == fixedPath)
            return route;
    }
    const QList<QByteArray> segments = path.toByteArray().split('/');
    if (segments.size() < 3 || segments.size() > 4 || segments.at(2).isEmpty())
        return std::nullopt;
    const QString deviceId = QUrl::fromPercentEncoding(segments.at(2));
    const bool merchantDevice = segments.at(0) == "merchant" && segments.at(1) == "devices";
    if (segments.size() == 3)
        return merchantDevice ? std::optional<Route>(Route{Endpoint::Device, {"PATCH"}, deviceId}) : std::nullopt;
    if (merchantDevice && segments.at(3) == "release")
        return Route{Endpoint::Release, {"POST"}, deviceId};
    if (merchantDevice && segments.at(3) == "events")
        return Route{Endpoint::DeviceEvents, {"GET"}, deviceId};
    if (segments.at(0) == "sandbox" && segments.at(1) == "devices" && segments.at(3) == "expire-code")
        return Route{Endpoint::ExpireCode, {"POST"}, deviceId};
    if (segments.at(0) == "sandbox" && segments.at(1) == "devices" && segments.at(3) == "factory")
        return Route{Endpoint::FactorySecrets, {"GET"}, deviceId};
    if (segments.at(0) == "sandbox" && segments.at(1) == "devices" && segments.at(3) == "revoke-identity-key")
        return Route{Endpoint::RevokeIdentityKey, {"POST"}, deviceId};
    return std::nullopt;
}

bool isAdmin(Endpoint endpoint)
{
    return endpoint == Endpoint::State || endpoint == Endpoint::Provision || endpoint == Endpoint::ExpireCode ||
           endpoint == Endpoint::Faults || endpoint == Endpoint::Network || endpoint == Endpoint::FactorySecrets ||
           endpoint == Endpoint::RevokeIdentityKey;
}

AttestHeaders attestHeaders(const SandboxRequest &request)
{
    return {request.header("X-Key-Id"), request.header("X-Timestamp"), request.header("X-Nonce"),
            request.header("X-Signature")};
}

ActivationRequest activationRequest(const SandboxRequest &request)
{
    return {request.header("Authorization"), request.header("Content-Type"), request.body};
}

PosHeaders posHeaders(const SandboxRequest &request)
{
    return {request.header(PosHeader::DeviceId), request.header(PosHeader::UserAgent),
            request.header(PosHeader::ClientType)};
}

QRandomGenerator seededFromSystem()
{
    quint32 seed[8] = {};
    QRandomGenerator::system()->fillRange(seed);
    return QRandomGenerator(seed, seed + std::size(seed));
}

// A held request outlives the turn that read it: its headers must not point into the request.
PosHeaders ownedCopy(const PosHeaders &headers)
{
    const auto own = [](const std::optional<QByteArray> &value) {
        return value ? std::optional<QByteArray>(QByteArray(value->constData(), value->size())) : std::nullopt;
    };
    return {own(headers.deviceId), own(headers.userAgent), own(headers.clientType)};
}

// The issuer as this request reached the server: the sandbox speaks plain HTTP, so the scheme
// is http and the authority is the Host header; empty (the registry's fallback) when that header
// is absent or holds anything but a host name or address and a port.
QString issuerFor(const SandboxRequest &request)
{
    const QByteArray host = request.header("Host").value_or(QByteArray()).trimmed();
    const auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
               c == ':' || c == '[' || c == ']';
    };
    if (host.isEmpty() || !std::all_of(host.cbegin(), host.cend(), allowed))
        return {};
    return QStringLiteral("http://") + QString::fromLatin1(host) + QStringLiteral("/realms/viopay");
}

MerchantRequest merchantRequest(const SandboxRequest &request)
{
    const qsizetype queryStart = request.target.indexOf('?');
    return {request.header("Authorization"),
            request.header("Content-Type"),
            request.body,
            request.header("Idempotency-Key"),
            queryStart < 0 ? QByteArray() : request.target.mid(queryStart + 1),
            issuerFor(request)};
}

// The identity provider's endpoints are not the API (Keycloak is another server): fault drills
// leave them alone, as they leave the claim page; the network drill takes them down with the rest.
bool isIdentityProvider(Endpoint endpoint)
{
    return endpoint == Endpoint::OpenIdConfiguration || endpoint == Endpoint::Certs ||
           endpoint == Endpoint::Authorize || endpoint == Endpoint::Logout;
}

// A held list request outlives the turn that read it: it keeps its own copy of what it needs.
MerchantRequest ownedCopy(const MerchantRequest &request)
{
    const auto own = [](const std::optional<QByteArray> &value) {
        return value ? std::optional<QByteArray>(QByteArray(value->constData(), value->size())) : std::nullopt;
    };
    return {own(request.authorization), std::nullopt, QByteArray(), std::nullopt, QByteArray(), request.issuer};
}

// A query parameter's decoded value; nullopt when absent.
std::optional<QString> queryValue(const QByteArray &target, QByteArrayView name)
{
    const qsizetype queryStart = target.indexOf('?');
    if (queryStart < 0)
        return std::nullopt;
    for (const QByteArray &pair : target.mid(queryStart + 1).split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (pair.left(equals < 0 ? pair.size() : equals) == name)
            return QUrl::fromPercentEncoding(equals < 0 ? QByteArray() : pair.mid(equals + 1));
    }
    return std::nullopt;
}

// Prefer: wait=<n> (RFC 7240): nullopt without a wait preference; n above 30 counts as 30;
// 0 or no number means no wait.
std::optional<int> preferredWait(const std::optional<QByteArray> &prefer)
{
    if (!prefer)
        return std::nullopt;
    for (const QByteArray &preference : prefer->split(',')) {
        const QByteArray token = preference.split(';').constFirst().trimmed();
        const QList<QByteArray> nameValue = token.split('=');
        if (nameValue.constFirst().trimmed().toLower() != "wait")
            continue;
        bool isNumber = false;
        const long long seconds = nameValue.size() == 2 ? nameValue.at(1).trimmed().toLongLong(&isNumber) : 0;
        if (!isNumber || seconds <= 0)
            return 0;
        return int(qMin<long long>(seconds, SandboxApi::MaxWaitSeconds));
    }
    return std::nullopt;
}

// If-None-Match: "*" or a list of entity tags, compared weakly (RFC 9110 13.1.2).
bool entityTagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return !etag.isEmpty();
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

std::optional<quint64> versionOf(const SandboxReply &reply)
{
    QByteArray etag = reply.header("ETag");
    if (etag.size() < 3 || !etag.startsWith('"') || !etag.endsWith('"'))
        return std::nullopt;
    bool ok = false;
    const quint64 version = etag.mid(1, etag.size() - 2).toULongLong(&ok);
    return ok ? std::optional<quint64>(version) : std::nullopt;
}

SandboxReply notModified(SandboxReply reply)
{
    reply.status = 304;
    reply.body = {};
    return reply;
}

// The device a request concerns, for the log (which escapes it): never more than an id's length.
QString loggedDeviceId(const SandboxRequest &request, const Route &route)
{
    if (!route.deviceId.isEmpty())
        return route.deviceId.left(16);
    return QString::fromUtf8(request.header(PosHeader::DeviceId).value_or(QByteArray()).left(16));
}

// The answer for now; a secret check goes to the HTTP layer, which runs it off the server thread.
SandboxReply deferSecretCheck(SignInStart start, Dispatch &dispatch)
{
    dispatch.secretCheck = std::move(start.check);
    return std::move(start.reply);
}

// Whether a Host header (RFC 9110 7.2) names loopback: localhost, 127.x.x.x or [::1], with an
// optional port.
bool namesLoopback(const std::optional<QByteArray> &host)
{
    if (!host)
        return false;
    QByteArray name = host->trimmed().toLower();
    QByteArray port;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        port = name.mid(close + 1);
        name = name.mid(1, close - 1);
    } else if (const qsizetype colon = name.indexOf(':'); colon >= 0) {
        port = name.mid(colon);
        name = name.left(colon);
    }
    const auto isDigit = [](char symbol) { return symbol >= '0' && symbol <= '9'; };
    if (!port.isEmpty() && (port.at(0) != ':' || !std::all_of(port.cbegin() + 1, port.cend(), isDigit)))
        return false;
    if (name == "localhost")
        return true;
    QHostAddress address;
    return address.setAddress(QString::fromLatin1(name)) && address.isLoopback();
}

// Compares without an early exit, so the time taken does not tell how much of a guess matched.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const QByteArray &reference = a.size() == b.size() ? b : a;
    for (qsizetype index = 0; index < a.size(); ++index)
        difference |= static_cast<unsigned char>(a.at(index) ^ reference.at(index));
    return difference == 0;
}
} // namespace

std::optional<QByteArray> SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

qsizetype SandboxRequest::headerBytes() const
{
    qsizetype total = 0;
    for (const auto &[name, value] : headers)
        total += name.size() + value.size() + 4; // ": " and CRLF
    return total;
}

SandboxApi::SandboxApi(PairingRegistry &registry, Options options)
    : m_registry(registry)
    , m_options(std::move(options))
    , m_traceIds(seededFromSystem())
{
    if (!m_options.dice)
        m_options.dice = [] { return QRandomGenerator::global()->generateDouble(); };
}

Dispatch SandboxApi::handle(const SandboxRequest &request)
{
    Dispatch dispatch;
    dispatch.traceId = traceIdFor(request);
    m_registry.setTraceId(dispatch.traceId);
    dispatch.reply = route(request, dispatch);
    if (dispatch.hold)
        dispatch.hold->traceId = dispatch.traceId;
    stamp(dispatch.reply, dispatch.traceId);
    return dispatch;
}

QByteArray SandboxApi::traceIdFor(const SandboxRequest &request)
{
    if (const auto traceparent = request.header("traceparent")) {
        if (const auto context = TraceContext::parseTraceparent(*traceparent))
            return context->traceId();
    }
    return newTraceId();
}

// A trace id names a request in logs; it guards nothing, so a seeded generator serves, and spares
// every request the system calls of the secure one.
QByteArray SandboxApi::newTraceId()
{
    quint64 words[2] = {};
    do { // W3C forbids an all-zero id
        m_traceIds.fillRange(words);
    } while (words[0] == 0 && words[1] == 0);
    static constexpr char Hex[] = "0123456789abcdef";
    QByteArray id(TraceIdHexDigits, Qt::Uninitialized);
    char *out = id.data();
    for (quint64 word : words) {
        for (int shift = 60; shift >= 0; shift -= 4)
            *out++ = Hex[(word >> shift) & 0xF];
    }
    return id;
}

std::optional<SandboxReply> SandboxApi::resume(const HeldStatus &held, bool timedOut)
{
    m_registry.setTraceId(held.traceId);
    SandboxReply reply = held.deviceList ? m_registry.devices(*held.deviceList) : m_registry.status(held.headers);
    reply.setHeader("Preference-Applied", "wait=" + QByteArray::number(held.waitSeconds));
    const bool changed =
        reply.status != 200 || (held.deviceList ? reply.header("ETag") != held.etag : versionOf(reply) != held.version);
    if (!changed && !timedOut)
        return std::nullopt;
    if (!changed)
        reply = notModified(reply);
    stamp(reply, held.traceId);
    return reply;
}

SandboxReply SandboxApi::route(const SandboxRequest &request, Dispatch &dispatch)
{
    if (auto tooLarge = checkLimits(request))
        return *tooLarge;
    const qsizetype queryStart = request.target.indexOf('?');
    const QByteArray path = queryStart < 0 ? request.target : request.target.left(queryStart);
    const std::optional<Route> route = matchRoute(routePath(path));
    if (!route)
        return SandboxReply::error(404, ErrorCode::DeviceNotProvisioned,
                                   QStringLiteral("No such endpoint: %1").arg(QString::fromUtf8(path)));
    if (!route->methods.contains(request.method)) {
        SandboxReply reply =
            SandboxReply::error(405, ErrorCode::MethodNotAllowed,
                                QStringLiteral("Method %1 is not allowed for %2")
                                    .arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
        reply.setHeader("Allow", route->methods.join(", "));
        return reply;
    }
    dispatch.deviceId = loggedDeviceId(request, *route);
    if (route->endpoint == Endpoint::ClaimPage)
        return ClaimPage::reply(); // a page, not the API: no fault drill touches it
    if (isAdmin(route->endpoint)) {
        if (auto refused = refuseAdmin(request))
            return *refused;
        if (route->endpoint == Endpoint::FactorySecrets)
            return m_registry.factorySecrets(route->deviceId);
        if (route->endpoint == Endpoint::RevokeIdentityKey)
            return m_registry.revokeIdentityKey(route->deviceId);
        return admin(request, route->endpoint == Endpoint::ExpireCode ? route->deviceId : QString(), routePath(path));
    }
    if (m_network.dropsConnections()) {
        dispatch.dropConnection = true; // as a server that is down: the HTTP layer sends nothing
        return SandboxReply::error(503, ErrorCode::Offline,
                                   QStringLiteral("The connection is dropped (network drill)"));
    }
    if (isIdentityProvider(route->endpoint))
        return identityProvider(request, static_cast<int>(route->endpoint), dispatch);
    dispatch.delayMs = m_faults.latencyMs();
    if (auto failure = m_faults.injectedFailure(m_options.dice()))
        return *failure;

    switch (route->endpoint) {
    case Endpoint::Bootstrap:
        return m_registry.bootstrap(posHeaders(request));
    case Endpoint::PairingCode:
        return m_registry.requestPairingCode(posHeaders(request));
    case Endpoint::Status:
        return status(request, dispatch);
    case Endpoint::Token:
        return deferSecretCheck(m_registry.startToken(merchantRequest(request)), dispatch);
    case Endpoint::Revoke:
        return m_registry.revoke(merchantRequest(request));
    case Endpoint::ClientSession:
        return deferSecretCheck(m_registry.startClientSession(merchantRequest(request)), dispatch);
    case Endpoint::InitiateSession:
        return m_registry.initiateSession(merchantRequest(request));
    case Endpoint::Claim:
        return m_registry.claim(merchantRequest(request));
    case Endpoint::Devices:
        return deviceList(request, dispatch);
    case Endpoint::Locations:
        return m_registry.locations(merchantRequest(request));
    case Endpoint::Device:
        return m_registry.updateDevice(merchantRequest(request), route->deviceId);
    case Endpoint::DeviceEvents:
        return m_registry.deviceEvents(merchantRequest(request), route->deviceId, queryValue(request.target, "limit"));
    case Endpoint::Release:
        return m_registry.release(merchantRequest(request), route->deviceId);
    case Endpoint::Attest:
        return m_registry.attest(posHeaders(request), attestHeaders(request));
    case Endpoint::Keys:
        return m_registry.keys(posHeaders(request), activationRequest(request));
    case Endpoint::Config:
        return m_registry.config(posHeaders(request), activationRequest(request));
    case Endpoint::TerminalParameters:
        return m_registry.terminalParameters(posHeaders(request), activationRequest(request));
    case Endpoint::Activate:
        return m_registry.activate(posHeaders(request), activationRequest(request));
    case Endpoint::HealthLive: // the API's liveness: an offline or error drill fails it too
        return SandboxReply::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    default:
        break;
    }
    return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Unrouted endpoint"));
}

SandboxReply SandboxApi::identityProvider(const SandboxRequest &request, int endpoint, Dispatch &dispatch)
{
    const MerchantRequest merchant = merchantRequest(request);
    switch (static_cast<Endpoint>(endpoint)) {
    case Endpoint::OpenIdConfiguration:
        return m_registry.openIdConfiguration(merchant.issuer);
    case Endpoint::Certs:
        return m_registry.jwks();
    case Endpoint::Authorize:
        if (request.method == "POST")
            return deferSecretCheck(m_registry.startAuthorizeForm(merchant), dispatch);
        return m_registry.authorize(merchant);
    case Endpoint::Logout:
        return m_registry.endSession(merchant);
    default:
        break;
    }
    return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Unrouted endpoint"));
}

SandboxReply SandboxApi::finishSecretCheck(const SecretCheck &check, bool matches, const QByteArray &traceId)
{
    SandboxReply reply = m_registry.finishSecretCheck(check, matches);
    stamp(reply, traceId);
    return reply;
}

SandboxReply SandboxApi::status(const SandboxRequest &request, Dispatch &dispatch)
{
    const PosHeaders headers = posHeaders(request);
    SandboxReply reply = m_registry.status(headers);
    const std::optional<int> wait =
        m_options.holdStatus ? preferredWait(request.header("Prefer")) : std::optional<int>();
    if (wait)
        reply.setHeader("Preference-Applied", "wait=" + QByteArray::number(*wait));
    const std::optional<QByteArray> ifNoneMatch = request.header("If-None-Match");
    if (reply.status != 200 || !ifNoneMatch || !entityTagMatches(*ifNoneMatch, reply.header("ETag")))
        return reply;
    if (wait.value_or(0) == 0)
        return notModified(reply);
    const std::optional<quint64> version = versionOf(reply);
    const std::optional<QString> deviceId = DeviceIdentity::normalizeDeviceId(QString::fromLatin1(*headers.deviceId));
    if (!version || !deviceId)
        return reply;
    dispatch.hold = HeldStatus{ownedCopy(headers), *deviceId, *version, *wait, {}, std::nullopt, {}};
    return notModified(reply);
}

// As status(): the merchant's list is held until it changes (FLEET.md).
SandboxReply SandboxApi::deviceList(const SandboxRequest &request, Dispatch &dispatch)
{
    const MerchantRequest merchant = merchantRequest(request);
    SandboxReply reply = m_registry.devices(merchant);
    const std::optional<int> wait =
        m_options.holdStatus ? preferredWait(request.header("Prefer")) : std::optional<int>();
    if (wait)
        reply.setHeader("Preference-Applied", "wait=" + QByteArray::number(*wait));
    const std::optional<QByteArray> ifNoneMatch = request.header("If-None-Match");
    const QByteArray etag = reply.header("ETag");
    if (reply.status != 200 || !ifNoneMatch || !entityTagMatches(*ifNoneMatch, etag))
        return reply;
    if (wait.value_or(0) == 0)
        return notModified(reply);
    const std::optional<QString> key = m_registry.deviceListKey(merchant);
    if (!key)
        return reply;
    HeldStatus held;
    held.deviceId = *key;
    held.waitSeconds = *wait;
    held.deviceList = ownedCopy(merchant);
    held.etag = etag;
    dispatch.hold = std::move(held);
    return notModified(reply);
}

SandboxReply SandboxApi::admin(const SandboxRequest &request, const QString &expireDeviceId, QByteArrayView path)
{
    if (path == "sandbox/state")
        return m_registry.state();
    if (path == "sandbox/faults")
        return request.method == "PUT" ? replaceFaults(request.body) : SandboxReply::json(200, m_faults.toJson());
    if (path == "sandbox/network")
        return request.method == "PUT" ? m_network.replace(request.body) : SandboxReply::json(200, m_network.toJson());
    if (!expireDeviceId.isEmpty())
        return m_registry.expireCode(expireDeviceId);
    return m_registry.provisionDevice(request.body, request.header("Content-Type"));
}

SandboxReply SandboxApi::replaceFaults(const QByteArray &body)
{
    SandboxReply reply = m_faults.replace(body);
    if (reply.status == 200)
        m_registry.setDeviceDrills(m_faults.deviceDrills());
    return reply;
}

std::optional<SandboxReply> SandboxApi::checkLimits(const SandboxRequest &request) const
{
    if (request.body.size() > MaxBodyBytes)
        return SandboxReply::error(413, ErrorCode::BodyTooLarge,
                                   QStringLiteral("The request body is larger than %1 bytes").arg(MaxBodyBytes));
    if (request.target.size() > MaxTargetBytes)
        return SandboxReply::error(414, ErrorCode::UrlTooLong,
                                   QStringLiteral("The request target is longer than %1 bytes").arg(MaxTargetBytes));
    if (request.headerBytes() > MaxHeaderBytes)
        return SandboxReply::error(431, ErrorCode::HeadersTooLarge,
                                   QStringLiteral("The header fields are larger than %1 bytes").arg(MaxHeaderBytes));
    return std::nullopt;
}

std::optional<SandboxReply> SandboxApi::refuseAdmin(const SandboxRequest &request) const
{
    // Open admin endpoints trust whoever can reach loopback; a browser page on a DNS-rebound name
    // can reach it too, but its requests still carry that name as their Host.
    if (m_options.adminToken.isEmpty() && !namesLoopback(request.header("Host")))
        return SandboxReply::error(403, ErrorCode::AdminHostRefused,
                                   QStringLiteral("The sandbox admin endpoints answer only requests addressed to "
                                                  "localhost, 127.0.0.1 or [::1] (the Host header)"));
    if (!adminAuthorised(request))
        return SandboxReply::error(401, ErrorCode::Unauthorized,
                                   QStringLiteral("The sandbox admin token is missing or wrong"));
    // A cross-site page can send a "simple" POST (form or text/plain) without asking first;
    // application/json makes the browser ask, and nothing here ever says yes.
    // text/csv is no "simple" type either, so bulk provisioning may take it.
    const std::optional<QByteArray> contentType = request.header("Content-Type");
    const bool csvAllowed = request.method == "POST" && routePath(request.target) == "sandbox/devices";
    if (request.method != "GET" && !RequestBody::hasMediaType(contentType, "application/json") &&
        !(csvAllowed && RequestBody::hasMediaType(contentType, "text/csv")))
        return SandboxReply::error(415, ErrorCode::UnsupportedMediaType,
                                   QStringLiteral("Content-Type must be application/json"));
    return std::nullopt;
}

bool SandboxApi::adminAuthorised(const SandboxRequest &request) const
{
    if (m_options.adminToken.isEmpty())
        return true;
    const QByteArray authorization = request.header("Authorization").value_or(QByteArray()).trimmed();
    if (!authorization.left(7).toLower().startsWith("bearer "))
        return false;
    return equalInConstantTime(authorization.mid(7).trimmed(), m_options.adminToken);
}

void SandboxApi::stamp(SandboxReply &reply, const QByteArray &traceId)
{
    reply.setHeader(QByteArrayLiteral("X-Trace-Id"), traceId);
    QJsonObject error = reply.body.value(QLatin1String("error")).toObject();
    if (error.isEmpty() || !error.contains(QLatin1String("code")))
        return;
    error.insert(QLatin1String("trace_id"), QString::fromLatin1(traceId));
    reply.body.insert(QLatin1String("error"), error);
}

} // namespace viopay::sandbox
