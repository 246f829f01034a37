#include "PairingDiagnosis.h"

#include "ConnectionProbe.h"
#include "MerchantChecks.h"

#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "core/DeviceIdentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QVersionNumber>

namespace viopay {

namespace {
using Verdict = DiagnosisCheck::Verdict;

// The checks in the order they run; a check skipped is still listed, as "not available".
const QStringList &checkIds()
{
    static const QStringList ids{
        QStringLiteral("reachability"),   QStringLiteral("health"),      QStringLiteral("clock"),
        QStringLiteral("app-version"),    QStringLiteral("provisioned"), QStringLiteral("state"),
        QStringLiteral("ownership"),      QStringLiteral("history"),     QStringLiteral("claim-lockout"),
        QStringLiteral("sandbox-faults"), QStringLiteral("identity-key")};
    return ids;
}

QString titleOf(const QString &id)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("reachability"), QT_TRANSLATE_NOOP("PairingDiagnosis", "API reachable")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Service health")},
        {QStringLiteral("clock"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Clock")},
        {QStringLiteral("app-version"), QT_TRANSLATE_NOOP("PairingDiagnosis", "App version")},
        {QStringLiteral("provisioned"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Device provisioned")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Pairing state")},
        {QStringLiteral("ownership"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Whose terminal")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Recent history")},
        {QStringLiteral("claim-lockout"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Claim lockout")},
        {QStringLiteral("sandbox-faults"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Sandbox fault drills")},
        {QStringLiteral("identity-key"), QT_TRANSLATE_NOOP("PairingDiagnosis", "Identity key")},
    };
    return QCoreApplication::translate("PairingDiagnosis", titles.value(id)); // the context they are marked in
}

DiagnosisCheck make(const QString &id, Verdict verdict, const QString &finding, const QString &nextStep = {})
{
    return DiagnosisCheck::make(id, titleOf(id), verdict, finding, nextStep);
}

bool isMissingEndpoint(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && (error.httpStatus() == 404 || error.httpStatus() == 405);
}

QString traceOf(const ApiResult &result)
{
    if (const auto *error = std::get_if<ApiError>(&result))
        return error->traceId();
    return std::get<ApiResponse>(result).traceId;
}
} // namespace

int PairingDiagnosis::checkCount()
{
    return int(checkIds().size());
}

PairingDiagnosis::PairingDiagnosis(HttpTransport &transport, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_diagnosis.deviceId = m_options.deviceId;
    m_diagnosis.server = transport.baseUrl();
}

PairingDiagnosis::~PairingDiagnosis() = default;

void PairingDiagnosis::start()
{
    m_diagnosis.startedAt = m_clock.utcNow();
    checkReachability();
}

bool PairingDiagnosis::hasAdminAccess() const
{
    if (!m_options.adminToken.isEmpty())
        return true;
    const QString host = m_transport.baseUrl().host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void PairingDiagnosis::send(ApiRequest request, std::function<void(const Timed &)> done)
{
    request.repeatable = false; // one answer per question: a retry would hide what the server said
    request.timeoutMs = m_options.timeoutMs;
    const qint64 sentMs = m_clock.monotonicMs();
    const QDateTime sentAt = m_clock.utcNow();
    m_transport.send(request, this, [this, sentMs, sentAt, done = std::move(done)](const ApiResult &result) {
        done({result, m_clock.monotonicMs() - sentMs, sentAt});
    });
}

ApiRequest PairingDiagnosis::deviceRequest(const QByteArray &method, const QString &path) const
{
    ApiRequest request = ApiRequest::get(path);
    request.method = method;
    // The vendor's three headers, with a User-Agent that names no version or OS: the server
    // would keep them as the terminal's last seen values, and a diagnosis changes nothing.
    request.headers = {{PosHeader::DeviceId, m_options.deviceId.toUtf8()},
                       {PosHeader::UserAgent, PosHeader::UserAgentProduct},
                       {PosHeader::ClientType, PosHeader::ClientTypePos}};
    request.origin = ExchangeOrigin::terminal(m_options.deviceId);
    return request;
}

ApiRequest PairingDiagnosis::adminRequest(const QString &path) const
{
    ApiRequest request = ApiRequest::get(path);
    if (!m_options.adminToken.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_options.adminToken});
    request.origin = ExchangeOrigin::drill();
    return request;
}

void PairingDiagnosis::checkReachability()
{
    // An address the app itself refuses (plain http:// off this computer) is why it cannot pair.
    if (const QString refusal = m_transport.refusalFor(m_transport.baseUrl()); !refusal.isEmpty()) {
        add(make(QStringLiteral("reachability"), Verdict::Fail, refusal));
        skipRest(tr("Not checked: the app refuses this server's address."));
        return;
    }
    m_probe = new ConnectionProbe(m_clock, this);
    m_probe->run(m_transport.baseUrl(), [this](const DiagnosisCheck &check) {
        m_probe->deleteLater();
        m_probe = nullptr;
        add(check);
        if (check.verdict == Verdict::Fail) {
            skipRest(tr("Not checked: the server could not be reached."));
            return;
        }
        checkHealth();
    });
}

void PairingDiagnosis::checkHealth()
{
    send(ApiRequest::get(QStringLiteral("/health/live")), [this](const Timed &answer) {
        const QString id = QStringLiteral("health");
        const auto *error = std::get_if<ApiError>(&answer.result);
        // A liveness probe may answer plain text ("OK"): any 2xx says the service lives.
        const bool alive = !error || (error->kind() == ApiError::Kind::MalformedResponse &&
                                      error->httpStatus() >= 200 && error->httpStatus() < 300);
        DiagnosisCheck check =
            alive ? make(id, Verdict::Pass, tr("/health/live answered in %1 ms.").arg(answer.roundTripMs))
            : isMissingEndpoint(*error)
                ? make(id, Verdict::NotAvailable, tr("Not available on this server: it has no /health/live."))
                : make(id, Verdict::Fail, tr("/health/live failed: %1").arg(error->userMessage(m_transport.baseUrl())),
                       tr("The service itself has a problem: tell Viopay support, with the trace id."));
        if (error)
            check.withEvidence(*error);
        else
            check.withEvidence(std::get<ApiResponse>(answer.result).status, traceOf(answer.result));
        add(check.withFigure(QStringLiteral("round_trip_ms"), answer.roundTripMs));
        if (error && error->kind() == ApiError::Kind::Timeout) {
            // It accepts connections but answers nothing: every later request would wait as long.
            skipRest(tr("Not checked: the server accepts connections but did not answer."));
            return;
        }
        checkBootstrap();
    });
}

void PairingDiagnosis::checkBootstrap()
{
    send(deviceRequest("POST", QStringLiteral("/pos/bootstrap")),
         [this](const Timed &answer) { bootstrapAnswered(answer); });
}

void PairingDiagnosis::bootstrapAnswered(const Timed &answer)
{
    const QString id = QStringLiteral("provisioned");
    Result<BootstrapInfo> info = ApiError();
    if (const auto *error = std::get_if<ApiError>(&answer.result))
        info = *error;
    else
        info = PosClient::parseBootstrap(std::get<ApiResponse>(answer.result));
    if (const auto *error = std::get_if<ApiError>(&info)) {
        const QString why = tr("Not checked: the server did not answer bootstrap for this device.");
        skip(QStringLiteral("clock"), titleOf(QStringLiteral("clock")), why);
        skip(QStringLiteral("app-version"), titleOf(QStringLiteral("app-version")), why);
        const bool unknown = error->httpStatus() == 404;
        if (unknown)
            m_provisioned = false; // another failure leaves it unknown
        if (unknown)
            add(make(id, Verdict::Fail,
                     tr("The server does not know %1: it is not provisioned.").arg(m_options.deviceId),
                     tr("A terminal must be provisioned before it can pair: ask Viopay (or the sandbox's admin) to "
                        "provision %1, and check the id on the terminal's label.")
                         .arg(m_options.deviceId))
                    .withEvidence(*error));
        else
            add(make(id, Verdict::Fail,
                     tr("Bootstrap as this device failed: %1").arg(error->userMessage(m_transport.baseUrl())),
                     tr("Try again in a moment; if it persists, tell Viopay support, with the trace id."))
                    .withEvidence(*error));
        skip(QStringLiteral("state"), titleOf(QStringLiteral("state")),
             tr("Not checked: the device's bootstrap did not succeed."));
        checkMerchant();
        return;
    }
    const BootstrapInfo &bootstrap = std::get<BootstrapInfo>(info);
    checkClock(bootstrap, answer);
    checkAppVersion(bootstrap);
    m_provisioned = true;
    add(make(id, Verdict::Pass, tr("The server knows %1 (bootstrap answered).").arg(m_options.deviceId))
            .withEvidence(std::get<ApiResponse>(answer.result).status, traceOf(answer.result)));
    checkStatus();
}

void PairingDiagnosis::checkClock(const BootstrapInfo &info, const Timed &answer)
{
    // The server stamped its time about half way through the round trip, in whole seconds.
    const QDateTime localAtStamp = answer.sentAt.addMSecs(answer.roundTripMs / 2);
    const qint64 skewMs = info.serverTime.addMSecs(500).msecsTo(localAtStamp);
    const qint64 skew = (skewMs + (skewMs < 0 ? -500 : 500)) / 1000; // positive: this computer is ahead
    const QString id = QStringLiteral("clock");
    const QString figure = skew == 0  ? tr("this computer's clock agrees with the server's")
                           : skew > 0 ? tr("this computer's clock is %1 ahead").arg(DiagnosisCheck::spanText(skew))
                                      : tr("this computer's clock is %1 behind").arg(DiagnosisCheck::spanText(skew));
    const bool inside = skew <= MaxAheadSeconds && -skew <= MaxBehindSeconds;
    DiagnosisCheck check =
        inside ? make(id, Verdict::Pass,
                      tr("%1 (server time %2); attestation allows 5 min behind and 1 min ahead.")
                          .arg(figure, info.serverTime.toString(Qt::ISODate)))
               : make(id, Verdict::Fail,
                      tr("%1 (server time %2), outside what attestation allows: 5 min behind, 1 min ahead.")
                          .arg(figure, info.serverTime.toString(Qt::ISODate)),
                      tr("Set the terminal's date, time and time zone automatically (NTP), then try again."));
    check.withEvidence(std::get<ApiResponse>(answer.result).status, traceOf(answer.result))
        .withFigure(QStringLiteral("skew_seconds"), skew)
        .withFigure(QStringLiteral("server_time"), info.serverTime.toString(Qt::ISODate))
        .withFigure(QStringLiteral("round_trip_ms"), answer.roundTripMs);
    add(check);
}

void PairingDiagnosis::checkAppVersion(const BootstrapInfo &info)
{
    const QString id = QStringLiteral("app-version");
    const QVersionNumber ours = QVersionNumber::fromString(m_options.appVersion);
    const QVersionNumber minimum = QVersionNumber::fromString(info.minSupportedVersion);
    DiagnosisCheck check =
        minimum.isNull()
            ? make(id, Verdict::NotAvailable, tr("Not available on this server: it names no minimum version."))
        : ours.isNull() // not given (the dialog's field is optional): not a reason it fails
            ? make(id, Verdict::NotAvailable,
                   tr("Not checked: no app version was given. The server's minimum is %1.")
                       .arg(info.minSupportedVersion),
                   tr("Give the version the terminal's app shows in its settings to check it."))
            : ours < minimum
                  ? make(id, Verdict::Fail,
                         tr("App version %1 is below the server's minimum %2.")
                             .arg(m_options.appVersion, info.minSupportedVersion),
                         tr("Update the Viopay app on the terminal to %1 or later.").arg(info.minSupportedVersion))
                  : make(id, Verdict::Pass,
                         tr("App version %1 meets the server's minimum %2.")
                             .arg(m_options.appVersion, info.minSupportedVersion));
    check.withFigure(QStringLiteral("app_version"), m_options.appVersion)
        .withFigure(QStringLiteral("min_supported_version"), info.minSupportedVersion);
    add(check);
}

void PairingDiagnosis::checkStatus()
{
    send(deviceRequest("GET", QStringLiteral("/pos/status")), [this](const Timed &answer) {
        const QString id = QStringLiteral("state");
        Result<DeviceStatus> parsed = ApiError();
        if (const auto *error = std::get_if<ApiError>(&answer.result))
            parsed = *error;
        else
            parsed = PosClient::parseStatus(std::get<ApiResponse>(answer.result));
        if (const auto *error = std::get_if<ApiError>(&parsed)) {
            add(make(id, Verdict::Fail, tr("The device's status could not be read: %1").arg(error->userMessage()),
                     tr("Try again in a moment; if it persists, tell Viopay support, with the trace id."))
                    .withEvidence(*error));
            checkMerchant();
            return;
        }
        const DeviceStatus &status = std::get<DeviceStatus>(parsed);
        const QString merchant = status.merchant
                                     ? QStringLiteral("%1 (%2)").arg(status.merchant->name, status.merchant->id)
                                     : tr("a merchant");
        DiagnosisCheck check;
        if (status.deviceStatus == QLatin1String("activated"))
            check = make(id, Verdict::Warning, tr("Already paired and activated, by %1.").arg(merchant),
                         tr("Nothing to pair. To pair it with another merchant, its merchant releases it first."));
        else if (status.isClaimed)
            check = make(id, Verdict::Warning, tr("Already claimed by %1; activation has not finished.").arg(merchant),
                         tr("Let the terminal finish activation (attest, keys, config, activate). To pair it with "
                            "another merchant, its merchant releases it first."));
        else if (status.pairingCodeStatus == QLatin1String("pending"))
            check = make(id, Verdict::Pass,
                         status.expiresInSec ? tr("A pairing code is waiting for the merchant, %1 left.")
                                                   .arg(DiagnosisCheck::spanText(*status.expiresInSec))
                                             : tr("A pairing code is waiting for the merchant."),
                         tr("The merchant claims the code on the terminal's screen before it runs out."));
        else if (status.pairingCodeStatus == QLatin1String("expired"))
            check = make(id, Verdict::Warning, tr("The terminal's last pairing code expired unclaimed."),
                         tr("Show a new code on the terminal and claim it within 5 minutes."));
        else
            check = make(id, Verdict::Pass, tr("Not claimed, and no pairing code yet."),
                         tr("Start pairing on the terminal to show a code, then the merchant claims it."));
        check.withEvidence(std::get<ApiResponse>(answer.result).status, traceOf(answer.result))
            .withFigure(QStringLiteral("device_status"), status.deviceStatus)
            .withFigure(QStringLiteral("pairing_code_status"), status.pairingCodeStatus)
            .withFigure(QStringLiteral("etag"), QString::fromLatin1(status.etag));
        if (status.expiresInSec)
            check.withFigure(QStringLiteral("expires_in_sec"), *status.expiresInSec);
        add(check);
        checkMerchant();
    });
}

void PairingDiagnosis::checkMerchant()
{
    if (!m_options.merchant) {
        const QString why = tr("Not available: sign in as the merchant to check.");
        skip(QStringLiteral("ownership"), titleOf(QStringLiteral("ownership")), why);
        skip(QStringLiteral("history"), titleOf(QStringLiteral("history")), why);
        skip(QStringLiteral("claim-lockout"), titleOf(QStringLiteral("claim-lockout")), why);
        checkFaults();
        return;
    }
    m_options.merchant->check(m_options.deviceId, m_provisioned, this, [this](const QList<DiagnosisCheck> &checks) {
        for (const DiagnosisCheck &check : checks)
            add(check);
        checkFaults();
    });
}

void PairingDiagnosis::checkFaults()
{
    const QString id = QStringLiteral("sandbox-faults");
    if (!hasAdminAccess()) {
        skipRest(tr("Not available: the sandbox's admin endpoints need --admin-token for a server beyond this "
                    "computer."));
        return;
    }
    send(adminRequest(QStringLiteral("/sandbox/faults")), [this, id](const Timed &answer) {
        Result<FaultDrill> parsed = ApiError();
        if (const auto *error = std::get_if<ApiError>(&answer.result))
            parsed = *error;
        else
            parsed = SandboxAdminClient::parseFaults(std::get<ApiResponse>(answer.result));
        if (const auto *error = std::get_if<ApiError>(&parsed)) {
            const bool refused = error->httpStatus() == 401 || error->httpStatus() == 403;
            const QString finding =
                isMissingEndpoint(*error) ? tr("Not available on this server: it is not a sandbox.")
                : refused
                    ? tr("Not available: the sandbox refused its admin endpoints (HTTP %1).").arg(error->httpStatus())
                    : tr("Not available: the sandbox's fault drills could not be read: %1").arg(error->userMessage());
            add(make(id, Verdict::NotAvailable, finding,
                     refused ? tr("Give the sandbox's admin token with --admin-token (or VIOPAY_SANDBOX_ADMIN_TOKEN).")
                             : QString())
                    .withEvidence(*error));
            skipRest(tr("Not available: needs the sandbox's admin endpoints."));
            return;
        }
        const FaultDrill &drill = std::get<FaultDrill>(parsed);
        QStringList active;
        if (drill.offline)
            active << tr("offline (every API answer 503)");
        if (drill.latencyMs > 0)
            active << tr("%1 ms added latency").arg(drill.latencyMs);
        if (drill.errorRate > 0)
            active << tr("%1% of answers replaced by error %2").arg(drill.errorRate * 100).arg(drill.errorCode);
        if (!drill.terminals.isEmpty())
            active << tr("activation drills for %1").arg(drill.terminals.keys().join(QStringLiteral(", ")));
        DiagnosisCheck check =
            drill.isQuiet()
                ? make(id, Verdict::Pass, tr("No fault drill is in force."))
                : make(id, Verdict::Warning, tr("Fault drills in force: %1.").arg(active.join(QStringLiteral(", "))),
                       tr("These make the sandbox fail on purpose: turn them off (Fault drills, or PUT "
                          "/sandbox/faults with the defaults) unless you are training with them."));
        check.withEvidence(std::get<ApiResponse>(answer.result).status, traceOf(answer.result))
            .withFigure(QStringLiteral("offline"), drill.offline)
            .withFigure(QStringLiteral("latency_ms"), drill.latencyMs)
            .withFigure(QStringLiteral("error_rate"), drill.errorRate)
            .withFigure(QStringLiteral("error_code"), drill.errorCode);
        add(check);
        checkIdentityKey();
    });
}

void PairingDiagnosis::checkIdentityKey()
{
    const QString id = QStringLiteral("identity-key");
    if (m_provisioned != true) {
        skip(id, titleOf(id), tr("Not checked: the device is not provisioned."));
        finish();
        return;
    }
    const QString path = QStringLiteral("/sandbox/devices/%1/factory")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_options.deviceId)));
    send(adminRequest(path), [this, id](const Timed &answer) {
        if (const auto *error = std::get_if<ApiError>(&answer.result)) {
            const QString finding = isMissingEndpoint(*error)
                                        ? tr("Not available on this server: it has no factory secrets endpoint.")
                                        : tr("Not available: %1").arg(error->userMessage());
            add(make(id, Verdict::NotAvailable, finding).withEvidence(*error));
            finish();
            return;
        }
        const ApiResponse &response = std::get<ApiResponse>(answer.result);
        // Only the key's id and state: the secrets in the same answer are never shown or kept.
        const QJsonObject factory = response.json.value(QLatin1String("factory")).toObject();
        const QString keyId = factory.value(QLatin1String("identity_key_id")).toString();
        // The key's state stands beside the factory object, not inside it (docs/openapi.yaml).
        const bool revoked = response.json.value(QLatin1String("identity_key_revoked")).toBool();
        DiagnosisCheck check =
            keyId.isEmpty() ? make(id, Verdict::NotAvailable, tr("Not available: the answer names no identity key."))
            : revoked       ? make(id, Verdict::Fail, tr("The identity key %1 is revoked.").arg(keyId),
                                   tr("Attestation will fail: the sandbox's admin re-provisions the terminal."))
                            : make(id, Verdict::Pass, tr("The identity key %1 is active.").arg(keyId));
        check.withEvidence(response.status, response.traceId);
        if (!keyId.isEmpty())
            check.withFigure(QStringLiteral("identity_key_id"), keyId);
        add(check);
        finish();
    });
}

void PairingDiagnosis::add(const DiagnosisCheck &check)
{
    m_diagnosis.checks.append(check);
    Q_EMIT checkFinished(check);
}

void PairingDiagnosis::skip(const QString &id, const QString &title, const QString &why)
{
    add(DiagnosisCheck::make(id, title, Verdict::NotAvailable, why));
}

void PairingDiagnosis::skipRest(const QString &why)
{
    for (const QString &id : checkIds()) {
        if (!m_diagnosis.check(id))
            skip(id, titleOf(id), why);
    }
    finish();
}

void PairingDiagnosis::finish()
{
    m_finished = true;
    Q_EMIT finished(m_diagnosis);
}

} // namespace viopay
