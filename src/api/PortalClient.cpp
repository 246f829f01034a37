#include "PortalClient.h"

#include "JsonFields.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

namespace viopay {

namespace {
Q_LOGGING_CATEGORY(lcPortal, "viopay.api.portal")

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

ApiRequest formRequest(const QList<QByteArray> &fields, const QString &path)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = fields.join('&');
    return request;
}

} // namespace

PortalClient::PortalClient(HttpTransport &transport, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
{}

TokenEndpoints TokenEndpoints::of(const IssuerConfig &issuer, const QString &clientId)
{
    return {issuer.tokenEndpoint.toString(), issuer.revocationEndpoint.toString(), clientId};
}

ApiRequest PortalClient::passwordGrantRequest(const QString &username, const QString &password,
                                              const TokenEndpoints &endpoints)
{
    return formRequest({"grant_type=password", formField("client_id", endpoints.clientId),
                        formField("username", username), formField("password", password)},
                       endpoints.token);
}

ApiRequest PortalClient::refreshGrantRequest(const QString &refreshToken, const TokenEndpoints &endpoints)
{
    return formRequest({"grant_type=refresh_token", formField("client_id", endpoints.clientId),
                        formField("refresh_token", refreshToken)},
                       endpoints.token);
}

ApiRequest PortalClient::codeGrantRequest(const QString &code, const QString &verifier, const QString &redirectUri,
                                          const TokenEndpoints &endpoints)
{
    return formRequest({"grant_type=authorization_code", formField("client_id", endpoints.clientId),
                        formField("code", code), formField("redirect_uri", redirectUri),
                        formField("code_verifier", verifier)},
                       endpoints.token);
}

ApiRequest PortalClient::clientSessionRequest(const QString &clientId, const QString &clientSecret)
{
    return ApiRequest::json("POST", QStringLiteral("/client/session"),
                            {{QLatin1String("client_id"), clientId}, {QLatin1String("client_secret"), clientSecret}});
}

ApiRequest PortalClient::claimRequest(const QString &code, const ClaimDetails &details)
{
    QJsonObject body{{QLatin1String("pairing_code"), code}};
    if (!details.name.trimmed().isEmpty())
        body.insert(QLatin1String("name"), details.name.trimmed());
    if (!details.locationId.isEmpty())
        body.insert(QLatin1String("location_id"), details.locationId);
    ApiRequest request = ApiRequest::json("POST", QStringLiteral("/pos/claim"), body);
    if (!details.idempotencyKey.isEmpty())
        request.headers.append({"Idempotency-Key", details.idempotencyKey});
    return request;
}

ApiRequest PortalClient::deviceListRequest(const QByteArray &etag, int waitSeconds)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/merchant/devices"));
    if (!etag.isEmpty())
        request.headers.append({"If-None-Match", etag});
    if (waitSeconds > 0) {
        request.headers.append({"Prefer", "wait=" + QByteArray::number(waitSeconds)});
        request.heldMs = waitSeconds * 1000;
        request.timeoutMs = request.heldMs + HeldListMarginMs;
    }
    return request;
}

ApiRequest PortalClient::revocationRequest(const QString &token, bool isRefreshToken, const TokenEndpoints &endpoints)
{
    ApiRequest request = formRequest(
        {formField("token", token),
         isRefreshToken ? QByteArray("token_type_hint=refresh_token") : QByteArray("token_type_hint=access_token"),
         formField("client_id", endpoints.clientId)},
        endpoints.revocation);
    request.timeoutMs = RevocationTimeoutMs;
    return request;
}

void PortalClient::signInWithPassword(const QString &username, const QString &password, QObject *context,
                                      std::function<void(const Result<SignInInfo> &)> done)
{
    signIn(passwordGrantRequest(username, password, m_endpoints), context, std::move(done));
}

void PortalClient::signInWithRefreshToken(const QString &refreshToken, QObject *context,
                                          std::function<void(const Result<SignInInfo> &)> done)
{
    signIn(refreshGrantRequest(refreshToken, m_endpoints), context, std::move(done));
}

void PortalClient::signInWithClient(const QString &clientId, const QString &clientSecret, QObject *context,
                                    std::function<void(const Result<SignInInfo> &)> done)
{
    signIn(clientSessionRequest(clientId, clientSecret), context, std::move(done));
}

void PortalClient::send(ApiRequest request, QObject *context, Send done)
{
    request.origin = ExchangeOrigin::merchant();
    m_transport.send(request, context, std::move(done));
}

void PortalClient::signIn(const ApiRequest &request, QObject *context,
                          std::function<void(const Result<SignInInfo> &)> done)
{
    send(request, context, [this, done = std::move(done)](const ApiResult &result) { done(takeTokens(result)); });
}

