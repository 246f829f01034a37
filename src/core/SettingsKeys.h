#pragma once

#include <QLatin1String>

namespace viopay::SettingsKeys {

// Every key the desktop app keeps in QSettings, named once. None holds a secret: secrets live
// in the keychain only.
inline constexpr QLatin1String ChooserMode{"launch/mode"};     // the mode chooser's last choice
inline constexpr QLatin1String ChooserServer{"launch/server"}; // the chooser's server, empty: built-in

inline constexpr QLatin1String KioskDeviceId{"kiosk/deviceId"}; // the terminal last simulated
inline constexpr QLatin1String KioskAppVersion{"kiosk/appVersion"};
inline constexpr QLatin1String KioskOs{"kiosk/os"};
inline constexpr QLatin1String KioskModel{"kiosk/model"};
// What the kiosk's QR code opens: {server} and {code} are filled in.
inline constexpr QLatin1String KioskClaimUrlTemplate{"kiosk/claimUrlTemplate"};

inline constexpr QLatin1String MerchantServer{"merchant/server"}; // where the last sign-in was
inline constexpr QLatin1String MerchantAccount{"merchant/account"};
inline constexpr QLatin1String MerchantAccountKind{"merchant/accountKind"};
inline constexpr QLatin1String MerchantKeptInKeychain{"merchant/keptInKeychain"};
// The inspector's exchange log is kept across restarts (ExchangeJournal); off by default.
inline constexpr QLatin1String InspectorKeepLog{"inspector/keepLog"};
// The OpenID issuer and client id of the last sign-in; empty: the server's realm, viopay-desk.
inline constexpr QLatin1String MerchantIssuer{"merchant/issuer"};
inline constexpr QLatin1String MerchantClientId{"merchant/clientId"};
// The location the last claim put its terminal in, offered for the next (a rollout fills one store).
inline constexpr QLatin1String MerchantLastLocation{"merchant/lastLocation"};

} // namespace viopay::SettingsKeys
