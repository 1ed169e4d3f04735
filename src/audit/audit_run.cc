#include "audit/audit_run.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "audit/progress.h"
#include "base/text.h"
#include "mailbox/ordered_pipeline.h"

namespace maillint {
namespace {

struct ReadResult {
  std::optional<MailRecord> record;
  std::string error;
};

bool StaffWritten(MailKind kind) {
  return kind == MailKind::kStaffReply || kind == MailKind::kInternal ||
         kind == MailKind::kForwarded;
}

bool Scored(const MailRecord& r, const Config& config) {
  if (r.kind == MailKind::kStaffReply) return true;
  if (r.kind != MailKind::kForwarded) return false;
  auto external = [&](const std::string& a) {
    return !config.IsInternalAddress(a);
  };
  return std::any_of(r.to.begin(), r.to.end(), external) ||
         std::any_of(r.cc.begin(), r.cc.end(), external);
}

bool InRange(const MailRecord& r, const AuditRunOptions& options) {
  if (!r.has_time()) {
    return options.since == std::numeric_limits<int64_t>::min() &&
           options.until == std::numeric_limits<int64_t>::max();
  }
  return r.time >= options.since && r.time <= options.until &&
         r.time <= options.settings.as_of;
}

// Rule id -> standard index (-1: none) over the rules of both runners.
using StandardOf = std::map<std::string, int>;

StandardOf StandardsOf(const Runner& a, const Runner& b) {
  StandardOf of;
  for (const Runner* runner : {&a, &b}) {
    for (const RuleInfo* info : runner->rule_infos()) {
      of[info->id] = StandardIndex(info->standard);
    }
  }
  return of;
}

// Which standards have a rule that applies to `message`, and the findings
// of each standard by severity.
StandardResults Standards(const Runner& runner, const StandardOf& standard_of,
                          const Message& message,
                          const std::vector<Finding>& findings) {
  StandardResults results;
  for (const auto& rule : runner.rules()) {
    int s = StandardIndex(rule->info().standard);
    if (s >= 0 && rule->AppliesTo(message)) results[s].applicable = true;
  }
  for (const Finding& f : findings) {
    auto it = standard_of.find(f.rule_id);
    if (it == standard_of.end() || it->second < 0) continue;
    results[it->second].applicable = true;
    ++results[it->second].counts[static_cast<int>(f.severity)];
  }
  return results;
}

// Runs every message through an OrderedPipeline, one PATH argument after
// the other, so that each message knows which argument it came from.
// Indices count over all paths.
template <typename T>
void ForEachPath(const std::vector<std::string>& paths, int jobs,
                 const std::function<T(const RawMessage&, size_t)>& work,
                 const std::function<void(size_t, int, T&&)>& deliver) {
  size_t offset = 0;
  for (size_t p = 0; p < paths.size(); ++p) {
    size_t seen = 0;
    (void)ProcessInOrder<T>(
        {paths[p]}, InputOptions(), jobs,
        [&](const RawMessage& raw, size_t i) { return work(raw, offset + i); },
        [&](size_t i, T&& result) {
          ++seen;
          deliver(offset + i, static_cast<int>(p), std::move(result));
        });
    offset += seen;
  }
}

// Pass 1: records for every readable message; input index -> record.
std::vector<int> ReadRecords(const Config& config,
                             const AuditRunOptions& options, Progress& progress,
                             AuditData& data) {
  std::vector<int> record_of_input;
  progress.Phase("reading", 0);
  ForEachPath<ReadResult>(
      options.paths, options.jobs,
      [&](const RawMessage& raw, size_t) {
        ReadResult r;
        Result<Message> m = PrepareMessage(raw, ParseOptions());
        if (m) {
          r.record = MakeMailRecord(Analysis(m.value()), 0, config);
        } else {
          r.error = m.error().message();
        }
        return r;
      },
      [&](size_t input_index, int path, ReadResult&& r) {
        if (r.record && !InRange(*r.record, options)) {
          record_of_input.push_back(-1);
          ++data.excluded;
        } else if (r.record) {
          r.record->index = static_cast<int>(data.records.size());
          record_of_input.push_back(r.record->index);
          data.records.push_back(std::move(*r.record));
          data.path_of.push_back(path);
        } else {
          record_of_input.push_back(-1);
          data.read_errors.push_back(r.error);
          data.read_error_path.push_back(path);
        }
        progress.Update(static_cast<int>(input_index) + 1);
      });
  return record_of_input;
}

RecordCheck CheckOne(const RawMessage& raw, int record, const AuditData& data,
                     const Config& config, const StandardOf& standard_of,
                     const Runner& staff_rules, const Runner& inbound_rules) {
  RecordCheck check;
  const MailRecord& r = data.records[record];
  bool staff = StaffWritten(r.kind);
  check.scored = Scored(r, config);
  if (!staff && r.kind != MailKind::kInbound) return check;
  Result<Message> m = PrepareMessage(raw, ParseOptions());
  if (!m) return check;
  int outcome = data.outcome_of[record];
  ThreadView view(data.records, data.index, record,
                  outcome >= 0 ? &data.outcomes[outcome] : nullptr);
  try {
    const Runner& runner = staff ? staff_rules : inbound_rules;
    MessageResult result = runner.Check(m.value(), &view);
    check.checked = true;
    check.all_rules = staff;
    check.status = result.status;
    check.standards =
        Standards(runner, standard_of, m.value(), result.findings);
    check.findings = std::move(result.findings);
    if (result.subject != m.value().subject) {
      check.masked_subject = std::move(result.subject);
    }
  } catch (const std::exception& e) {
    check.checked = true;
    check.status = MessageStatus::kError;
  }
  return check;
}

}  // namespace

void ThreadAndMeasure(const Config& config, const BusinessClock& clock,
                      int64_t subject_window_seconds, AuditData& data) {
  ThreadIndex::Options thread_options;
  thread_options.subject_window_seconds = subject_window_seconds;
  thread_options.is_internal = [&config](const std::string& address) {
    return config.IsInternalAddress(address);
  };
  data.index = ThreadIndex::Build(data.records, thread_options);
  data.outcomes =
      ComputeOutcomes(data.records, data.index, clock, data.settings);
  data.outcome_of.assign(data.records.size(), -1);
  for (size_t i = 0; i < data.outcomes.size(); ++i) {
    data.outcome_of[data.outcomes[i].record] = static_cast<int>(i);
  }
}

std::string InferOrganizationDomain(const std::vector<std::string>& paths,
                                    int jobs) {
  InitMimeLibrary();
  std::map<std::string, int> messages_naming;
  (void)ProcessInOrder<std::set<std::string>>(
      paths, InputOptions(), jobs,
      [](const RawMessage& raw, size_t) {
        std::set<std::string> domains;
        if (!raw.error.ok()) return domains;
        Result<Message> m = ParseMessage(raw, ParseOptions());
        if (!m) return domains;
        for (const auto* list : {&m->from, &m->to, &m->cc}) {
          for (const Address& a : *list) {
            size_t at = a.address.rfind('@');
            if (at != std::string::npos && at + 1 < a.address.size()) {
              domains.insert(AsciiLower(a.address.substr(at + 1)));
            }
          }
        }
        return domains;
      },
      [&](size_t, std::set<std::string>&& domains) {
        for (const std::string& d : domains) ++messages_naming[d];
      });
  std::string best;
  int most = 0;
  for (const auto& [domain, count] : messages_naming) {
    if (count > most) {
      best = domain;
      most = count;
    }
  }
  return best;
}

Result<AuditData> RunAudit(const Config& config, const BusinessClock& clock,
                           const Runner& staff_rules,
                           const Runner& inbound_rules,
                           const AuditRunOptions& options) {
  for (const std::string& p : options.paths) {
    if (p == "-") {
      return Status::InvalidArgument(
          "audit reads the mailbox twice and cannot take standard input; "
          "save it to a file first");
    }
  }
  AuditData data;
  data.settings = options.settings;
  data.clock_name = clock.kind_name();
  data.timezone = clock.timezone();
  Progress progress(options.progress);
  std::vector<int> record_of_input =
      ReadRecords(config, options, progress, data);
  CountSameTextRecipients(data.records);
  ThreadAndMeasure(config, clock, options.subject_window_seconds, data);

  data.checks.resize(data.records.size());
  const StandardOf standard_of = StandardsOf(staff_rules, inbound_rules);
  progress.Phase("checking", static_cast<int>(record_of_input.size()));
  ForEachPath<RecordCheck>(
      options.paths, options.jobs,
      [&](const RawMessage& raw, size_t input_index) {
        if (input_index >= record_of_input.size() ||
            record_of_input[input_index] < 0) {
          return RecordCheck();
        }
        return CheckOne(raw, record_of_input[input_index], data, config,
                        standard_of, staff_rules, inbound_rules);
      },
      [&](size_t input_index, int, RecordCheck&& check) {
        if (input_index < record_of_input.size() &&
            record_of_input[input_index] >= 0) {
          data.checks[record_of_input[input_index]] = std::move(check);
        }
        progress.Update(static_cast<int>(input_index) + 1);
      });
  progress.Finish();
  // Every audit format prints the record's subject: show it masked.
  for (size_t i = 0; i < data.checks.size(); ++i) {
    if (!data.checks[i].masked_subject.empty()) {
      data.records[i].subject = data.checks[i].masked_subject;
    }
  }
  return data;
}

}  // namespace maillint
