// `maillint milter`: the outbound mail gateway daemon (libmilter).
//
// Loads the configuration, rule packs and gateway policy once
// (gateway/engine.h), listens on --socket and judges every message the MTA
// passes (gateway/milter_session.h). Exit codes: 0 after SIGTERM/SIGINT and
// the drain, 2 bad options, configuration or socket, 1 libmilter failed.
//
// SIGNALS
//   libmilter runs its own sigwait() thread that stops the milter on SIGHUP.
//   To reload instead, the main thread sigwait()s too: Linux delivers a
//   process-directed signal to the thread group leader when that thread can
//   take it, and the leader only ever blocks these signals outside
//   sigwait() for the instant of handing one on. SIGHUP wakes the
//   housekeeping thread, which builds a new engine (a failed reload keeps
//   the old one and logs why); connections stay open. SIGTERM/SIGINT
//   drain: new connections get the --on-error outcome at once, the open
//   sessions get up to --drain-timeout to finish, then smfi_stop(). (Calling
//   smfi_stop() first is no drain: Debian's libmilter, built with its
//   worker pool, stops serving the open sessions.)
#include <signal.h>
#include <sys/stat.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include "commands/command.h"
#include "commands/common.h"
#include "gateway/engine.h"
#include "gateway/gateway_log.h"
#include "gateway/milter_session.h"
#include "gateway/option_values.h"

namespace maillint {
namespace {

struct MilterOptions {
  CommonOptions common;  // config_path, rules, jobs
  std::string socket = "unix:/run/maillint/milter.sock";
  std::string on_error = "accept";
  std::string deadline_ms = "5000";
  std::string max_size = "64M";
  std::string stats_file;
  int drain_seconds = 30;
  int milter_timeout = 600;
  bool check_config = false;
};

Status ParseSettings(const MilterOptions& o, MilterSettings* s) {
  if (o.on_error != "accept" && o.on_error != "tempfail") {
    return Status::InvalidArgument(
        "--on-error: expected accept or tempfail, got '" + o.on_error + "'");
  }
  s->tempfail_on_error = o.on_error == "tempfail";
  std::optional<uint64_t> deadline = ParseCount(o.deadline_ms);
  if (!deadline || *deadline == 0 || *deadline > 3600 * 1000) {
    return Status::InvalidArgument(
        "--deadline-ms: expected milliseconds (1 to 3600000), got '" +
        o.deadline_ms + "'");
  }
  s->deadline = std::chrono::milliseconds(*deadline);
  std::optional<uint64_t> size = ParseSize(o.max_size);
  if (!size) {
    return Status::InvalidArgument(
        "--max-size: expected a byte count such as 10M, got '" + o.max_size +
        "'");
  }
  s->max_message_bytes = *size;
  return Status::Ok();
}

Result<std::shared_ptr<const GatewayEngine>> LoadEngine(
    const MilterOptions& o, const MilterSettings& s) {
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return config.error();
  auto engine = GatewayEngine::Create(std::move(config.value()), LoadRules,
                                      s.max_message_bytes);
  if (!engine) std::cerr << "maillint: " << engine.error().message() << "\n";
  return engine;
}

// Reloads on request and writes the stats file every few seconds.
class Housekeeper {
 public:
  Housekeeper(const MilterOptions& o, const MilterSettings& s,
              EngineHolder* engines)
      : options_(o), settings_(s), engines_(engines) {
    thread_ = std::thread([this] { Run(); });
  }
  ~Housekeeper() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
    if (!options_.stats_file.empty()) WriteStatsFile(options_.stats_file);
  }
  void RequestReload() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      reload_ = true;
    }
    wake_.notify_all();
  }

 private:
  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_) {
      wake_.wait_for(lock, std::chrono::seconds(2));
      if (reload_) {
        reload_ = false;
        lock.unlock();
        Reload();
        lock.lock();
      }
      if (!options_.stats_file.empty()) WriteStatsFile(options_.stats_file);
    }
  }
  void Reload() {
    auto engine = LoadEngine(options_, settings_);
    if (!engine) {
      ++Counters().reload_failures;
      LogLine("maillint-milter: reload failed, keeping the old configuration");
      return;
    }
    engines_->Set(std::move(engine.value()));
    ++Counters().reloads;
    LogLine("maillint-milter: reloaded: " +
            std::to_string(engines_->Get()->rule_count()) + " rules");
  }

  const MilterOptions& options_;
  const MilterSettings& settings_;
  EngineHolder* engines_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool reload_ = false;
  bool stop_ = false;
  std::thread thread_;
};

