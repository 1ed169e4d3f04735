// application/x-www-form-urlencoded bodies and query strings.
#ifndef MAILLINT_SRC_SERVE_FORM_H_
#define MAILLINT_SRC_SERVE_FORM_H_

#include <map>
#include <string>
#include <string_view>

namespace maillint {

// Decodes "%41" escapes and, when `plus_is_space`, '+' as ' '. A malformed
// escape is kept as written.
std::string PercentDecode(std::string_view s, bool plus_is_space);

// "a=1&b=x+y" -> {a: "1", b: "x y"}. A repeated name keeps its last value;
// a name without '=' gets "".
std::map<std::string, std::string> ParseForm(std::string_view body);

// `s` with every byte outside [A-Za-z0-9-._~] percent-encoded (for links).
std::string PercentEncode(std::string_view s);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_FORM_H_
