#pragma once

#include "DiagnosisCheck.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace viopay {

// The seam for checks 6 to 8 of a diagnosis, which only a signed-in merchant can answer: whose
// terminal it is, its recent history and this merchant's claim lockout. The command line has no
// session and leaves it out (the checks then say "sign in as the merchant to check"); the GUI
// implements it over its MerchantSession. An implementation must not change the server's state:
// read-only requests only, never a claim (a failed claim counts toward the lockout).
class MerchantChecks {
public:
    virtual ~MerchantChecks() = default;
    // done gets the checks with ids "ownership", "history" and "claim-lockout", in that order,
    // exactly once, unless context is destroyed first. provisioned is what bootstrap as the device
    // said (nullopt: it did not answer), which tells another merchant's terminal from an unknown one.
    virtual void check(const QString &deviceId, std::optional<bool> provisioned, QObject *context,
                       std::function<void(const QList<DiagnosisCheck> &)> done) = 0;
};

} // namespace viopay
