#include "SessionMerchantChecks.h"

#include "core/ClaimLimits.h"
#include "merchant/MerchantSession.h"

#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace viopay {

namespace {
using Verdict = DiagnosisCheck::Verdict;

const QString OwnershipId = QStringLiteral("ownership");
const QString HistoryId = QStringLiteral("history");
const QString LockoutId = QStringLiteral("claim-lockout");

// The titles are the engine's (PairingDiagnosis marks them), so both name a check alike.
QString titleOf(const QString &id)
{
    if (id == OwnershipId)
        return QCoreApplication::translate("PairingDiagnosis", "Whose terminal");
    if (id == HistoryId)
        return QCoreApplication::translate("PairingDiagnosis", "Recent history");
    return QCoreApplication::translate("PairingDiagnosis", "Claim lockout");
}

DiagnosisCheck make(const QString &id, Verdict verdict, const QString &finding, const QString &nextStep = {})
{
    return DiagnosisCheck::make(id, titleOf(id), verdict, finding, nextStep);
}

bool isMissingEndpoint(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && (error.httpStatus() == 404 || error.httpStatus() == 405);
}

// A refusal's reason as the server gave it: details.reason, .message or .code, else the details whole.
QString reasonOf(const DeviceEvent &event)
{
    for (const char *key : {"reason", "message", "code"}) {
        QString value = event.details.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return event.details.isEmpty() ? SessionMerchantChecks::tr("no reason given")
                                   : QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
}
} // namespace

struct SessionMerchantChecks::Run {
    QString deviceId;
    QString merchant;           // "Cafe Lumen (MRC-1001)"
    QObject *context = nullptr; // alive while its answers arrive: they are bound to it
    std::function<void(const QList<DiagnosisCheck> &)> done;
    QList<DiagnosisCheck> checks;
};

SessionMerchantChecks::SessionMerchantChecks(MerchantSession &session, PortalClient &portal)
    : m_session(session)
    , m_portal(portal)
{}

void SessionMerchantChecks::check(const QString &deviceId, std::optional<bool> provisioned, QObject *context,
                                  std::function<void(const QList<DiagnosisCheck> &)> done)
{
    if (m_session.state() != MerchantSession::State::SignedIn) {
        const QString why = tr("Not available: sign in as the merchant to check.");
        done({make(OwnershipId, Verdict::NotAvailable, why), make(HistoryId, Verdict::NotAvailable, why),
              make(LockoutId, Verdict::NotAvailable, why)});
        return;
    }
    auto run = std::make_shared<Run>();
    run->deviceId = deviceId;
    run->merchant = QStringLiteral("%1 (%2)").arg(m_session.merchant().name, m_session.merchant().id);
    run->context = context;
    run->done = std::move(done);
    m_portal.devices(context, [this, run, provisioned](const Result<QList<MerchantDevice>> &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            run->checks << make(OwnershipId, Verdict::NotAvailable,
                                tr("Not available (listing the merchant's terminals): %1").arg(error->userMessage()),
                                tr("Try again in a moment; if it persists, tell Viopay support, with the trace id."))
                               .withEvidence(*error)
                        << make(HistoryId, Verdict::NotAvailable,
                                tr("Not checked: whose terminal it is is not known."));
            finish(run);
            return;
        }
        const QList<MerchantDevice> &devices = std::get<QList<MerchantDevice>>(result);
        run->checks << ownershipCheck(run->deviceId, run->merchant, devices, provisioned);
        if (run->checks.constLast().figures.value(QLatin1String("owner")).toString() ==
            QLatin1String("this-merchant")) {
            checkHistory(run);
            return;
        }
        run->checks << make(HistoryId, Verdict::NotAvailable,
                            tr("Not available: only the terminal's own merchant sees its history."));
        finish(run);
    });
}

