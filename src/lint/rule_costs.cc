#include "lint/rule_costs.h"

#include <algorithm>
#include <cstdio>

namespace maillint {

RuleCosts::RuleCosts(std::vector<std::string> names)
    : nanos_(new std::atomic<int64_t>[names.size() + 1]) {
  names_.push_back("anatomy");
  for (std::string& n : names) names_.push_back(std::move(n));
  for (size_t i = 0; i < names_.size(); ++i) nanos_[i] = 0;
}

void RuleCosts::Print(std::ostream& out) const {
  std::vector<std::pair<int64_t, size_t>> rows;
  int64_t total = 0;
  for (size_t i = 0; i < names_.size(); ++i) {
    int64_t n = nanos_[i].load();
    rows.emplace_back(n, i);
    total += n;
  }
  std::sort(rows.rbegin(), rows.rend());
  out << "share      ms  rule (wall time summed over workers)\n";
  for (const auto& [nanos, i] : rows) {
    char line[64];
    double share = total > 0 ? 100.0 * nanos / total : 0;
    std::snprintf(line, sizeof line, "%5.1f%% %8.1f  ", share, nanos / 1e6);
    out << line << names_[i] << "\n";
  }
  char line[64];
  std::snprintf(line, sizeof line, "100.0%% %8.1f  total\n", total / 1e6);
  out << line;
}

}  // namespace maillint