Status OpenSocket(const MilterOptions& o, smfiDesc* desc) {
  if (smfi_setconn(const_cast<char*>(o.socket.c_str())) != MI_SUCCESS) {
    return Status::InvalidArgument("--socket: cannot use '" + o.socket + "'");
  }
  smfi_settimeout(o.milter_timeout);
  if (smfi_register(*desc) != MI_SUCCESS) {
    return Status::Internal("libmilter refused the filter description");
  }
  if (smfi_opensocket(1) != MI_SUCCESS) {
    return Status::IoError(o.socket, "cannot listen (in use? permissions?)");
  }
  return Status::Ok();
}

// Waits for SIGTERM/SIGINT (true) or smfi_main ending on its own (false);
// hands SIGHUP on.
bool WaitForStop(Housekeeper& housekeeper, const std::atomic<bool>& ended) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  timespec tick = {1, 0};
  while (!ended) {
    int sig = sigtimedwait(&set, nullptr, &tick);
    if (sig == SIGHUP) housekeeper.RequestReload();
    if (sig == SIGTERM || sig == SIGINT) {
      LogLine("maillint-milter: stopping: draining open sessions");
      return true;
    }
  }
  return false;
}

void Drain(int seconds) {
  for (int i = 0; i < seconds * 10 && Counters().active_connections > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

int RunMilter(const MilterOptions& o) {
  MilterSettings settings;
  if (Status s = ParseSettings(o, &settings); !s.ok()) {
    std::cerr << "maillint: milter: " << s.message() << "\n";
    return kExitUsage;
  }
  auto first = LoadEngine(o, settings);
  if (!first) return kExitUsage;
  if (o.check_config) {
    std::cout << "maillint: milter: configuration ok ("
              << first.value()->rule_count() << " rules)\n";
    return kExitOk;
  }
  signal(SIGPIPE, SIG_IGN);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // every thread inherits this

  EngineHolder engines;
  engines.Set(std::move(first.value()));
  int jobs = o.common.jobs > 0
                 ? o.common.jobs
                 : static_cast<int>(std::thread::hardware_concurrency());
  CheckPool pool(jobs, static_cast<size_t>(std::max(jobs, 1)) * 64);
  smfiDesc desc = MilterDescription(&engines, &pool, settings);
  if (Status s = OpenSocket(o, &desc); !s.ok()) {
    std::cerr << "maillint: milter: " << s.message() << "\n";
    return kExitUsage;
  }
  LogLine("maillint-milter: listening on " + o.socket + " (" +
          std::to_string(jobs) + " checkers, " +
          std::to_string(engines.Get()->rule_count()) + " rules)");
  std::atomic<bool> ended{false};
  std::atomic<int> milter_result{MI_SUCCESS};
  bool asked_to_stop = false;
  std::thread([&] {
    milter_result = smfi_main();
    ended = true;
  }).detach();
  {
    Housekeeper housekeeper(o, settings, &engines);
    asked_to_stop = WaitForStop(housekeeper, ended);
    if (!asked_to_stop)
      LogLine("maillint-milter: libmilter stopped on its own");
    StartDraining();
    Drain(o.drain_seconds);
    smfi_stop();
    for (int i = 0; i < 70 && !ended; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  LogLine("maillint-milter: stopped");
  // libmilter's threads may still be winding down: leave without running
  // destructors under them.
  // Exit 1 when libmilter ended by itself, so that systemd restarts it.
  bool clean = asked_to_stop && milter_result == MI_SUCCESS;
  std::_Exit(clean ? kExitOk : kExitFindings);
}

}  // namespace

void RegisterMilterCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<MilterOptions>();
  CLI::App* cmd = app.add_subcommand("milter");
  cmd->add_option("--socket", o->socket,
                  "unix:/path or inet:PORT@HOST (default "
                  "unix:/run/maillint/milter.sock)");
  cmd->add_option("--config", o->common.config_path, "configuration file");
  cmd->add_option("--rules", o->common.rules,
                  "rule selection, as rules.select (replaces the config's)");
  cmd->add_option("-j,--jobs", o->common.jobs,
                  "checker threads (default: number of cores)");
  cmd->add_option("--on-error", o->on_error,
                  "accept (default): pass unchecked mail on with "
                  "X-Maillint-Status: error; tempfail: answer 451");
  cmd->add_option("--deadline-ms", o->deadline_ms,
                  "milliseconds a check may take (default 5000)");
  cmd->add_option("--max-size", o->max_size,
                  "largest message checked (default 64M; larger ones are "
                  "unchecked)");
  cmd->add_option("--stats-file", o->stats_file,
                  "write counters here (Prometheus text) every 2 s");
  cmd->add_option("--drain-timeout", o->drain_seconds,
                  "seconds SIGTERM waits for open sessions (default 30)");
  cmd->add_option("--milter-timeout", o->milter_timeout,
                  "seconds libmilter waits for the MTA (default 600)");
  cmd->add_flag("--check-config", o->check_config,
                "load the configuration and rules, report, exit");
  cmd->callback([o, exit_code] { *exit_code = RunMilter(*o); });
}

}  // namespace maillint
