// GatewayEngine: the configuration, rule set and gateway policy of the
// milter, loaded once and shared by every connection.
//
// An engine is immutable after Load() and safe to use from many threads.
// SIGHUP builds a new engine and swaps it in (EngineHolder); a message
// keeps the engine it started with until its end, so a reload never changes
// rules in the middle of a message and never drops a connection.
//
// CheckPool runs the checks on a fixed number of threads (the cores): the
// milter's per-connection threads wait for their result with a deadline, so
// a slow or stuck check costs that message its verdict (the --on-error
// outcome), never the connection or the MTA's milter timeout.
#ifndef MAILLINT_SRC_GATEWAY_ENGINE_H_
#define MAILLINT_SRC_GATEWAY_ENGINE_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/config.h"
#include "base/result.h"
#include "gateway/gateway_config.h"
#include "lint/message_result.h"
#include "lint/rule_registry.h"
#include "lint/runner.h"

namespace maillint {

// Builds the rules `config` selects into `registry` (commands/common.h's
// LoadRules; passed in so that this layer does not reach up to commands).
using RuleLoader = std::function<Result<std::vector<std::unique_ptr<Rule>>>(
    const Config& config, RuleRegistry* registry)>;

class GatewayEngine {
 public:
  // Reads the gateway section of config.source_path and loads the rules.
  // Errors name the file.
  static Result<std::shared_ptr<const GatewayEngine>> Create(
      Config config, const RuleLoader& load_rules, uint64_t max_message_bytes);

  // Checks one complete message (headers and body as received). Never
  // throws; a message that cannot be read gives status kError.
  MessageResult Check(std::string message) const;

  const Config& config() const { return config_; }
  const GatewayConfig& gateway() const { return gateway_; }
  size_t rule_count() const { return runner_->rules().size(); }

 private:
  GatewayEngine() = default;

  Config config_;
  GatewayConfig gateway_;
  RuleRegistry registry_;
  std::unique_ptr<Runner> runner_;  // refers to config_
};

// The current engine; Get() and Set() may race freely.
class EngineHolder {
 public:
  std::shared_ptr<const GatewayEngine> Get() const;
  void Set(std::shared_ptr<const GatewayEngine> engine);

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const GatewayEngine> engine_;
};

// A fixed pool of checker threads with a bounded queue.
class CheckPool {
 public:
  explicit CheckPool(int threads, size_t max_queued);
  ~CheckPool();  // finishes queued work, then joins

  // Runs `engine->Check(message)` on a pool thread and waits at most
  // `deadline`. nullopt when the deadline passed or the queue was full (a
  // check already running finishes in the background and is dropped; one
  // still queued is skipped).
  std::optional<MessageResult> Check(
      std::shared_ptr<const GatewayEngine> engine, std::string message,
      std::chrono::milliseconds deadline);

 private:
  void Work();

  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  size_t max_queued_;
  bool stopping_ = false;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_ENGINE_H_
