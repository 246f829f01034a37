#pragma once

#include "HttpTransport.h"
#include "IssuerConfig.h"
#include "PosClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace viopay {

class Clock;

struct SignInInfo {
    int accessExpiresInSec = 0;
    bool canRefresh = false; // a password sign-in can; an API client signs in again
};

struct SessionInfo {
    QString userEmail; // for a portal user
    QString clientId;  // for an API client
    MerchantInfo merchant;
    QStringList roles; // FLEET.md: "admin" or "viewer"; empty from a server without roles
};

struct MerchantDevice {
    QString deviceId;
    QString model;
    QString os;
    QString appVersion;
    QString deviceStatus;
    QDateTime claimedAt; // invalid while not claimed
    QString claimedBy;
    QDateTime activatedAt; // invalid while not activated
    QString name;          // empty: not named
    QString locationId;    // empty: no location
    QDateTime lastSeenAt;  // invalid: the terminal was never heard from
};

// One answer of GET /merchant/devices: the list, or on a 304 only that it has not changed.
struct MerchantDeviceList {
    QList<MerchantDevice> devices;
    QByteArray etag;
    bool notModified = false;
    bool held = false; // the server holds list requests (Preference-Applied came back)
};

struct MerchantLocation {
    QString locationId;
    QString name;
    QString address;
};

// What a claim sends besides the code; every field optional.
struct ClaimDetails {
    QString name;
    QString locationId;
    QByteArray idempotencyKey; // the same for a retry of the same claim
};

// One entry of a device's history (FLEET.md), newest first in a list.
struct DeviceEvent {
    QDateTime at;
    QString type;  // "claim_refused", "attest_failed", "claimed", ...
    QString actor; // an e-mail, an API client's id, "terminal" or "sandbox"
    QString traceId;
    QJsonObject details; // the reason of a refusal or failure, among others
};

// Where tokens are asked for and revoked, and as whom. The default is the sandbox's realm on the
// API server, relative to it, as the desk client; a discovered issuer replaces it (its revocation
// endpoint may be absent).
struct TokenEndpoints {
    QString token = QStringLiteral("/realms/viopay/protocol/openid-connect/token");
    QString revocation = QStringLiteral("/realms/viopay/protocol/openid-connect/revoke"); // empty: none
    QString clientId = QStringLiteral("viopay-desk");                                     // PortalClient::DeskClientId
    static TokenEndpoints of(const IssuerConfig &issuer, const QString &clientId);
};

// The merchant's side of the API: sign-in (Keycloak password grant or API client), session,
// claim, devices, release. Holds the tokens in memory only; refreshes the access token once
// ahead of its expiry and once on a 401, then reports the error. The refresh token leaves only
// through refreshTokenChanged, for the keychain.
class PortalClient : public QObject {
    Q_OBJECT

public:
    static constexpr char DeskClientId[] = "viopay-desk";
    static constexpr char DefaultHost[] = "merchant.viopay.io";
    static constexpr qint64 RefreshAheadMs = 30'000;
    static constexpr qint64 MaxTokenLifeSec = 366LL * 24 * 60 * 60; // beyond this an answer is broken
    // Revocation is a courtesy to the server: a sign-out never waits long for it.
    static constexpr int RevocationTimeoutMs = 3'000;
    // A held list request may take its wait plus this before it counts as lost.
    static constexpr int HeldListMarginMs = 10'000;

    PortalClient(HttpTransport &transport, const Clock &clock, QObject *parent = nullptr);

    using TokenEndpoints = viopay::TokenEndpoints;
    void setTokenEndpoints(const TokenEndpoints &endpoints) { m_endpoints = endpoints; }
    const TokenEndpoints &tokenEndpoints() const { return m_endpoints; }