Result<PortalClient::TokenGrant> PortalClient::parseTokens(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    TokenGrant grant;
    grant.accessToken = fields.string("access_token");
    grant.expiresInSec = fields.integer("expires_in");
    if (!fields.error() && (grant.expiresInSec <= 0 || grant.expiresInSec > MaxTokenLifeSec))
        fields.fail(QStringLiteral("\"expires_in\" in the answer is not a token's life: %1").arg(grant.expiresInSec));
    if (response.json.contains(QLatin1String("refresh_token")))
        grant.refreshToken = fields.string("refresh_token");
    if (response.json.contains(QLatin1String("id_token")))
        grant.idToken = fields.string("id_token");
    if (fields.error())
        return *fields.error();
    return grant;
}

Result<SignInInfo> PortalClient::takeTokens(const ApiResult &result)
{
    if (const auto *error = std::get_if<ApiError>(&result))
        return *error;
    const Result<TokenGrant> parsed = parseTokens(std::get<ApiResponse>(result));
    if (const auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    return adoptGrant(std::get<TokenGrant>(parsed));
}

void PortalClient::exchangeCode(const QString &code, const QString &verifier, const QString &redirectUri,
                                QObject *context, std::function<void(const Result<TokenGrant> &)> done)
{
    send(codeGrantRequest(code, verifier, redirectUri, m_endpoints), context,
         parsedBy(&PortalClient::parseTokens, std::move(done)));
}

SignInInfo PortalClient::adoptGrant(const TokenGrant &grant)
{
    m_accessToken = grant.accessToken;
    m_accessExpiresAtMs = m_clock.monotonicMs() + grant.expiresInSec * 1000;
    if (grant.refreshToken != m_refreshToken) {
        m_refreshToken = grant.refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    return SignInInfo{int(grant.expiresInSec), !m_refreshToken.isEmpty()};
}

void PortalClient::initiateSession(const QString &host, QObject *context,
                                   std::function<void(const Result<SessionInfo> &)> done)
{
    authorized(ApiRequest::json("POST", QStringLiteral("/session/initiate"), {{QLatin1String("host"), host}}), context,
               parsedBy(&PortalClient::parseSession, std::move(done)));
}

void PortalClient::claim(const QString &code, QObject *context, std::function<void(const Result<QString> &)> done)
{
    claim(code, ClaimDetails{}, context, std::move(done));
}

void PortalClient::claim(const QString &code, const ClaimDetails &details, QObject *context,
                         std::function<void(const Result<QString> &)> done)
{
    authorized(claimRequest(code, details), context, parsedBy(&PortalClient::parseDeviceId, std::move(done)));
}

void PortalClient::devices(QObject *context, std::function<void(const Result<QList<MerchantDevice>> &)> done)
{
    authorized(ApiRequest::get(QStringLiteral("/merchant/devices")), context,
               parsedBy(&PortalClient::parseDevices, std::move(done)));
}

ApiRequest PortalClient::updateDeviceRequest(const QString &deviceId, const std::optional<QString> &name,
                                             const std::optional<QString> &locationId)
{
    QJsonObject body;
    if (name)
        body.insert(QLatin1String("name"), name->trimmed());
    if (locationId)
        body.insert(QLatin1String("location_id"), *locationId);
    return ApiRequest::json(
        "PATCH", QStringLiteral("/merchant/devices/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId))),
        body);
}

void PortalClient::updateDevice(const QString &deviceId, const std::optional<QString> &name,
                                const std::optional<QString> &locationId, QObject *context,
                                std::function<void(const Result<QString> &)> done)
{
    authorized(updateDeviceRequest(deviceId, name, locationId), context,
               parsedBy(&PortalClient::parseDeviceId, std::move(done)));
}

void PortalClient::watchDevices(const QByteArray &etag, int waitSeconds, QObject *context,
                                std::function<void(const Result<MerchantDeviceList> &)> done)
{
    authorized(deviceListRequest(etag, waitSeconds), context,
               parsedBy(&PortalClient::parseDeviceList, std::move(done)));
}

void PortalClient::locations(QObject *context, std::function<void(const Result<QList<MerchantLocation>> &)> done)
{
    authorized(ApiRequest::get(QStringLiteral("/merchant/locations")), context,
               parsedBy(&PortalClient::parseLocations, std::move(done)));
}

void PortalClient::release(const QString &deviceId, QObject *context, std::function<void(const Result<QString> &)> done)
{
    release(deviceId, QByteArray(), context, std::move(done));
}

void PortalClient::release(const QString &deviceId, const QByteArray &idempotencyKey, QObject *context,
                           std::function<void(const Result<QString> &)> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path =
        QStringLiteral("/merchant/devices/%1/release").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId)));
    if (!idempotencyKey.isEmpty())
        request.headers.append({"Idempotency-Key", idempotencyKey});
    authorized(request, context, parsedBy(&PortalClient::parseDeviceId, std::move(done)));
}

