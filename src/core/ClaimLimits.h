#pragma once

#include <QtGlobal>

namespace viopay::ClaimLimits {

// CONTRACT.md: only 404/4041 answers to a claim count as failed attempts; the 10th within
// 15 min locks the merchant's claims until 15 min after the first of them.
inline constexpr int FailedClaims = 10;
inline constexpr qint64 FailedClaimWindowMs = 15 * 60'000;

} // namespace viopay::ClaimLimits