    void signInWithPassword(const QString &username, const QString &password, QObject *context,
                            std::function<void(const Result<SignInInfo> &)> done);
    void signInWithRefreshToken(const QString &refreshToken, QObject *context,
                                std::function<void(const Result<SignInInfo> &)> done);
    void signInWithClient(const QString &clientId, const QString &clientSecret, QObject *context,
                          std::function<void(const Result<SignInInfo> &)> done);
    void initiateSession(const QString &host, QObject *context, std::function<void(const Result<SessionInfo> &)> done);
    void claim(const QString &code, QObject *context, std::function<void(const Result<QString> &)> done);
    void claim(const QString &code, const ClaimDetails &details, QObject *context,
               std::function<void(const Result<QString> &)> done);
    void devices(QObject *context, std::function<void(const Result<QList<MerchantDevice>> &)> done);
    // The list held by the server until it differs from etag, for at most waitSeconds (FLEET.md).
    void watchDevices(const QByteArray &etag, int waitSeconds, QObject *context,
                      std::function<void(const Result<MerchantDeviceList> &)> done);
    void locations(QObject *context, std::function<void(const Result<QList<MerchantLocation>> &)> done);
    void release(const QString &deviceId, QObject *context, std::function<void(const Result<QString> &)> done);
    // The device's recent history, newest first; a server without history answers 404.
    void deviceEvents(const QString &deviceId, int limit, QObject *context,
                      std::function<void(const Result<QList<DeviceEvent>> &)> done);
    struct TokenGrant;
    // Exchanges an authorization code (RFC 6749 section 4.1.3, RFC 7636 section 4.5) without
    // taking the tokens: the caller checks the ID token first, then adopts the grant.
    void exchangeCode(const QString &code, const QString &verifier, const QString &redirectUri, QObject *context,
                      std::function<void(const Result<TokenGrant> &)> done);
    SignInInfo adoptGrant(const TokenGrant &grant);
    // PATCH /merchant/devices/{id}: a new name, a new location, or both (an empty optional: unchanged).
    void updateDevice(const QString &deviceId, const std::optional<QString> &name,
                      const std::optional<QString> &locationId, QObject *context,
                      std::function<void(const Result<QString> &)> done);
    // idempotencyKey: a repeat with it is answered as the first release was (FLEET.md).
    void release(const QString &deviceId, const QByteArray &idempotencyKey, QObject *context,
                 std::function<void(const Result<QString> &)> done);
    // Forgets the tokens here at once.
    void signOut();
    // Asks the server to revoke the sign-in (RFC 7009: the refresh token, which ends the whole
    // sign-in, or an API client's access token), best effort and unawaited, then signs out here.
    void revokeAndSignOut();

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }

    // Request building, tested without a network.
    static ApiRequest passwordGrantRequest(const QString &username, const QString &password,
                                           const TokenEndpoints &endpoints = {});
    static ApiRequest refreshGrantRequest(const QString &refreshToken, const TokenEndpoints &endpoints = {});
    static ApiRequest codeGrantRequest(const QString &code, const QString &verifier, const QString &redirectUri,
                                       const TokenEndpoints &endpoints = {});
    static ApiRequest clientSessionRequest(const QString &clientId, const QString &clientSecret);
    static ApiRequest claimRequest(const QString &code, const ClaimDetails &details = {});
    static ApiRequest deviceListRequest(const QByteArray &etag, int waitSeconds);
    static ApiRequest updateDeviceRequest(const QString &deviceId, const std::optional<QString> &name,
                                          const std::optional<QString> &locationId);
    static ApiRequest revocationRequest(const QString &token, bool isRefreshToken,
                                        const TokenEndpoints &endpoints = {});
    static ApiRequest deviceEventsRequest(const QString &deviceId, int limit);

    // Answer parsing, tested and fuzzed without a network.
    struct TokenGrant {
        QString accessToken;
        qint64 expiresInSec = 0;
        QString refreshToken; // empty: none (an API client's session)
        QString idToken;      // an OpenID sign-in's, to check before adopting the grant
    };
    static Result<TokenGrant> parseTokens(const ApiResponse &response);
    static Result<SessionInfo> parseSession(const ApiResponse &response);
    static Result<QString> parseDeviceId(const ApiResponse &response);
    static Result<QList<MerchantDevice>> parseDevices(const ApiResponse &response);
    static Result<QList<DeviceEvent>> parseDeviceEvents(const ApiResponse &response);
    static Result<MerchantDeviceList> parseDeviceList(const ApiResponse &response);
    static Result<QList<MerchantLocation>> parseLocations(const ApiResponse &response);

Q_SIGNALS:
    // The refresh token to keep (empty: forget it), after a sign-in, a rotation or a sign-out.
    void refreshTokenChanged(const QString &refreshToken);

private:
    using Send = std::function<void(const ApiResult &)>;
    void send(ApiRequest request, QObject *context, Send done); // every request of the merchant's
    void signIn(const ApiRequest &request, QObject *context, std::function<void(const Result<SignInInfo> &)> done);
    Result<SignInInfo> takeTokens(const ApiResult &result);
    void authorized(const ApiRequest &request, QObject *context, const Send &done, bool refreshedAlready = false);
    void refreshThen(QObject *context, Send done, std::function<void()> next);

    void finishRefresh(const Result<SignInInfo> &tokens);

    HttpTransport &m_transport;
    const Clock &m_clock;
    TokenEndpoints m_endpoints;
    // Requests waiting for the refresh in flight: one refresh at a time, since a rotated refresh
    // token presented twice ends the whole sign-in (RFC 9700 reuse detection).
    struct RefreshWaiter {
        QPointer<QObject> context;
        Send done;
        std::function<void()> next;
    };
    QList<RefreshWaiter> m_refreshWaiters;
    bool m_refreshing = false;
    quint64 m_signIns = 0; // counts sign-outs: a refresh answered after one is dropped
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_accessExpiresAtMs = 0; // Clock::monotonicMs()
};

} // namespace viopay
