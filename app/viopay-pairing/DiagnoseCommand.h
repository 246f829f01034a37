#pragma once

namespace viopay {

class PairingCommandLine;

// viopay-pairing --diagnose: wires the diagnosis engine to the server (or an embedded sandbox),
// prints its result as text or JSON and gives the exit status: 0 when no check failed, 1 when one did.
int runDiagnosis(const PairingCommandLine &commandLine);

} // namespace viopay
