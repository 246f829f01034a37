#pragma once

#include "PairingRegistry.h"
#include "core/DeviceIdentity.h"

#include <optional>

namespace viopay::sandbox {

// Who is calling a POS endpoint, once the headers passed.
struct PosCaller {
    QString deviceId;        // canonical: "POS-" + 8 upper-case hex digits
    UserAgentInfo userAgent; // a part over 64 bytes of UTF-8 is left empty
};

// The vendor's POS activation headers, checked in the contract's order: X-Device-Id, then
// User-Agent, then X-Client-Type; the first failure is a 400/4000 naming the header.
class PosHeaderCheck {
public:
    // nullopt when the headers pass (and *caller is filled), otherwise the error to send.
    static std::optional<SandboxReply> check(const PosHeaders &headers, PosCaller *caller);
};

} // namespace viopay::sandbox
