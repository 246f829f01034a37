#pragma once

namespace viopay {

// The ways the desktop app can run; the mode chooser offers them and remembers the last one.
enum class LaunchMode { Kiosk, Merchant, Demo };

} // namespace viopay
