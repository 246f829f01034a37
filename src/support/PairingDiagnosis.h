#pragma once

#include "Diagnosis.h"
#include "DiagnosisCheck.h"

#include "api/HttpTransport.h"
#include "api/PosClient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace viopay {

class Clock;
class ConnectionProbe;
class MerchantChecks;

// "Why won't this terminal pair?": runs the checks of a diagnosis one after another against the
// transport's server and reports each as it finishes. Read-only by design: it sends only
// /health/live, bootstrap and status as the device, and the sandbox's GET admin endpoints; never a
// pairing code request (it would replace the terminal's code), never a claim (a failed one counts
// toward the merchant's lockout). Its device User-Agent names no version or OS, so the server keeps
// the terminal's last seen ones. A check the server cannot answer says "not available", not "fail".
class PairingDiagnosis : public QObject {
    Q_OBJECT

public:
    // The attestation window (ACTIVATION.md): a terminal's clock may be this far behind or ahead.
    static constexpr int MaxBehindSeconds = 5 * 60;
    static constexpr int MaxAheadSeconds = 60;
    static constexpr int DefaultTimeoutMs = 10'000;

    struct Options {
        QString deviceId;                   // canonical (DeviceIdentity::normalizeDeviceId)
        QString appVersion;                 // held against the server's min_supported_version
        QByteArray adminToken;              // a sandbox's admin token; loopback sandboxes need none
        MerchantChecks *merchant = nullptr; // checks 6 to 8; without it they say "sign in"
        int timeoutMs = DefaultTimeoutMs;   // per request, without retries
    };

    PairingDiagnosis(HttpTransport &transport, const Clock &clock, Options options, QObject *parent = nullptr);
    ~PairingDiagnosis() override;

    // How many checks a diagnosis reports, skipped ones included.
    static int checkCount();

    // Runs every check once; checkFinished for each, then finished. Once per object.
    void start();
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    bool isFinished() const { return m_finished; }

    // Whether the sandbox checks may ask the server's /sandbox/ endpoints: a loopback server or a token.
    bool hasAdminAccess() const;

Q_SIGNALS:
    void checkFinished(const viopay::DiagnosisCheck &check);
    void finished(const viopay::Diagnosis &diagnosis);

private:
    struct Timed {
        ApiResult result;
        qint64 roundTripMs = 0;
        QDateTime sentAt; // UTC, by the clock
    };

    void send(ApiRequest request, std::function<void(const Timed &)> done);
    ApiRequest deviceRequest(const QByteArray &method, const QString &path) const;
    ApiRequest adminRequest(const QString &path) const;

    void checkReachability();
    void checkHealth();
    void checkBootstrap();
    void bootstrapAnswered(const Timed &answer);
    void checkClock(const BootstrapInfo &info, const Timed &answer);
    void checkAppVersion(const BootstrapInfo &info);
    void checkStatus();
    void checkMerchant();
    void checkFaults();
    void checkIdentityKey();
    void finish();

    void add(const DiagnosisCheck &check);
    // Every check not yet run, marked "not available" with why.
    void skipRest(const QString &why);
    void skip(const QString &id, const QString &title, const QString &why);

    HttpTransport &m_transport;
    const Clock &m_clock;
    Options m_options;
    Diagnosis m_diagnosis;
    ConnectionProbe *m_probe = nullptr;
    std::optional<bool> m_provisioned; // bootstrap's answer: nullopt until it says yes or 404
    bool m_finished = false;
};

} // namespace viopay
