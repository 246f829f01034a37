#pragma once

namespace viopay::DemoData {

// The sandbox's demo data (CONTRACT.md "Sandbox demo data"), defined once: the sandbox seeds it,
// the demo signs in with it, and the command line's default terminal is its first device.
struct Merchant {
    const char *id;
    const char *name;
};
inline constexpr Merchant CafeLumen{"MRC-1001", "Cafe Lumen"};
inline constexpr Merchant HarborBooks{"MRC-2002", "Harbor Books"};

inline constexpr char Password[] = "pairing-demo"; // both demo users'
inline constexpr char CafeLumenUser[] = "ops@cafe-lumen.test";
inline constexpr char HarborBooksUser[] = "desk@harbor-books.test";
inline constexpr char ApiClientId[] = "cafe-lumen-desk"; // Cafe Lumen's API client
inline constexpr char ApiClientSecret[] = "sandbox-secret-1001";

// The terminal a kiosk simulates unless told otherwise; Cafe Lumen's.
inline constexpr char DeviceId[] = "POS-8F3A2C91";
inline constexpr char Model[] = "PAX-A920";
inline constexpr char Os[] = "Android 12";
inline constexpr char AppVersion[] = "1.4.2";

// Cafe Lumen's room of terminals: POS-1A2B3C00 to POS-1A2B3C09, their models in this cycle.
inline constexpr int RoomDevices = 10;
inline constexpr const char *Models[] = {"PAX-A920", "Sunmi-P2", "Ingenico-AXIUM"};
inline constexpr int ModelCount = sizeof(Models) / sizeof(Models[0]);
inline constexpr char RoomDevicePrefix[] = "POS-1A2B3C";
// Harbor Books' one terminal, for refusals across merchants.
inline constexpr char HarborBooksDeviceId[] = "POS-0BADF00D";
inline constexpr char HarborBooksModel[] = "Sunmi-P2";

// The fleet (FLEET.md): a viewer who may look but not change, and each merchant's locations.
inline constexpr char CafeLumenViewer[] = "viewer@cafe-lumen.test";
struct Location {
    const char *id;
    const char *merchantId;
    const char *name;
    const char *address;
};
inline constexpr Location Locations[] = {
    {"LOC-1001-MAIN", CafeLumen.id, "Main Street", "12 Main Street"},
    {"LOC-1001-HARB", CafeLumen.id, "Harbour Kiosk", "Pier 3, Harbour Walk"},
    {"LOC-2002-MAIN", HarborBooks.id, "Harbor Books", "7 Quay Lane"},
};

} // namespace viopay::DemoData
