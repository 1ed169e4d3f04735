// `maillint filter`: the mail gateway hook (Postfix pipe content_filter,
// procmail `:0 fw`, maildrop `xfilter`).
//
// Reads one message on stdin and writes it to stdout with
//   X-Maillint-Status: pass|fail|error
//   X-Maillint-Findings: <count and rule ids>
// added at the top; incoming X-Maillint-* fields are removed first (no
// forged verdicts) and every other byte is unchanged (commands/
// filter_message.h), so DKIM signatures stay valid.
//
// EXIT CODES: only 0 (the message was written) or 75 (EX_TEMPFAIL: the MTA
// keeps the message and retries). Any other code would make Postfix bounce
// the mail, so usage and configuration errors are failures like any other.
//
// FAILURES (bad options or configuration, a message the parser cannot read,
// over --max-size, empty input or input that is not mail (no header block
// naming From, To, Subject, Date or Message-ID), an exception, no verdict
// within --timeout, which takes seconds or "250ms"/"1.5s"): with
// --on-error=pass (default) the message is written with X-Maillint-Status:
// error and the exit is 0; with --on-error=tempfail nothing is written, a
// "4.x.x maillint: reason" line goes to stderr and the exit is 75. When stdin
// cannot be read whole or stdout cannot be written, the exit is 75 whatever
// --on-error says: the original is not there to pass on.
//
// TEST HOOK: the environment variable MAILLINT_TEST_FAIL (read only here)
// forces a failure: "1" a failed check, "throw" an exception, "hang" a check
// that never ends (for --timeout).
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "base/text.h"
#include "commands/command.h"
#include "commands/common.h"
#include "gateway/option_values.h"
#include "gateway/verdict_headers.h"
#include "lint/runner.h"

