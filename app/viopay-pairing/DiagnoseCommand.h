#pragma once

namespace viopay {

class PairingCommandLine;

// viopay-pairing --diagnose: wires the diagnosis engine to the server (or an embedded sandbox),
// prints its result as text or JSON, saves a support bundle when asked and gives the exit status: 0
// when no check failed, 1 when one did or the bundle could not be saved.
int runDiagnosis(const PairingCommandLine &commandLine);

} // namespace viopay
