#pragma once

#include "FaultPlan.h"
#include "NetworkDrill.h"
#include "PairingRegistry.h"
#include "SandboxReply.h"
#include "SecretCheck.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

namespace viopay::sandbox {

// One HTTP request as the sandbox sees it, whatever library received it. The HTTP adapter fills it
// with views into its own request (no copies), valid while that request lives: whatever must
// outlive the request's answer copies what it keeps.
struct SandboxRequest {
    QByteArray method;
    QByteArray target; // the request target as sent: path and optional query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    std::optional<QByteArray> header(const QByteArray &name) const; // case-insensitive
    qsizetype headerBytes() const;                                  // names, values and separators
};

// A status request waiting for its device's state to change (RFC 7240 Prefer: wait), or a
// merchant's device list request waiting for the list to change (FLEET.md).
struct HeldStatus {
    PosHeaders headers;
    QString deviceId;    // the device, or the registry's deviceListKey() for a list
    quint64 version = 0; // the version the client already has
    int waitSeconds = 0; // as applied
    QByteArray traceId;
    std::optional<MerchantRequest> deviceList; // set for a device list request
    QByteArray etag;                           // the list's ETag the client already has
};

// What the HTTP layer does with a request: answer (after delayMs), hold it, or drop its connection.
struct Dispatch {
    SandboxReply reply;
    QByteArray traceId;
    QString deviceId;               // for the log line, empty when none
    int delayMs = 0;                // fault-drill latency before answering
    std::optional<HeldStatus> hold; // set: hold instead of answering now
    bool dropConnection = false;    // close the connection without any answer (network drill)
    // Set: run it off the server thread, then answer finishSecretCheck(); `reply` answers only
    // when it cannot run now.
    std::optional<SecretCheck> secretCheck;
};

// The sandbox's HTTP semantics without an HTTP library: size limits, routing (404/405), trace
// ids, admin authorisation (loopback Host, token, JSON content type), fault and network drills and
// the status wait; the rules themselves are the registry's. Runs on the server thread only, like
// the registry.
class SandboxApi {
public:
    static constexpr int MaxBodyBytes = 16 * 1024;
    static constexpr int MaxTargetBytes = 2 * 1024;
    static constexpr int MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxWaitSeconds = 30;

    struct Options {
        // Empty: /sandbox/ endpoints are open (bound to loopback); otherwise their bearer token.
        QByteArray adminToken;
        // Uniform in [0, 1): decides which answers an error-rate drill replaces.
        std::function<double()> dice;
        // false: behave like a server without RFC 7240 support (no hold, no Preference-Applied),
        // so clients fall back to polling.
        bool holdStatus = true;
    };

    SandboxApi(PairingRegistry &registry, Options options);

    Dispatch handle(const SandboxRequest &request);
    // The answer to a held status request: 200 when the device changed, else 304 once timedOut;
    // nullopt while it should stay held.
    std::optional<SandboxReply> resume(const HeldStatus &held, bool timedOut);
    // The answer once a dispatched secret check has run.
    SandboxReply finishSecretCheck(const SecretCheck &check, bool matches, const QByteArray &traceId);

    const FaultPlan &faults() const { return m_faults; }
    // Whether API requests lose their connection now (PUT /sandbox/network), also for those
    // already held or waiting.
    bool dropsConnections() const { return m_network.dropsConnections(); }

private:
    SandboxReply route(const SandboxRequest &request, Dispatch &dispatch);
    SandboxReply status(const SandboxRequest &request, Dispatch &dispatch);
    SandboxReply deviceList(const SandboxRequest &request, Dispatch &dispatch);
    // Discovery, JWKS, login page and sign-out; `endpoint` is the route's.
    SandboxReply identityProvider(const SandboxRequest &request, int endpoint, Dispatch &dispatch);
    // path without its leading slash; expireDeviceId set for POST /sandbox/devices/{id}/expire-code.
    SandboxReply admin(const SandboxRequest &request, const QString &expireDeviceId, QByteArrayView path);
    SandboxReply replaceFaults(const QByteArray &body);   // the registry gets the device drills too
    QByteArray traceIdFor(const SandboxRequest &request); // a traceparent's trace-id, else a new one
    QByteArray newTraceId();
    std::optional<SandboxReply> checkLimits(const SandboxRequest &request) const;
    // 403 for an open admin endpoint addressed to a name other than loopback, 401 without the
    // admin token, 415 for a change without a JSON content type; nullopt when none applies.
    std::optional<SandboxReply> refuseAdmin(const SandboxRequest &request) const;
    bool adminAuthorised(const SandboxRequest &request) const;
    static void stamp(SandboxReply &reply, const QByteArray &traceId);

    PairingRegistry &m_registry;
    Options m_options;
    FaultPlan m_faults;
    NetworkDrill m_network;
    QRandomGenerator m_traceIds;
    static constexpr int TraceIdHexDigits = 32;
};

} // namespace viopay::sandbox