void PortalClient::deviceEvents(const QString &deviceId, int limit, QObject *context,
                                std::function<void(const Result<QList<DeviceEvent>> &)> done)
{
    authorized(deviceEventsRequest(deviceId, limit), context,
               parsedBy(&PortalClient::parseDeviceEvents, std::move(done)));
}

void PortalClient::signOut()
{
    ++m_signIns;
    m_accessToken.clear();
    m_accessExpiresAtMs = 0;
    if (m_refreshToken.isEmpty())
        return;
    m_refreshToken.clear();
    Q_EMIT refreshTokenChanged({});
}

void PortalClient::revokeAndSignOut()
{
    const bool hasRefreshToken = !m_refreshToken.isEmpty();
    const QString token = hasRefreshToken ? m_refreshToken : m_accessToken;
    signOut();
    if (token.isEmpty() || m_endpoints.revocation.isEmpty())
        return;
    // A server without revocation, or out of reach, leaves the token to expire on its own.
    m_transport.send(revocationRequest(token, hasRefreshToken, m_endpoints), this, [](const ApiResult &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            qCInfo(lcPortal).noquote() << "The server did not revoke the sign-in:" << error->message();
    });
}

void PortalClient::authorized(const ApiRequest &request, QObject *context, const Send &done, bool refreshedAlready)
{
    const bool canRefresh = !m_refreshToken.isEmpty() && !refreshedAlready;
    if (canRefresh && m_accessExpiresAtMs - m_clock.monotonicMs() < RefreshAheadMs) {
        refreshThen(context, done, [this, request, context, done] { authorized(request, context, done, true); });
        return;
    }
    ApiRequest withToken = request;
    withToken.headers.append({"Authorization", "Bearer " + m_accessToken.toLatin1()});
    send(withToken, context, [this, request, context, done, canRefresh](const ApiResult &result) {
        const auto *error = std::get_if<ApiError>(&result);
        if (!error || error->httpStatus() != 401 || !canRefresh) {
            done(result);
            return;
        }
        refreshThen(context, done, [this, request, context, done] { authorized(request, context, done, true); });
    });
}

void PortalClient::refreshThen(QObject *context, Send done, std::function<void()> next)
{
    m_refreshWaiters.append({context, std::move(done), std::move(next)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    send(refreshGrantRequest(m_refreshToken, m_endpoints), this, [this, signIn = m_signIns](const ApiResult &result) {
        // Signed out meanwhile: these tokens must not sign the client in again.
        if (signIn != m_signIns) {
            finishRefresh(ApiError::cancelled(QStringLiteral("signed out during the refresh")));
            return;
        }
        finishRefresh(takeTokens(result));
    });
}

void PortalClient::finishRefresh(const Result<SignInInfo> &tokens)
{
    m_refreshing = false;
    const QList<RefreshWaiter> waiters = std::exchange(m_refreshWaiters, {});
    const auto *error = std::get_if<ApiError>(&tokens);
    // A refused refresh token is dead: forget it, so the screen asks to sign in.
    if (error && (error->httpStatus() == 400 || error->httpStatus() == 401))
        signOut();
    for (const RefreshWaiter &waiter : waiters) {
        if (!waiter.context)
            continue; // its owner went away meanwhile, as a cancelled request would
        if (error)
            waiter.done(*error);
        else
            waiter.next();
    }
}

Result<SessionInfo> PortalClient::parseSession(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    SessionInfo session;
    const QJsonObject merchant = fields.object("merchant");
    JsonFields merchantFields(merchant, response.status, response.traceId, QStringLiteral("merchant."));
    session.merchant = {merchantFields.string("id"), merchantFields.string("name")};
    if (const auto user = fields.optionalObject("user"))
        session.userEmail = JsonFields(*user, response.status, response.traceId).string("email");
    if (const auto client = fields.optionalObject("client"))
        session.clientId = JsonFields(*client, response.status, response.traceId).string("client_id");
    for (const QJsonValue role : response.json.value(QLatin1String("roles")).toArray())
        session.roles << role.toString();
    if (fields.error())
        return *fields.error();
    if (merchantFields.error())
        return *merchantFields.error();
    return session;
}

Result<QString> PortalClient::parseDeviceId(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const QString deviceId = fields.string("device_id");
    if (fields.error())
        return *fields.error();
    return deviceId;
}

ApiRequest PortalClient::deviceEventsRequest(const QString &deviceId, int limit)
{
    return ApiRequest::get(QStringLiteral("/merchant/devices/%1/events?limit=%2")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId)))
                               .arg(limit));
}

