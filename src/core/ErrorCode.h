#pragma once

namespace viopay {

// The vendor's error codes (HTTP status x 10 + sub-code), defined once for the client and the sandbox.
namespace ErrorCode {
inline constexpr char BadRequest[] = "4000";
inline constexpr char Unauthorized[] = "4010";
inline constexpr char NoSession[] = "4011";
// Attestation and the steps after it (ACTIVATION.md).
inline constexpr char IdentityKeyUnknown[] = "4012";
inline constexpr char TimestampOutsideWindow[] = "4013";
inline constexpr char NonceReplayed[] = "4014";
inline constexpr char SignatureMismatch[] = "4015";
inline constexpr char AttestationTokenInvalid[] = "4016";
inline constexpr char ForeignDevice[] = "4030";
// Sandbox-only: an open (loopback) admin request addressed to a name other than loopback.
inline constexpr char AdminHostRefused[] = "4032";
inline constexpr char DeviceNotProvisioned[] = "4040";
inline constexpr char CodeNotFound[] = "4041";
inline constexpr char MethodNotAllowed[] = "4050";
inline constexpr char AlreadyClaimed[] = "4090";
inline constexpr char DeviceExists[] = "4091";
inline constexpr char DeviceNotClaimed[] = "4092";
inline constexpr char StepOutOfOrder[] = "4093";
inline constexpr char AlreadyActivated[] = "4094";
inline constexpr char BodyTooLarge[] = "4130";
inline constexpr char UrlTooLong[] = "4140";
inline constexpr char UnsupportedMediaType[] = "4150";
inline constexpr char TooManyRequests[] = "4290";
inline constexpr char HeadersTooLarge[] = "4310";
inline constexpr char ServerError[] = "5000";
inline constexpr char Offline[] = "5030";
} // namespace ErrorCode

} // namespace viopay
