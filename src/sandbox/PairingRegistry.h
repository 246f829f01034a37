#pragma once

#include "ActivationDesk.h"
#include "SandboxReply.h"
#include "SecretCheck.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace viopay {
class Clock;
}

namespace viopay::sandbox {

class Store;

// The vendor's POS activation headers as they arrived; nullopt when the header was absent.
struct PosHeaders {
    std::optional<QByteArray> deviceId;
    std::optional<QByteArray> userAgent;
    std::optional<QByteArray> clientType;
};

// What a merchant-side request carries that the rules look at.
struct MerchantRequest {
    std::optional<QByteArray> authorization; // the Authorization header
    std::optional<QByteArray> contentType;   // the Content-Type header
    QByteArray body;
    std::optional<QByteArray> idempotencyKey; // the Idempotency-Key header (claim and release)
    QByteArray query;                         // the request target's query, without '?'
    QString issuer;                           // {scheme}://{Host}/realms/viopay as this request reached the server
};

// Every rule of CONTRACT.md, independent of HTTP: devices, codes, status versions, claims,
// release, tokens, sessions, rate limits and lockouts. Each call returns the complete answer
// (status, body, extra headers) in the contract's order of checks. Not thread-safe by design:
// the sandbox calls it from its one server thread only.
class PairingRegistry {
public:
    PairingRegistry(Store &store, const Clock &clock);
    ~PairingRegistry();
    PairingRegistry(const PairingRegistry &) = delete;
    PairingRegistry &operator=(const PairingRegistry &) = delete;

    // Device side, vendor steps 1 to 3.
    SandboxReply bootstrap(const PosHeaders &headers);
    SandboxReply requestPairingCode(const PosHeaders &headers);
    // 200 with the ETag header "\"<n>\"" (n = stateVersion of the device).
    SandboxReply status(const PosHeaders &headers);
    // The device's pairing-state version (the ETag number); nullopt for an unknown device id.
    // Takes a raw header value; normalises it like the headers check does.
    std::optional<quint64> stateVersion(const QByteArray &deviceIdHeader);

    // Device side, vendor steps 5 to 8 (ACTIVATION.md).
    SandboxReply attest(const PosHeaders &headers, const AttestHeaders &attestHeaders);
    SandboxReply keys(const PosHeaders &headers, const ActivationRequest &request);
    SandboxReply config(const PosHeaders &headers, const ActivationRequest &request);
    SandboxReply terminalParameters(const PosHeaders &headers, const ActivationRequest &request);
    SandboxReply activate(const PosHeaders &headers, const ActivationRequest &request);

    // Merchant side.
    // POST /realms/viopay/protocol/openid-connect/token, form-encoded (password, refresh_token).
    SandboxReply token(const MerchantRequest &request);
    SandboxReply clientSession(const MerchantRequest &request); // POST /client/session
    // The same two, except that a secret to verify comes back as a check instead of being hashed
    // on this thread: the caller runs it elsewhere and hands the verdict to finishSecretCheck().
    // The HTTP server does, so that hashing never holds up the devices it serves.
    SignInStart startToken(const MerchantRequest &request);
    SignInStart startClientSession(const MerchantRequest &request);
    SandboxReply finishSecretCheck(const SecretCheck &check, bool matches);
    // POST /realms/viopay/protocol/openid-connect/revoke, form-encoded (RFC 7009).
    SandboxReply revoke(const MerchantRequest &request);
    // OpenID Connect provider (SIGN-IN.md): discovery, JWKS, the authorization endpoint (GET
    // serves the login page, POST its form, whose password check is deferred like the token
    // endpoint's) and the end session endpoint.
    SandboxReply openIdConfiguration(const QString &issuer) const;
    SandboxReply jwks() const;
    SandboxReply authorize(const MerchantRequest &request);
    SignInStart startAuthorizeForm(const MerchantRequest &request);
    SandboxReply authorizeForm(const MerchantRequest &request); // hashes on this thread
    SandboxReply endSession(const MerchantRequest &request);
    SandboxReply initiateSession(const MerchantRequest &request); // POST /session/initiate
    SandboxReply claim(const MerchantRequest &request);           // POST /pos/claim
    // GET /merchant/devices, with the ETag of the merchant's list (FLEET.md).
    SandboxReply devices(const MerchantRequest &request);
    SandboxReply release(const MerchantRequest &request, const QString &deviceId);
    SandboxReply locations(const MerchantRequest &request); // GET /merchant/locations
    // PATCH /merchant/devices/{id}: rename and move.
    SandboxReply updateDevice(const MerchantRequest &request, const QString &deviceId);
    // GET /merchant/devices/{id}/events?limit=N; limit is the query's value, nullopt when absent.
    SandboxReply deviceEvents(const MerchantRequest &request, const QString &deviceId,
                              const std::optional<QString> &limit);
    // The key under which the state-changed listener announces a change of the device list of
    // the request's merchant; nullopt when the request has no session.
    std::optional<QString> deviceListKey(const MerchantRequest &request);
    // The trace id of the request in hand, recorded with the history events it causes.
    void setTraceId(const QByteArray &traceId);

    // Sandbox admin (/sandbox/...).
    SandboxReply state(); // GET /sandbox/state
    // One device object, or many at once (a JSON array or text/csv), all or none.
    SandboxReply provisionDevice(const QByteArray &body, const std::optional<QByteArray> &contentType);
    SandboxReply expireCode(const QString &deviceId);        // POST /sandbox/devices/{id}/expire-code
    SandboxReply factorySecrets(const QString &deviceId);    // GET /sandbox/devices/{id}/factory
    SandboxReply revokeIdentityKey(const QString &deviceId); // POST /sandbox/devices/{id}/revoke-identity-key
    void setDeviceDrills(TerminalDrills drills);             // from PUT /sandbox/faults

    // Time: codes expire at their deadline even when nobody asks. The server asks when the next
    // expiry is due (Clock::utcNow() epoch ms) and calls expireDue() then; every call above also
    // applies any expiry that is due first.
    std::optional<qint64> nextExpiryEpochMs() const;
    void expireDue();

    // Called with the canonical device id whenever that device's state version changes
    // (new code, claim, release, expiry), after the change is committed; and with a merchant's
    // deviceListKey() whenever that merchant's device list changes.
    void setStateChangedListener(std::function<void(const QString &deviceId)> listener);

private:
    SandboxReply finishHere(const SignInStart &start); // hashes on this thread

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace viopay::sandbox
