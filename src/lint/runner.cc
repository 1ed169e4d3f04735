#include "lint/runner.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <exception>
#include <map>
#include <optional>

#include "lint/mask_excerpts.h"
#include "mailbox/ordered_pipeline.h"

namespace maillint {
namespace {

void AddInputFindings(const Message& message, std::vector<Finding>& out) {
  for (const InputProblem& p : message.problems) {
    Finding f;
    f.rule_id = "input." + p.kind;
    f.severity = p.is_error ? Severity::kError : Severity::kWarning;
    f.message = p.message;
    if (p.file_line > 0) {
      f.line = f.end_line = p.file_line;
      f.column = f.end_column = 1;
      f.file_position = true;
    }
    out.push_back(std::move(f));
  }
}

// Puts the reader's problems in front of the parser's and keeps one problem
// per kind and line: the parser may copy the reader's problems itself or find
// the same one (e.g. a missing header separator) on its own.
void MergeRawProblems(const std::vector<InputProblem>& raw,
                      std::vector<InputProblem>& problems) {
  std::vector<InputProblem> all = raw;
  all.insert(all.end(), problems.begin(), problems.end());
  problems.clear();
  for (InputProblem& p : all) {
    bool seen = std::any_of(
        problems.begin(), problems.end(), [&](const InputProblem& q) {
          return q.kind == p.kind && q.file_line == p.file_line;
        });
    if (!seen) problems.push_back(std::move(p));
  }
}

MessageResult ErrorResult(const Origin& origin, std::string error) {
  MessageResult r;
  r.origin = origin;
  r.status = MessageStatus::kError;
  r.error = std::move(error);
  return r;
}

// Findings listed per rule and message; past it one finding says how many
// more there were. A garbled or hostile message can match a pattern
// thousands of times, and a report that lists them all helps nobody.
constexpr size_t kMaxFindingsPerRule = 100;

void CapFindingsPerRule(std::vector<Finding>& findings) {
  std::map<std::string, size_t> count;
  std::map<std::string, Finding> more;  // rule id -> the "N more" finding
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    if (++count[f.rule_id] <= kMaxFindingsPerRule) {
      kept.push_back(std::move(f));
      continue;
    }
    auto [it, added] = more.try_emplace(f.rule_id);
    Finding& note = it->second;
    if (added) {
      note.rule_id = f.rule_id;
      note.severity = f.severity;
    }
    note.severity = std::max(note.severity, f.severity);
  }
  for (auto& [rule_id, note] : more) {
    note.message = std::to_string(count[rule_id] - kMaxFindingsPerRule) +
                   " more findings of this rule in this message are not listed";
    kept.push_back(std::move(note));
  }
  findings = std::move(kept);
}

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if ((a.line == 0) != (b.line == 0)) return a.line == 0;
                     if (a.line != b.line) return a.line < b.line;
                     return a.column < b.column;
                   });
}

int64_t NanosSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

Runner::Runner(const Config& config, std::vector<std::unique_ptr<Rule>> rules,
               RunOptions options)
    : config_(config), rules_(std::move(rules)), options_(std::move(options)) {
  InitMimeLibrary();
}

std::vector<const RuleInfo*> Runner::rule_infos() const {
  std::vector<const RuleInfo*> infos;
  for (const auto& r : rules_) infos.push_back(&r->info());
  return infos;
}

Result<Message> PrepareMessage(const RawMessage& raw,
                               const ParseOptions& options) {
  if (!raw.error.ok()) return raw.error;
  InitMimeLibrary();
  Result<Message> parsed = ParseMessage(raw, options);
  if (!parsed) return parsed;
  Message& message = parsed.value();
  MergeRawProblems(raw.problems, message.problems);
  return parsed;
}

Result<Message> Runner::Prepare(const RawMessage& raw) const {
  Result<Message> prepared = PrepareMessage(raw, options_.parse);
  if (prepared && options_.amend) options_.amend(prepared.value());
  return prepared;
}

MessageResult Runner::Check(const Message& message,
                            const ThreadView* thread) const {
  auto start = std::chrono::steady_clock::now();
  Analysis analysis(message, options_.known_original);
  if (options_.costs) options_.costs->Add(0, NanosSince(start));
  return Check(analysis, thread);
}

MessageResult Runner::Check(const Analysis& analysis,
                            const ThreadView* thread) const {
  const Message& message = analysis.message();
  MessageResult result;
  result.origin = message.origin;
  result.message_id = message.message_id;
  result.subject = message.subject;
  if (!message.from.empty()) result.from = message.from.front().ToString();

  CheckContext ctx(analysis, config_, thread);
  for (size_t i = 0; i < rules_.size(); ++i) {
    const Rule* rule = rules_[i].get();
    if (!rule->AppliesTo(message)) continue;
    try {
      auto start = std::chrono::steady_clock::now();
      rule->Check(ctx);
      if (options_.costs) options_.costs->Add(i + 1, NanosSince(start));
    } catch (const std::exception& e) {
      Finding f;
      f.rule_id = "input.internal-error";
      f.severity = Severity::kError;
      f.message = "rule " + rule->id() + " failed: " + e.what();
      ctx.Add(std::move(f));
    }
  }
  CapFindingsPerRule(ctx.findings());
  std::optional<LineIndex> body_index;
  for (Finding& f : ctx.findings()) {
    if (!body_index && f.where.kind == Location::Kind::kBody) {
      body_index.emplace(message.body.text);
    }
    LocateFinding(message, config_.show_sensitive, f,
                  body_index ? &*body_index : nullptr);
  }
  MaskSensitiveExcerpts(message, config_.show_sensitive, ctx.findings());
  MaskSensitiveValues(config_.show_sensitive, ctx.findings(), result.subject,
                      result.from);
  AddInputFindings(message, ctx.findings());
  result.findings = std::move(ctx.findings());
  SortFindings(result.findings);

  bool fails = std::any_of(
      result.findings.begin(), result.findings.end(),
      [&](const Finding& f) { return f.severity >= config_.fail_on; });
  result.status = fails ? MessageStatus::kFail : MessageStatus::kPass;
  return result;
}

MessageResult Runner::CheckRaw(const RawMessage& raw) const {
  try {
    Result<Message> message = Prepare(raw);
    if (!message) return ErrorResult(raw.origin, message.error().message());
    return Check(message.value());
  } catch (const std::exception& e) {
    return ErrorResult(raw.origin, std::string("internal error: ") + e.what());
  }
}

RunSummary Runner::Run(const std::vector<std::string>& paths,
                       Reporter& reporter) const {
  reporter.Begin();
  RunSummary summary;
  (void)ProcessInOrder<MessageResult>(
      paths, options_.input, options_.jobs,
      [this](const RawMessage& raw, size_t) { return CheckRaw(raw); },
      [&](size_t, MessageResult&& result) {
        summary.Add(result);
        reporter.OnMessage(result);
      });
  reporter.End(summary);
  return summary;
}

}  // namespace maillint
