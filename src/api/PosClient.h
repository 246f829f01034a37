#pragma once

#include "HttpTransport.h"

#include "core/DeviceIdentity.h"
#include "core/PairingCode.h"

#include <QDateTime>

#include <optional>

namespace viopay {

struct BootstrapInfo {
    QDateTime serverTime; // UTC
    QString minSupportedVersion;
};

struct PairingCodeGrant {
    PairingCode code;
    int expiresInSec = 0;
};

struct MerchantInfo {
    QString id;
    QString name;
};

struct DeviceStatus {
    bool notModified = false; // 304: nothing changed since the ETag given (the fields are empty)
    QString deviceStatus;     // inactive, claimed, activated
    bool isClaimed = false;
    QString pairingCodeStatus; // pending, used, expired, none
    std::optional<int> expiresInSec;
    std::optional<MerchantInfo> merchant;
    QByteArray etag;
    // Whether the server holds status requests (Preference-Applied came back): if not, poll.
    bool waitHonoured = false;
    int appliedWaitSeconds = 0; // the n of Preference-Applied: wait=n, 0 without it
};

// What a terminal signs and sends to attest (ACTIVATION.md step 5); the session signs, the
// client only carries it.
struct Attestation {
    QString keyId;
    QByteArray timestamp; // RFC 3339 UTC, by the terminal's own clock
    QByteArray nonce;
    QByteArray signature; // "v1=" + base64(HMAC-SHA256)
};

struct AttestationGrant {
    QString token; // "att_…"
    int expiresInSec = 0;
};

// One key of POST /pos/keys, still wrapped.
struct WrappedKey {
    QString name; // tmk, kek, msk, tpk, tdk, mac
    QString keyId;
    QByteArray keyBlock; // the ASCII TR-31 block (the answer's base64 decoded)
    QString usage;
    QByteArray kcv;
};

struct KeySetGrant {
    QString keySetId;
    QList<WrappedKey> keys; // in the hierarchy's order: tmk, kek, then the working keys
};

// An MSK envelope of steps 7 and 8 as it came, with the trace id of the exchange that brought it
// (Exchange::traceId), so what the terminal opens can be shown beside it in the inspector.
struct SealedAnswer {
    QJsonObject envelope;
    QString traceId;
};

// The terminal's side of the API (vendor steps 1 to 3 and 5 to 8), with the device's three headers.
// Steps 6 to 8 carry the attestation token; their MSK envelopes pass through as JSON: the
// session does the cryptography.
class PosClient : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 MaxCodeLifeSec = 24 * 60 * 60; // beyond this an answer is broken

    PosClient(HttpTransport &transport, DeviceIdentity device, QObject *parent = nullptr);

    void bootstrap(QObject *context, std::function<void(const Result<BootstrapInfo> &)> done);
    void requestPairingCode(QObject *context, std::function<void(const Result<PairingCodeGrant> &)> done);
    // etag empty: an unconditional status; waitSeconds > 0 asks the server to hold it.
    void status(const QByteArray &etag, int waitSeconds, QObject *context,
                std::function<void(const Result<DeviceStatus> &)> done);

    void attest(const Attestation &attestation, QObject *context,
                std::function<void(const Result<AttestationGrant> &)> done);
    void keys(const QString &token, QObject *context, std::function<void(const Result<KeySetGrant> &)> done);
    // The answers are MSK envelopes, checked only for being JSON objects.
    void config(const QString &token, QObject *context, std::function<void(const Result<SealedAnswer> &)> done);
    void terminalParameters(const QString &token, QObject *context,
                            std::function<void(const Result<SealedAnswer> &)> done);
    void activate(const QString &token, const QJsonObject &envelope, QObject *context,
                  std::function<void(const Result<SealedAnswer> &)> done);

    const DeviceIdentity &device() const { return m_device; }
    HttpTransport &transport() const { return m_transport; }

    // Request building, tested without a network.
    ApiRequest bootstrapRequest() const;
    ApiRequest pairingCodeRequest() const;
    ApiRequest statusRequest(const QByteArray &etag, int waitSeconds) const;
    ApiRequest attestRequest(const Attestation &attestation) const;
    // POST path with the attestation token, for keys, config and terminal parameters.
    ApiRequest attestedRequest(const QString &path, const QString &token) const;
    ApiRequest activateRequest(const QString &token, const QJsonObject &envelope) const;

    static Result<BootstrapInfo> parseBootstrap(const ApiResponse &response);
    static Result<PairingCodeGrant> parsePairingCode(const ApiResponse &response);
    static Result<DeviceStatus> parseStatus(const ApiResponse &response);
    static Result<AttestationGrant> parseAttestation(const ApiResponse &response);
    static Result<KeySetGrant> parseKeySet(const ApiResponse &response);
    static Result<SealedAnswer> parseEnvelope(const ApiResponse &response);

private:
    HttpTransport &m_transport;
    DeviceIdentity m_device;
};

} // namespace viopay
