#include "lint/runner.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "anatomy/segmenter.h"
#include "lint/mask_excerpts.h"

namespace maillint {
namespace {

// In-flight messages per worker: enough to keep every core busy while the
// reporter waits for the oldest one, small enough that memory stays flat.
constexpr int kWindowPerJob = 4;

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

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if ((a.line == 0) != (b.line == 0)) return a.line == 0;
                     if (a.line != b.line) return a.line < b.line;
                     return a.column < b.column;
                   });
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
  message.anatomy = AnalyzeAnatomy(message);
  return parsed;
}

Result<Message> Runner::Prepare(const RawMessage& raw) const {
  Result<Message> prepared = PrepareMessage(raw, options_.parse);
  if (prepared && options_.amend) options_.amend(prepared.value());
  return prepared;
}

MessageResult Runner::Check(const Message& message,
                            const ThreadView* thread) const {
  MessageResult result;
  result.origin = message.origin;
  result.message_id = message.message_id;
  result.subject = message.subject;
  if (!message.from.empty()) result.from = message.from.front().ToString();

  CheckContext ctx(message, config_, thread);
  for (const auto& rule : rules_) {
    if (!rule->AppliesTo(message)) continue;
    try {
      rule->Check(ctx);
    } catch (const std::exception& e) {
      Finding f;
      f.rule_id = "input.internal-error";
      f.severity = Severity::kError;
      f.message = "rule " + rule->id() + " failed: " + e.what();
      ctx.Add(std::move(f));
    }
  }
  for (Finding& f : ctx.findings()) {
    LocateFinding(message, config_.show_sensitive, f);
  }
  MaskSensitiveExcerpts(message, config_.show_sensitive, ctx.findings());
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
  int jobs =
      options_.jobs > 0
          ? options_.jobs
          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const size_t window = static_cast<size_t>(jobs * kWindowPerJob);

  std::mutex mu;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<size_t, RawMessage>> queue;
  std::map<size_t, MessageResult> done;
  bool finished_reading = false;

  auto worker = [&] {
    while (true) {
      std::unique_lock<std::mutex> lock(mu);
      work_ready.wait(lock, [&] { return !queue.empty() || finished_reading; });
      if (queue.empty()) return;
      auto [index, raw] = std::move(queue.front());
      queue.pop_front();
      lock.unlock();
      MessageResult r = CheckRaw(raw);
      lock.lock();
      done.emplace(index, std::move(r));
      result_ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);

  RunSummary summary;
  size_t next_to_report = 0;
  size_t submitted = 0;
  // REQUIRES: lock held. Reports every finished result that is next in order.
  auto drain = [&](std::unique_lock<std::mutex>& lock) {
    while (true) {
      auto it = done.find(next_to_report);
      if (it == done.end()) return;
      MessageResult r = std::move(it->second);
      done.erase(it);
      ++next_to_report;
      lock.unlock();
      summary.Add(r);
      reporter.OnMessage(r);
      lock.lock();
    }
  };

  reporter.Begin();
  ReadInputs(paths, options_.input, [&](RawMessage raw) {
    std::unique_lock<std::mutex> lock(mu);
    result_ready.wait(lock, [&] {
      drain(lock);
      return submitted - next_to_report < window;
    });
    queue.emplace_back(submitted++, std::move(raw));
    work_ready.notify_one();
    return true;
  });
  {
    std::unique_lock<std::mutex> lock(mu);
    finished_reading = true;
    work_ready.notify_all();
    result_ready.wait(lock, [&] {
      drain(lock);
      return next_to_report == submitted;
    });
  }
  for (std::thread& t : threads) t.join();
  reporter.End(summary);
  return summary;
}

}  // namespace maillint