Result<QList<DeviceEvent>> PortalClient::parseDeviceEvents(const ApiResponse &response)
{
    const QJsonValue list = response.json.value(QLatin1String("events"));
    JsonFields top(response.json, response.status, response.traceId);
    if (!list.isArray()) {
        top.fail(QStringLiteral("\"events\" in the answer is not a list"));
        return *top.error();
    }
    QList<DeviceEvent> events;
    for (const QJsonValue item : list.toArray()) {
        JsonFields fields(item.toObject(), response.status, response.traceId, QStringLiteral("events[]."));
        DeviceEvent event{QDateTime::fromString(fields.string("at"), Qt::ISODate), fields.string("type"),
                          fields.nullableString("actor"), fields.nullableString("trace_id"),
                          fields.optionalObject("details").value_or(QJsonObject())};
        if (fields.error())
            return *fields.error();
        events.append(event);
    }
    return events;
}

Result<QList<MerchantDevice>> PortalClient::parseDevices(const ApiResponse &response)
{
    const QJsonValue list = response.json.value(QLatin1String("devices"));
    JsonFields top(response.json, response.status, response.traceId);
    if (!list.isArray()) {
        top.fail(QStringLiteral("\"devices\" in the answer is not a list"));
        return *top.error();
    }
    QList<MerchantDevice> devices;
    for (const QJsonValue item : list.toArray()) {
        JsonFields fields(item.toObject(), response.status, response.traceId, QStringLiteral("devices[]."));
        // os and app_version are null until the terminal has been seen.
        MerchantDevice device{fields.string("device_id"),          fields.string("model"),
                              fields.nullableString("os"),         fields.nullableString("app_version"),
                              fields.string("device_status"),      {},
                              fields.nullableString("claimed_by"), {}};
        const QString claimedAt = fields.nullableString("claimed_at");
        if (!claimedAt.isEmpty())
            device.claimedAt = QDateTime::fromString(claimedAt, Qt::ISODate);
        // A server older than the fleet (FLEET.md) leaves these out: then they are unknown.
        const QJsonObject object = item.toObject();
        if (object.contains(QLatin1String("name")))
            device.name = fields.nullableString("name");
        if (object.contains(QLatin1String("location_id")))
            device.locationId = fields.nullableString("location_id");
        if (object.contains(QLatin1String("last_seen_at"))) {
            const QString lastSeen = fields.nullableString("last_seen_at");
            if (!lastSeen.isEmpty())
                device.lastSeenAt = QDateTime::fromString(lastSeen, Qt::ISODate);
        }
        // A server older than activation leaves activated_at out: the device is then not activated.
        if (item.toObject().contains(QLatin1String("activated_at"))) {
            const QString activatedAt = fields.nullableString("activated_at");
            if (!activatedAt.isEmpty())
                device.activatedAt = QDateTime::fromString(activatedAt, Qt::ISODate);
        }
        if (fields.error())
            return *fields.error();
        devices.append(device);
    }
    return devices;
}

Result<MerchantDeviceList> PortalClient::parseDeviceList(const ApiResponse &response)
{
    MerchantDeviceList list;
    list.etag = response.header("ETag");
    list.held = response.header("Preference-Applied").trimmed().startsWith("wait=");
    if (response.status == 304) {
        list.notModified = true;
        return list;
    }
    Result<QList<MerchantDevice>> devices = parseDevices(response);
    if (const auto *error = std::get_if<ApiError>(&devices))
        return *error;
    list.devices = std::get<QList<MerchantDevice>>(std::move(devices));
    return list;
}

Result<QList<MerchantLocation>> PortalClient::parseLocations(const ApiResponse &response)
{
    const QJsonValue list = response.json.value(QLatin1String("locations"));
    JsonFields top(response.json, response.status, response.traceId);
    if (!list.isArray()) {
        top.fail(QStringLiteral("\"locations\" in the answer is not a list"));
        return *top.error();
    }
    QList<MerchantLocation> locations;
    for (const QJsonValue item : list.toArray()) {
        JsonFields fields(item.toObject(), response.status, response.traceId, QStringLiteral("locations[]."));
        MerchantLocation location{fields.string("location_id"), fields.string("name"),
                                  fields.nullableString("address")};
        if (fields.error())
            return *fields.error();
        locations.append(location);
    }
    return locations;
}

} // namespace viopay
