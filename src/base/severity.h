// Severity of a finding, and of the threshold a message fails at
// (`--fail-on`). Low in the layers: the configuration model carries it.
#ifndef MAILLINT_SRC_BASE_SEVERITY_H_
#define MAILLINT_SRC_BASE_SEVERITY_H_

#include <optional>
#include <string_view>

namespace maillint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity s);  // "info", "warning", "error"
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_SEVERITY_H_