DiagnosisCheck SessionMerchantChecks::ownershipCheck(const QString &deviceId, const QString &merchant,
                                                     const QList<MerchantDevice> &devices,
                                                     std::optional<bool> provisioned)
{
    const auto mine = std::find_if(devices.cbegin(), devices.cend(),
                                   [&](const MerchantDevice &device) { return device.deviceId == deviceId; });
    if (mine != devices.cend()) {
        QString finding = tr("%1's terminal: %2, status %3.").arg(merchant, mine->model, mine->deviceStatus);
        if (!mine->name.isEmpty() || !mine->locationId.isEmpty()) // the merchant's own words for it (FLEET.md)
            finding += QLatin1Char(' ') + tr("Name: %1; location: %2.")
                                              .arg(mine->name.isEmpty() ? tr("none") : mine->name,
                                                   mine->locationId.isEmpty() ? tr("none") : mine->locationId);
        return make(OwnershipId, Verdict::Pass, finding)
            .withFigure(QStringLiteral("owner"), QStringLiteral("this-merchant"))
            .withFigure(QStringLiteral("name"), mine->name)
            .withFigure(QStringLiteral("location_id"), mine->locationId);
    }
    if (provisioned == false)
        return make(OwnershipId, Verdict::Fail,
                    tr("Unknown: the server knows no terminal %1, so it is no merchant's.").arg(deviceId),
                    tr("Check the id on the terminal's label; a new terminal is provisioned by Viopay for %1 before "
                       "it can pair.")
                        .arg(merchant))
            .withFigure(QStringLiteral("owner"), QStringLiteral("unknown"));
    if (provisioned == true)
        return make(OwnershipId, Verdict::Fail,
                    tr("Another merchant's: %1 is not among %2's terminals, so %2's claims of its codes are refused.")
                        .arg(deviceId, merchant),
                    tr("A terminal pairs only with the merchant it was provisioned for: check the id on its label, "
                       "or ask Viopay to move it to %1.")
                        .arg(merchant))
            .withFigure(QStringLiteral("owner"), QStringLiteral("another-merchant"));
    return make(OwnershipId, Verdict::Warning,
                tr("Not among %1's terminals; whether it is another merchant's or unknown could not be told, as "
                   "bootstrap did not answer.")
                    .arg(merchant),
                tr("Check the id on the terminal's label."))
        .withFigure(QStringLiteral("owner"), QStringLiteral("not-this-merchant"));
}

void SessionMerchantChecks::checkHistory(const std::shared_ptr<Run> &run)
{
    m_portal.deviceEvents(run->deviceId, HistoryLimit, run->context,
                          [this, run](const Result<QList<DeviceEvent>> &answer) {
                              run->checks << historyCheck(answer);
                              finish(run);
                          });
}

DiagnosisCheck SessionMerchantChecks::historyCheck(const Result<QList<DeviceEvent>> &answer)
{
    if (const auto *error = std::get_if<ApiError>(&answer))
        return (isMissingEndpoint(*error)
                    ? make(HistoryId, Verdict::NotAvailable, tr("Not available on this server."))
                    : make(HistoryId, Verdict::NotAvailable,
                           tr("Not available (reading the history): %1").arg(error->userMessage())))
            .withEvidence(*error);
    const QList<DeviceEvent> &events = std::get<QList<DeviceEvent>>(answer);
    const auto refused = std::find_if(events.cbegin(), events.cend(), [](const DeviceEvent &event) {
        return event.type == QLatin1String("claim_refused") || event.type == QLatin1String("attest_failed");
    });
    if (refused == events.cend())
        return make(HistoryId, Verdict::Pass,
                    tr("No refused claim or failed attestation among its last %n event(s).", nullptr,
                       int(events.size())))
            .withFigure(QStringLiteral("events"), int(events.size()));
    const QString when = refused->at.toUTC().toString(Qt::ISODate);
    const bool claim = refused->type == QLatin1String("claim_refused");
    DiagnosisCheck check =
        make(HistoryId, Verdict::Warning,
             claim ? tr("Last refused claim, %1 by %2: %3.").arg(when, refused->actor, reasonOf(*refused))
                   : tr("Last failed attestation, %1: %2.").arg(when, reasonOf(*refused)),
             claim ? tr("Claim the code the terminal shows now, read off its screen; a code expires after 5 minutes.")
                   : tr("Check the terminal's clock and its factory keys, then let it attest again."));
    check.traceId = refused->traceId; // the refused request's, for the server's logs
    return check.withFigure(QStringLiteral("event_type"), refused->type).withFigure(QStringLiteral("event_at"), when);
}

void SessionMerchantChecks::finish(const std::shared_ptr<Run> &run)
{
    run->checks << lockoutCheck(m_session.claimLockSecondsLeft(), m_session.claimAttemptsLeft());
    run->done(run->checks);
}

DiagnosisCheck SessionMerchantChecks::lockoutCheck(int secondsLeft, int attemptsLeft)
{
    if (secondsLeft > 0)
        return make(LockoutId, Verdict::Fail,
                    tr("Claims are locked for %1 more: %2 codes that were not active within 15 minutes.")
                        .arg(DiagnosisCheck::spanText(secondsLeft))
                        .arg(ClaimLimits::FailedClaims),
                    tr("Wait until the lockout ends, then claim the code the terminal shows at that time."))
            .withFigure(QStringLiteral("seconds_left"), secondsLeft);
    // The session counts its own refusals only: other operators of the merchant count too.
    const bool few = attemptsLeft <= FewAttemptsLeft;
    return make(LockoutId, few ? Verdict::Warning : Verdict::Pass,
                tr("Not locked: %n more inactive code(s) within 15 minutes lock claims for all operators.", nullptr,
                   attemptsLeft),
                few ? tr("Type codes carefully: read them off the terminal's screen.") : QString())
        .withFigure(QStringLiteral("attempts_left"), attemptsLeft);
}

} // namespace viopay
