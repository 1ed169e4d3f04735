#include "audit/audit_run.h"

#include <exception>
#include <optional>

#include "audit/progress.h"
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

// Pass 1: records for every readable message; input index -> record.
std::vector<int> ReadRecords(const Config& config,
                             const AuditRunOptions& options, Progress& progress,
                             AuditData& data) {
  std::vector<int> record_of_input;
  progress.Phase("reading", 0);
  (void)ProcessInOrder<ReadResult>(
      options.paths, InputOptions(), options.jobs,
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
      [&](size_t input_index, ReadResult&& r) {
        if (r.record) {
          r.record->index = static_cast<int>(data.records.size());
          record_of_input.push_back(r.record->index);
          data.records.push_back(std::move(*r.record));
        } else {
          record_of_input.push_back(-1);
          data.read_errors.push_back(r.error);
        }
        progress.Update(static_cast<int>(input_index) + 1);
      });
  return record_of_input;
}

RecordCheck CheckOne(const RawMessage& raw, int record, const AuditData& data,
                     const Runner& staff_rules, const Runner& inbound_rules) {
  RecordCheck check;
  const MailRecord& r = data.records[record];
  bool staff = StaffWritten(r.kind);
  if (!staff && r.kind != MailKind::kInbound) return check;
  Result<Message> m = PrepareMessage(raw, ParseOptions());
  if (!m) return check;
  int outcome = data.outcome_of[record];
  ThreadView view(data.records, data.index, record,
                  outcome >= 0 ? &data.outcomes[outcome] : nullptr);
  try {
    MessageResult result =
        (staff ? staff_rules : inbound_rules).Check(Analysis(m.value()), &view);
    check.checked = true;
    check.all_rules = staff;
    check.status = result.status;
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

  ThreadIndex::Options thread_options;
  thread_options.subject_window_seconds = options.subject_window_seconds;
  thread_options.is_internal = [&config](const std::string& address) {
    return config.IsInternalAddress(address);
  };
  data.index = ThreadIndex::Build(data.records, thread_options);
  data.outcomes =
      ComputeOutcomes(data.records, data.index, clock, options.settings);
  data.outcome_of.assign(data.records.size(), -1);
  for (size_t i = 0; i < data.outcomes.size(); ++i) {
    data.outcome_of[data.outcomes[i].record] = static_cast<int>(i);
  }

  data.checks.resize(data.records.size());
  progress.Phase("checking", static_cast<int>(record_of_input.size()));
  (void)ProcessInOrder<RecordCheck>(
      options.paths, InputOptions(), options.jobs,
      [&](const RawMessage& raw, size_t input_index) {
        if (input_index >= record_of_input.size() ||
            record_of_input[input_index] < 0) {
          return RecordCheck();
        }
        return CheckOne(raw, record_of_input[input_index], data, staff_rules,
                        inbound_rules);
      },
      [&](size_t input_index, RecordCheck&& check) {
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
