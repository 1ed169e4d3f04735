// Masking of sensitive values in reports (student and family data).
//
// Reports must not become leaks: every format prints sensitive matches
// masked unless the user passes --show-sensitive.
#ifndef MAILLINT_SRC_BASE_MASK_H_
#define MAILLINT_SRC_BASE_MASK_H_

#include <string>
#include <string_view>

namespace maillint {

// Masks `value` keeping only enough to recognize it:
//   mostly digits:  every digit but the last four becomes '*', separators
//                   stay ("123-45-6789" -> "***-**-6789",
//                   "4111 1111 1111 1111" -> "**** **** **** 1111");
//   anything else:  the first quarter (at most 4 code points) stays, the rest
//                   becomes '*' ("password1" -> "pa*******").
// Values of 4 characters or fewer are fully masked.
std::string MaskValue(std::string_view value);

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_MASK_H_
