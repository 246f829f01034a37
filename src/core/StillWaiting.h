#pragma once

#include <QString>

namespace viopay {

// A request that has gone unanswered for a while, as a screen says it: "Still waiting for
// api.viopay.io… (attempt 2 of 3)". Sessions expose it; screens render it and offer Retry now.
struct StillWaiting {
    QString host;
    int attempt = 1;  // the attempt on the wire (or about to be), 1 for the first
    int attempts = 1; // how many the transport makes before it gives up, Retry now included

    friend bool operator==(const StillWaiting &a, const StillWaiting &b)
    {
        return a.host == b.host && a.attempt == b.attempt && a.attempts == b.attempts;
    }
    friend bool operator!=(const StillWaiting &a, const StillWaiting &b) { return !(a == b); }
};

} // namespace viopay
