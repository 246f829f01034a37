#pragma once

#include "SandboxReply.h"

namespace viopay::sandbox {

// GET /claim?code=...: the sandbox's stand-in for the vendor's back-office claim page. One
// self-contained HTML page (inline style and script, no external assets) that signs in and
// claims through the same API as the desktop app. Its Content-Security-Policy allows exactly
// its own inline style and script, by hash, and requests to this origin only.
class ClaimPage {
public:
    static SandboxReply reply();
    static QByteArray html(); // assembled once: the template with its style, script and alphabet
};

} // namespace viopay::sandbox
