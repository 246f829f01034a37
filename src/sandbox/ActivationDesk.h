#pragma once

#include "SandboxReply.h"
#include "SlidingWindowLimit.h"
#include "Store.h"
#include "core/TerminalDrill.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>
#include <utility>

namespace viopay::sandbox {

// The signature headers of POST /pos/attest as they arrived; nullopt when absent.
struct AttestHeaders {
    std::optional<QByteArray> keyId;
    std::optional<QByteArray> timestamp;
    std::optional<QByteArray> nonce;
    std::optional<QByteArray> signature;
};

// What a steps-6-to-8 request carries besides the device headers.
struct ActivationRequest {
    std::optional<QByteArray> authorization; // "Attestation att_..."
    std::optional<QByteArray> contentType;
    QByteArray body;
};

// The rules of ACTIVATION.md steps 5 to 8 once the device headers passed and the device is known:
// attestation (signature, window, nonces, failures), the attestation token and its order of
// steps, the key set, the sealed config and terminal parameters, and activation. The registry
// owns the devices and calls in; this class owns what lives only in memory (tokens, nonces,
// failures) and writes key sets and activations through the Store. One thread, like the registry.
class ActivationDesk {
public:
    static constexpr qint64 TokenLifeMs = 300'000;
    static constexpr qint64 MaxPastMs = 300'000;  // X-Timestamp at most 5 minutes old
    static constexpr qint64 MaxFutureMs = 60'000; // and at most 1 minute ahead
    static constexpr qint64 NonceMemoryMs = 600'000;
    static constexpr int FailedAttestLimit = 10;
    static constexpr qint64 FailedAttestWindowMs = 900'000;
    // Nonces of valid attestations kept per device within NonceMemoryMs; more attestations wait
    // (429) until the oldest leaves, so memory stays bounded and no nonce is forgotten early.
    static constexpr int MaxNoncesPerDevice = 100;

    explicit ActivationDesk(Store &store);

    // 400/4000 for the first missing or malformed signature header, in the table's order
    // (X-Key-Id, X-Timestamp, X-Nonce, X-Signature); nullopt when they pass.
    static std::optional<SandboxReply> checkAttestHeaders(const AttestHeaders &headers);
    // After the headers and the device: 409/4092, 401/4012 to 4015, 429/4290, then 200.
    SandboxReply attest(const Store::Device &device, const AttestHeaders &headers, qint64 nowMs);

    // Steps 6 to 8 after the device headers and the device: 401/4016, 409/4093, then the step.
    // They may change the record (key set, activation); the caller notices a new state version.
    SandboxReply keys(Store::Device &device, const ActivationRequest &request, qint64 nowMs);
    SandboxReply config(const Store::Device &device, const Store::Merchant &merchant, const ActivationRequest &request,
                        qint64 nowMs);
    SandboxReply terminalParameters(const Store::Device &device, const ActivationRequest &request, qint64 nowMs);
    SandboxReply activate(Store::Device &device, const ActivationRequest &request, qint64 nowMs);

    // The device was released: its attestation ends.
    void forget(const QString &deviceId);

    // The drills of PUT /sandbox/faults, replacing the previous ones.
    void setDrills(TerminalDrills drills) { m_drills = std::move(drills); }
    // The server time a device sees, drills included.
    qint64 deviceTimeMs(const QString &deviceId, qint64 nowMs) const;

private:
    enum class Step { Attested, Keys, Config, TerminalParameters, Activate };

    struct Attestation {
        QByteArray tokenDigest;
        qint64 expiresMs = 0;
        Step done = Step::Attested;
    };

    struct DeviceState {
        std::optional<Attestation> attestation; // one per device: a new one replaces it
        SlidingWindowLimit failures{FailedAttestLimit, FailedAttestWindowMs};
        std::deque<std::pair<qint64, QByteArray>> nonceTimes; // oldest first
        QSet<QByteArray> nonces;
    };

    SandboxReply failedAttest(DeviceState &state, SandboxReply reply, qint64 nowMs);
    void forgetOldNonces(DeviceState &state, qint64 nowMs);
    // The device's attestation when the request's token is it and it lives, with its step order
    // checked: `step` may follow the step done last, or repeat it (a retry). nullopt with *error.
    Attestation *authorise(const Store::Device &device, const ActivationRequest &request, Step step, qint64 nowMs,
                           SandboxReply *error);

    const TerminalDrill &drillFor(const QString &deviceId) const;
    // The drill's failure in place of the step, if it sets one.
    static std::optional<SandboxReply> drilledFailure(const QString &errorCode);

    Store &m_store;
    TerminalDrills m_drills;
    QHash<QString, DeviceState> m_devices; // only devices that reached the attestation checks
};

} // namespace viopay::sandbox
