#include "lint/runner.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "anatomy/segmenter.h"
#include "lint/ignore_comments.h"
#include "lint/mask_excerpts.h"

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
  AddInputFindings(message, ctx.findings());
  result.findings = std::move(ctx.findings());
  SortFindings(result.findings);
  ApplyIgnoreComments(message, result.findings);
  if (options_.post_check) options_.post_check(result);

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

namespace {

// Hands raw messages to the workers in batches (one lock and one wake-up
// per batch, not per message) and reports finished results in input order.
// Whichever worker finishes the next message in order becomes the reporter
// and drains every result that is ready, so a result is written as soon as
// it and all before it are done, not when the next message is read; the
// reading thread only reads.
class OrderedPipeline {
 public:
  OrderedPipeline(const Runner& runner, Reporter& reporter, int jobs)
      : runner_(runner),
        reporter_(reporter),
        max_in_flight_(static_cast<size_t>(jobs) * kWindowPerJob),
        max_bytes_in_flight_(static_cast<uint64_t>(jobs) * kBytesPerJob) {
    for (int i = 0; i < jobs; ++i) threads_.emplace_back([this] { Work(); });
  }

  // Called on the reading thread, once per message in input order.
  void Add(RawMessage raw) {
    batch_.bytes += raw.bytes.size();
    batch_.items.push_back({submitted_++, std::move(raw)});
    if (batch_.items.size() >= kBatchMessages || batch_.bytes >= kBatchBytes) {
      Submit();
    }
  }

  // Submits the last batch, waits for every result, stops the workers.
  // Rethrows an exception a reporter threw on a worker thread.
  RunSummary Finish() {
    Submit();
    {
      std::unique_lock<std::mutex> lock(mu_);
      finished_reading_ = true;
      work_ready_.notify_all();
      space_ready_.wait(lock, [&] {
        return failure_ != nullptr || next_to_report_ == submitted_;
      });
    }
    JoinWorkers();
    if (failure_ != nullptr) std::rethrow_exception(failure_);
    return summary_;
  }

  // When reading threw before Finish(): stop the workers without waiting
  // for the queued messages' results.
  ~OrderedPipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      finished_reading_ = true;
      queue_.clear();
      work_ready_.notify_all();
    }
    JoinWorkers();
  }

 private:
  // Sized for flat memory: a batch is one lock round trip, the window keeps
  // both cores busy behind a slow (large) message without holding much.
  static constexpr size_t kBatchMessages = 32;
  static constexpr uint64_t kBatchBytes = 1 << 20;
  static constexpr size_t kWindowPerJob = 128;
  static constexpr uint64_t kBytesPerJob = 8 << 20;

  struct Item {
    size_t index;
    RawMessage raw;
  };
  struct Batch {
    std::vector<Item> items;
    uint64_t bytes = 0;
  };

  void JoinWorkers() {
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

  void Submit() {
    if (batch_.items.empty()) return;
    std::unique_lock<std::mutex> lock(mu_);
    space_ready_.wait(lock, [&] {
      return failure_ != nullptr || in_flight_ == 0 ||
             (in_flight_ + batch_.items.size() <= max_in_flight_ &&
              bytes_in_flight_ + batch_.bytes <= max_bytes_in_flight_);
    });
    in_flight_ += batch_.items.size();
    bytes_in_flight_ += batch_.bytes;
    queue_.push_back(std::move(batch_));
    work_ready_.notify_one();
    batch_ = Batch();
  }

  void Work() {
    while (true) {
      Batch batch;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_ready_.wait(lock,
                         [&] { return !queue_.empty() || finished_reading_; });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
      }
      std::vector<std::pair<size_t, MessageResult>> results;
      results.reserve(batch.items.size());
      for (Item& item : batch.items) {
        results.emplace_back(item.index, runner_.CheckRaw(item.raw));
        item.raw = RawMessage();  // release the message's bytes early
      }
      std::unique_lock<std::mutex> lock(mu_);
      bytes_in_flight_ -= batch.bytes;
      for (auto& [index, result] : results) {
        done_.emplace(index, std::move(result));
      }
      if (!reporting_) Report(lock);
    }
  }

  // REQUIRES: lock held and no other reporter. Writes every result that is
  // next in order; the lock is released while writing.
  void Report(std::unique_lock<std::mutex>& lock) {
    reporting_ = true;
    while (failure_ == nullptr) {
      auto it = done_.find(next_to_report_);
      if (it == done_.end()) break;
      MessageResult result = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      try {
        summary_.Add(result);
        reporter_.OnMessage(result);
      } catch (...) {
        lock.lock();
        failure_ = std::current_exception();
        break;
      }
      lock.lock();
      ++next_to_report_;
      --in_flight_;
      space_ready_.notify_all();
    }
    reporting_ = false;
    space_ready_.notify_all();
  }

  const Runner& runner_;
  Reporter& reporter_;
  const size_t max_in_flight_;
  const uint64_t max_bytes_in_flight_;
  std::vector<std::thread> threads_;

  // Reading thread only.
  Batch batch_;
  size_t submitted_ = 0;

  // Guarded by mu_ (summary_: by the reporter role).
  std::mutex mu_;
  std::condition_variable work_ready_, space_ready_;
  std::deque<Batch> queue_;
  std::map<size_t, MessageResult> done_;
  size_t in_flight_ = 0;
  uint64_t bytes_in_flight_ = 0;
  size_t next_to_report_ = 0;
  bool finished_reading_ = false;
  bool reporting_ = false;
  std::exception_ptr failure_;
  RunSummary summary_;
};

}  // namespace

RunSummary Runner::Run(const std::vector<std::string>& paths,
                       Reporter& reporter) const {
  int jobs =
      options_.jobs > 0
          ? options_.jobs
          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  reporter.Begin();
  OrderedPipeline pipeline(*this, reporter, jobs);
  ReadInputs(paths, options_.input, [&](RawMessage raw) {
    pipeline.Add(std::move(raw));
    return true;
  });
  RunSummary summary = pipeline.Finish();
  reporter.End(summary);
  return summary;
}

}  // namespace maillint
