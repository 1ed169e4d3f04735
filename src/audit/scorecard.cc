#include "audit/scorecard.h"

#include <cmath>
#include <limits>

#include "base/text.h"

namespace maillint {
namespace {

constexpr double kWarningCredit = 0.5;

double Credit(StandardStatus status) {
  switch (status) {
    case StandardStatus::kPass:
      return 1;
    case StandardStatus::kPassWithWarnings:
      return kWarningCredit;
    default:
      return 0;
  }
}

}  // namespace

std::string StandardName(int index) { return "S" + std::to_string(index + 1); }

const char* StandardStatusName(StandardStatus status) {
  switch (status) {
    case StandardStatus::kNotApplicable:
      return "n/a";
    case StandardStatus::kPass:
      return "pass";
    case StandardStatus::kPassWithWarnings:
      return "pass-with-warnings";
    case StandardStatus::kFail:
      return "fail";
  }
  return "n/a";
}

StandardStatus StandardResult::Status(Severity fail_on) const {
  if (!applicable) return StandardStatus::kNotApplicable;
  bool any = false, fails = false;
  for (int s = 0; s < 3; ++s) {
    if (counts[s] == 0) continue;
    any = true;
    if (s >= static_cast<int>(fail_on)) fails = true;
  }
  if (fails) return StandardStatus::kFail;
  return any ? StandardStatus::kPassWithWarnings : StandardStatus::kPass;
}

ScoreSettings ScoreSettings::FromConfig(const Config& config) {
  ScoreSettings s;
  s.weights.fill(1);
  for (const auto& [standard, weight] : config.audit.weights) {
    int i = StandardIndex(standard);
    if (i >= 0) s.weights[i] = weight;
  }
  for (const std::string& standard : config.audit.auto_fail) {
    int i = StandardIndex(standard);
    if (i >= 0) s.auto_fail[i] = true;
  }
  s.fail_on = config.fail_on;
  return s;
}

MessageScore ScoreMessage(const StandardResults& results,
                          const ScoreSettings& settings) {
  MessageScore m;
  double sum = 0, weights = 0;
  for (int i = 0; i < kStandardCount; ++i) {
    const StandardResult& r = results[i];
    if (!r.applicable) continue;
    m.scored = true;
    weights += settings.weights[i];
    sum += settings.weights[i] * Credit(r.Status(settings.fail_on));
    int serious = r.counts[static_cast<int>(Severity::kWarning)] +
                  r.counts[static_cast<int>(Severity::kError)];
    if (settings.auto_fail[i] && serious > 0) m.auto_failed = true;
  }
  if (m.auto_failed) {
    m.score = 0;
  } else if (m.scored) {
    m.score = weights > 0 ? 100 * sum / weights : 100;
  }
  return m;
}

void ScoreRollup::Add(const StandardResults& results, const MessageScore& score,
                      Severity fail_on) {
  if (!score.scored) return;
  ++messages;
  score_sum += score.score;
  if (score.auto_failed) ++auto_failed;
  for (int i = 1; i < kStandardCount; ++i) {
    ++by_standard[i][static_cast<int>(results[i].Status(fail_on))];
  }
}

void ScoreRollup::Merge(const ScoreRollup& other) {
  messages += other.messages;
  score_sum += other.score_sum;
  auto_failed += other.auto_failed;
  for (int i = 0; i < kStandardCount; ++i) {
    for (int j = 0; j < 4; ++j) by_standard[i][j] += other.by_standard[i][j];
  }
}

void ScoreRollup::AddTurnaround(StandardStatus status) {
  ++by_standard[0][static_cast<int>(status)];
}

double ScoreRollup::MeanScore() const {
  if (messages == 0) return std::numeric_limits<double>::quiet_NaN();
  return score_sum / messages;
}

double ScoreRollup::PassRate(int standard) const {
  const std::array<int, 4>& c = by_standard[standard];
  int pass = c[static_cast<int>(StandardStatus::kPass)] +
             c[static_cast<int>(StandardStatus::kPassWithWarnings)];
  int applied = pass + c[static_cast<int>(StandardStatus::kFail)];
  if (applied == 0) return std::numeric_limits<double>::quiet_NaN();
  return static_cast<double>(pass) / applied;
}

std::string DepartmentOf(const Config& config, const std::string& address) {
  size_t at = address.rfind('@');
  std::string domain = at == std::string::npos ? "" : address.substr(at + 1);
  for (const auto& [who, name] : config.audit.departments) {
    if (who == address) return name;
    if (who[0] == '@') {
      std::string_view d = std::string_view(who).substr(1);
      if (domain == d || EndsWith(domain, "." + std::string(d))) return name;
    }
  }
  return "(unassigned)";
}

}  // namespace maillint
