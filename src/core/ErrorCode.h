#pragma once

namespace viopay {

// The vendor's error codes (HTTP status x 10 + sub-code), defined once for the client and the sandbox.
namespace ErrorCode {
inline constexpr char BadRequest[] = "4000";
inline constexpr char Unauthorized[] = "4010";
inline constexpr char NoSession[] = "4011";
inline constexpr char AttestKeyUnknown[] = "4012";    // unknown or revoked identity key id
inline constexpr char AttestTimestamp[] = "4013";     // X-Timestamp outside the window
inline constexpr char AttestNonceReplayed[] = "4014"; // a nonce seen before
inline constexpr char AttestSignature[] = "4015";     // signature mismatch
inline constexpr char AttestationInvalid[] = "4016";  // attestation token missing, unknown, expired, foreign
inline constexpr char ForeignDevice[] = "4030";
inline constexpr char RoleForbidden[] = "4031"; // the signed-in role may not do this (FLEET.md)
// Sandbox-only: an open (loopback) admin request addressed to a name other than loopback.
inline constexpr char AdminHostRefused[] = "4032";
inline constexpr char DeviceNotProvisioned[] = "4040";
inline constexpr char CodeNotFound[] = "4041";
inline constexpr char MethodNotAllowed[] = "4050";
inline constexpr char AlreadyClaimed[] = "4090";
inline constexpr char DeviceExists[] = "4091";
inline constexpr char NotClaimed[] = "4092";     // attest before the claim
inline constexpr char StepOutOfOrder[] = "4093"; // an activation step out of order
inline constexpr char AlreadyActivated[] = "4094";
inline constexpr char BodyTooLarge[] = "4130";
inline constexpr char IdempotencyMismatch[] = "4220"; // an Idempotency-Key reused for another request
inline constexpr char UrlTooLong[] = "4140";
inline constexpr char UnsupportedMediaType[] = "4150";
inline constexpr char TooManyRequests[] = "4290";
inline constexpr char HeadersTooLarge[] = "4310";
inline constexpr char ServerError[] = "5000";
inline constexpr char Offline[] = "5030";
} // namespace ErrorCode

} // namespace viopay
