#include "audit/audit_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/text.h"

namespace maillint {
namespace {

void AddOutcome(const InboundOutcome& o, ResponseStats& s) {
  ++s.inbound;
  switch (o.status) {
    case InboundStatus::kAnswered:
      ++s.answered_in_time;
      break;
    case InboundStatus::kLate:
      ++s.late;
      break;
    case InboundStatus::kUnanswered:
      ++s.unanswered;
      break;
    case InboundStatus::kWaiting:
      ++s.waiting;
      break;
  }
  if (o.answered_by >= 0) {
    ++s.answered;
    s.hours.push_back(o.elapsed_hours);
  }
}

void Finalize(ResponseStats& s) {
  s.median = Percentile(s.hours, 0.5);
  s.p90 = Percentile(s.hours, 0.9);
}

void AddCheck(const RecordCheck& check, Severity fail_on, RuleQuality& q) {
  if (!check.checked || !check.all_rules || !check.scored) return;
  ++q.checked;
  bool fails = false, warned = false;
  for (const Finding& f : check.findings) {
    if (StartsWith(f.rule_id, "turnaround.")) continue;
    ++q.violations[f.rule_id];
    if (f.severity >= fail_on) fails = true;
    if (f.severity >= Severity::kWarning) warned = true;
  }
  if (fails || check.status == MessageStatus::kError) return;
  ++q.passed;
  if (warned) ++q.passed_with_warnings;
}

StandardStatus TurnaroundStatus(InboundStatus status) {
  switch (status) {
    case InboundStatus::kAnswered:
      return StandardStatus::kPass;
    case InboundStatus::kWaiting:
      return StandardStatus::kNotApplicable;
    default:
      return StandardStatus::kFail;
  }
}

// Staff stats by address, created on first use.
class StaffTable {
 public:
  explicit StaffTable(const Config& config) : config_(config) {}
  StaffStats& For(const std::string& address, const std::string& name) {
    auto [it, inserted] = by_address_.emplace(address, StaffStats());
    if (inserted) {
      it->second.address = address;
      it->second.department = DepartmentOf(config_, address);
    }
    if (it->second.name.empty()) it->second.name = name;
    return it->second;
  }
  std::vector<StaffStats> Take() {
    std::vector<StaffStats> out;
    for (auto& [address, s] : by_address_) {
      Finalize(s.responses);
      out.push_back(std::move(s));
    }
    return out;
  }

 private:
  const Config& config_;
  std::map<std::string, StaffStats> by_address_;
};

void AttributeOutcome(const AuditData& data, const Config& config,
                      const InboundOutcome& o, StaffTable& staff) {
  StandardStatus s1 = TurnaroundStatus(o.status);
  if (o.answered_by >= 0) {
    const MailRecord& reply = data.records[o.answered_by];
    StaffStats& person = staff.For(reply.from_address, reply.from_name);
    AddOutcome(o, person.responses);
    person.scorecard.AddTurnaround(s1);
    return;
  }
  const MailRecord& inbound = data.records[o.record];
  std::vector<std::string> recipients = inbound.to;
  recipients.insert(recipients.end(), inbound.cc.begin(), inbound.cc.end());
  std::sort(recipients.begin(), recipients.end());
  recipients.erase(std::unique(recipients.begin(), recipients.end()),
                   recipients.end());
  for (const std::string& address : recipients) {
    if (config.IsInternalAddress(address)) {
      StaffStats& person = staff.For(address, "");
      AddOutcome(o, person.responses);
      person.scorecard.AddTurnaround(s1);
    }
  }
}

}  // namespace

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(values.begin(), values.end());
  double rank = p * static_cast<double>(values.size() - 1);
  size_t lo = static_cast<size_t>(std::floor(rank));
  size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (values[hi] - values[lo]) * (rank - std::floor(rank));
}

double RuleQuality::PassRate() const {
  if (checked == 0) return std::numeric_limits<double>::quiet_NaN();
  return static_cast<double>(passed) / checked;
}

std::vector<std::pair<std::string, int>> RuleQuality::Top(size_t limit) const {
  std::vector<std::pair<std::string, int>> top(violations.begin(),
                                               violations.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.second > b.second;
  });
  if (top.size() > limit) top.resize(limit);
  return top;
}

AuditStats ComputeStats(const AuditData& data, const Config& config,
                        const BusinessClock& clock) {
  AuditStats stats;
  stats.messages = static_cast<int>(data.records.size());
  StaffTable staff(config);
  const ScoreSettings settings = ScoreSettings::FromConfig(config);
  for (const MailRecord& r : data.records) {
    ++stats.by_kind[r.kind];
    const RecordCheck& check = data.checks[r.index];
    if (!check.all_rules || !check.scored) continue;
    MessageScore score = ScoreMessage(check.standards, settings);
    StaffStats& author = staff.For(r.from_address, r.from_name);
    AddCheck(check, config.fail_on, stats.quality);
    AddCheck(check, config.fail_on, author.quality);
    stats.scorecard.Add(check.standards, score, config.fail_on);
    author.scorecard.Add(check.standards, score, config.fail_on);
  }
  for (const InboundOutcome& o : data.outcomes) {
    AddOutcome(o, stats.responses);
    stats.scorecard.AddTurnaround(TurnaroundStatus(o.status));
    AttributeOutcome(data, config, o, staff);
    if (o.late) {
      LocalTime t = clock.Local(data.records[o.record].time);
      ++stats.late_by_weekday_hour[t.weekday][t.hour];
    }
  }
  Finalize(stats.responses);
  stats.staff = staff.Take();
  for (const StaffStats& s : stats.staff) {
    stats.departments[s.department].Merge(s.scorecard);
  }
  return stats;
}

}  // namespace maillint
