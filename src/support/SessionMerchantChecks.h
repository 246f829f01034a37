#pragma once

#include "MerchantChecks.h"

#include "api/PortalClient.h"

#include <QCoreApplication>

#include <memory>

namespace viopay {

class MerchantSession;

// Checks 6 to 8 of a diagnosis through the signed-in merchant's session: whose terminal it is (from
// the merchant's device list and what bootstrap said), its recent history where the server keeps
// one (FLEET.md's events; a server without them answers 404: "not available on this server") and
// this merchant's claim lockout as the session has met it. GET requests only: nothing is claimed,
// released or counted.
class SessionMerchantChecks : public MerchantChecks {
    Q_DECLARE_TR_FUNCTIONS(SessionMerchantChecks)

public:
    static constexpr int HistoryLimit = 50;
    // Fewer refused codes than this left before the lockout is worth a warning.
    static constexpr int FewAttemptsLeft = 3;

    SessionMerchantChecks(MerchantSession &session, PortalClient &portal);

    void check(const QString &deviceId, std::optional<bool> provisioned, QObject *context,
               std::function<void(const QList<DiagnosisCheck> &)> done) override;

    // The verdicts from the answers, tested without a server. merchant: "Cafe Lumen (MRC-1001)".
    static DiagnosisCheck ownershipCheck(const QString &deviceId, const QString &merchant,
                                         const QList<MerchantDevice> &devices, std::optional<bool> provisioned);
    static DiagnosisCheck historyCheck(const Result<QList<DeviceEvent>> &answer);
    static DiagnosisCheck lockoutCheck(int secondsLeft, int attemptsLeft);

private:
    struct Run;
    void checkHistory(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);

    MerchantSession &m_session;
    PortalClient &m_portal;
};

} // namespace viopay