namespace maillint {
namespace {

struct FilterOptions {
  CommonOptions common;  // only config_path, fail_on, show_sensitive
  std::string max_size = "64M";
  std::string timeout = "60";
  std::string on_error = "pass";
  std::vector<std::string> extras;  // arguments that are not options
  // The options taking a value, to catch "--config" given with none.
  std::vector<std::pair<CLI::Option*, std::string*>> valued;
};

struct Settings {
  bool tempfail = false;
  uint64_t max_size = 64ull << 20;
  std::chrono::milliseconds timeout{60000};
};

// What the process does in the end: write `output`, say `diagnostic` on
// stderr, exit with `exit_code`.
struct Outcome {
  std::string output;
  std::string diagnostic;
  int exit_code = kExitOk;
};

Outcome TempFail(std::string_view code, std::string_view reason) {
  return {"", std::string(code) + " maillint: " + std::string(reason),
          kExitTempFail};
}

// The outcome for a message that could not be checked, per --on-error.
Outcome Unchecked(const Settings& settings, std::string_view original,
                  std::string_view reason, std::string_view code = "4.3.0") {
  if (settings.tempfail) return TempFail(code, reason);
  std::string message = HasCompleteHeaderBlock(original)
                            ? StripMaillintHeaders(original)
                            : std::string(original);
  std::string headers = ErrorHeaders(reason, DetectLineEnding(original));
  return {InsertHeaders(message, headers),
          "maillint: filter: " + std::string(reason) +
              "; message passed on unchecked",
          kExitOk};
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Writes the outcome; returns the exit code (75 if stdout failed).
int Emit(const Outcome& outcome) {
  if (!WriteAll(STDOUT_FILENO, outcome.output)) {
    std::string line = "4.3.0 maillint: cannot write the message to stdout: " +
                       std::string(std::strerror(errno)) + "\n";
    WriteAll(STDERR_FILENO, line);
    return kExitTempFail;
  }
  if (!outcome.diagnostic.empty()) {
    WriteAll(STDERR_FILENO, outcome.diagnostic + "\n");
  }
  return outcome.exit_code;
}

// Fires after the timeout unless the main thread claimed the output first;
// then writes the --on-error outcome itself and ends the process at once.
class Watchdog {
 public:
  Watchdog(std::chrono::milliseconds timeout, const Settings& settings)
      : settings_(settings) {
    if (timeout.count() > 0) {
      thread_ = std::thread([this, timeout] { Run(timeout); });
    }
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      claimed_ = true;
    }
    done_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  // The complete input, once read (for the timeout outcome).
  void SetOriginal(std::shared_ptr<const std::string> original) {
    std::lock_guard<std::mutex> lock(mu_);
    original_ = std::move(original);
  }

  // Claims the output for the caller. When the watchdog has fired, never
  // returns: the watchdog is writing and ends the process.
  void Claim() {
    std::unique_lock<std::mutex> lock(mu_);
    while (fired_) done_.wait(lock);
    claimed_ = true;
    done_.notify_all();
  }

 private:
  void Run(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    if (done_.wait_for(lock, timeout, [this] { return claimed_; })) {
      return;
    }
    fired_ = true;
    std::string reason =
        "no verdict within --timeout " + std::to_string(timeout.count()) + "ms";
    Outcome outcome = original_
                          ? Unchecked(settings_, *original_, reason, "4.4.0")
                          : TempFail("4.4.0", reason + " (message not read)");
    std::_Exit(Emit(outcome));
  }

  const Settings& settings_;
  std::mutex mu_;
  std::condition_variable done_;
  std::thread thread_;
  std::shared_ptr<const std::string> original_;
  bool claimed_ = false;
  bool fired_ = false;
};

// Fills `settings`; a bad value gives an error (and the default stays).
Status ParseSettings(const FilterOptions& o, Settings* settings) {
  if (o.on_error != "pass" && o.on_error != "tempfail") {
    return Status::InvalidArgument(
        "--on-error: expected pass or tempfail, got '" + o.on_error + "'");
  }
  settings->tempfail = o.on_error == "tempfail";
  std::optional<uint64_t> size = ParseSize(o.max_size);
  if (!size) {
    return Status::InvalidArgument(
        "--max-size: expected a byte count such as 10M, got '" + o.max_size +
        "'");
  }
  settings->max_size = *size;
  std::optional<std::chrono::milliseconds> timeout =
      ParseDuration(o.timeout, std::chrono::seconds(1));
  if (!timeout) {
    return Status::InvalidArgument(
        "--timeout: expected seconds or 250ms, 1.5s (0 = none), got '" +
        o.timeout + "'");
  }
  settings->timeout = *timeout;
  if (!o.extras.empty()) {
    return Status::InvalidArgument("bad argument: " + o.extras.front());
  }
  return Status::Ok();
}

struct Input {
  std::string bytes;
  bool too_large = false;  // more than max_size bytes follow on stdin
  Status error;
};

Input ReadStdin(uint64_t max_size) {
  Input in;
  char buffer[1 << 16];
  while (true) {
    ssize_t n = read(STDIN_FILENO, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      in.error = Status::IoError("stdin", std::strerror(errno));
      return in;
    }
    if (n == 0) return in;
    in.bytes.append(buffer, static_cast<size_t>(n));
    if (in.bytes.size() > max_size) {
      in.too_large = true;
      return in;
    }
  }
}

// Copies the rest of stdin to stdout unchanged (after an oversized head).
bool CopyRestOfStdin() {
  char buffer[1 << 16];
  while (true) {
    ssize_t n = read(STDIN_FILENO, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0;
    if (!WriteAll(STDOUT_FILENO,
                  std::string_view(buffer, static_cast<size_t>(n)))) {
      return false;
    }
  }
}

Status TestHook() {
  const char* hook = std::getenv("MAILLINT_TEST_FAIL");
  if (hook == nullptr || hook[0] == '\0') return Status::Ok();
  std::string_view mode(hook);
  // Deliberate: stands in for an exception escaping a library.
  if (mode == "throw") throw std::runtime_error("MAILLINT_TEST_FAIL=throw");
  while (mode == "hang") std::this_thread::sleep_for(std::chrono::hours(1));
  return Status::Internal("forced failure (MAILLINT_TEST_FAIL)");
}

// Checks `original` and returns it with the verdict headers.
Result<std::string> CheckMessage(const FilterOptions& o,
                                 const Settings& settings,
                                 std::string_view original) {
  Status hook = TestHook();
  if (!hook.ok()) return hook;
  if (!LooksLikeMail(original)) {
    return Status::ParseError(
        "-", 0,
        original.empty() ? "empty input" : "input is not a mail message");
  }
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return config.error();
  RuleRegistry registry;
  auto rules = LoadRules(*config, &registry);
  if (!rules) return rules.error();
  RunOptions run_options;
  run_options.jobs = 1;
  run_options.input.max_message_bytes = settings.max_size;
  Runner runner(*config, std::move(rules.value()), run_options);

  std::string stripped = StripMaillintHeaders(original);
  RawMessage raw;
  raw.origin.path = "-";
  // The mbox envelope line procmail passes along is not part of the message.
  raw.bytes = std::string_view(stripped).substr(EnvelopeLineLength(stripped));
  MessageResult result = runner.CheckRaw(raw);
  if (result.status == MessageStatus::kError) {
    return Status::ParseError("-", 0, result.error);
  }
  return InsertHeaders(stripped,
                       VerdictHeaders(result, DetectLineEnding(original)));
}

Outcome Filter(const FilterOptions& o, const Settings& settings,
               const Status& bad_options, std::string_view original) {
  if (!bad_options.ok())
    return Unchecked(settings, original, bad_options.message());
  try {
    Result<std::string> checked = CheckMessage(o, settings, original);
    if (!checked)
      return Unchecked(settings, original, checked.error().message());
    return {std::move(checked.value()), "", kExitOk};
  } catch (const std::exception& e) {
    return Unchecked(settings, original,
                     std::string("internal error: ") + e.what());
  } catch (...) {
    return Unchecked(settings, original, "internal error");
  }
}

int RunFilter(const FilterOptions& o) {
  signal(SIGPIPE, SIG_IGN);
  Settings settings;
  Status bad_options = ParseSettings(o, &settings);
  Watchdog watchdog(settings.timeout, settings);

  Input in = ReadStdin(settings.max_size);
  if (!in.error.ok()) {
    watchdog.Claim();
    return Emit(
        TempFail("4.3.0", "cannot read the message: " + in.error.message()));
  }
  auto original = std::make_shared<const std::string>(std::move(in.bytes));
  watchdog.SetOriginal(original);
  if (in.too_large) {
    std::string reason = "message larger than --max-size (" +
                         std::to_string(settings.max_size) + " bytes)";
    watchdog.Claim();
    int code = Emit(Unchecked(settings, *original, reason, "4.3.4"));
    if (code != kExitOk || settings.tempfail) return code;
    return CopyRestOfStdin() ? kExitOk : kExitTempFail;
  }
  Outcome outcome = Filter(o, settings, bad_options, *original);
  watchdog.Claim();
  return Emit(outcome);
}

}  // namespace

void RegisterFilterCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<FilterOptions>();
  CLI::App* cmd = app.add_subcommand("filter");
  // Never let a bad argument end in CLI11's exit code 2: values are checked
  // in RunFilter and handled like any other failure.
  cmd->allow_extras();
  auto add = [cmd, o](const char* name, std::string* value, const char* help) {
    CLI::Option* option =
        cmd->add_option(name, *value, help)
            ->expected(0, 1)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    o->valued.emplace_back(option, value);
  };
  add("--config", &o->common.config_path, "configuration file");
  add("--fail-on", &o->common.fail_on,
      "lowest severity that fails: error|warning|info");
  add("--max-size", &o->max_size,
      "largest message checked, bytes (K, M, G suffixes; default 64M)");
  add("--timeout", &o->timeout,
      "give up after this long: seconds, or 250ms, 1.5s (default 60; 0 = "
      "none)");
  add("--on-error", &o->on_error,
      "pass (default): write the message, status error; tempfail: exit 75");
  cmd->add_flag("--show-sensitive", o->common.show_sensitive,
                "as for check (the headers carry only counts and rule ids)");
  cmd->callback([o, exit_code, cmd] {
    o->extras = cmd->remaining();
    for (const auto& [option, value] : o->valued) {
      if (option->count() > 0 && value->empty()) {
        o->extras.insert(o->extras.begin(),
                         option->get_name() + " without a value");
      }
    }
    *exit_code = RunFilter(*o);
  });
}

}  // namespace maillint
