#include "gateway/engine.h"

#include <atomic>
#include <cstdlib>
#include <future>
#include <stdexcept>

#include "gateway/verdict_headers.h"

namespace maillint {

Result<std::shared_ptr<const GatewayEngine>> GatewayEngine::Create(
    Config config, const RuleLoader& load_rules, uint64_t max_message_bytes) {
  Result<GatewayConfig> gateway = LoadGatewayConfig(config.source_path);
  if (!gateway) return gateway.error();
  std::shared_ptr<GatewayEngine> engine(new GatewayEngine());
  engine->config_ = std::move(config);
  engine->gateway_ = std::move(gateway.value());
  auto rules = load_rules(engine->config_, &engine->registry_);
  if (!rules) return rules.error();
  RunOptions run;
  run.jobs = 1;
  run.input.max_message_bytes = max_message_bytes;
  engine->runner_ = std::make_unique<Runner>(
      engine->config_, std::move(rules.value()), std::move(run));
  return std::shared_ptr<const GatewayEngine>(std::move(engine));
}

namespace {

// TEST HOOK (tests/gateway): MAILLINT_TEST_FAIL=hang makes every check take
// three seconds (for --deadline-ms), "throw" throws from inside the check.
void TestHook() {
  static const std::string hook = [] {
    const char* value = std::getenv("MAILLINT_TEST_FAIL");
    return std::string(value == nullptr ? "" : value);
  }();
  if (hook == "hang") std::this_thread::sleep_for(std::chrono::seconds(3));
  // Deliberate: stands in for an exception escaping a library.
  if (hook == "throw") throw std::runtime_error("MAILLINT_TEST_FAIL=throw");
}

MessageResult ErrorResult(std::string why) {
  MessageResult result;
  result.origin.path = "-";
  result.status = MessageStatus::kError;
  result.error = std::move(why);
  return result;
}

}  // namespace

MessageResult GatewayEngine::Check(std::string message) const {
  Origin origin;
  origin.path = "-";
  if (!LooksLikeMail(message)) {
    return ErrorResult(message.empty() ? "empty message"
                                       : "not a mail message");
  }
  try {
    TestHook();
    return runner_->CheckRaw(
        RawMessage::FromString(origin, std::move(message)));
  } catch (const std::exception& e) {
    return ErrorResult(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorResult("internal error");
  }
}

std::shared_ptr<const GatewayEngine> EngineHolder::Get() const {
  std::lock_guard<std::mutex> lock(mu_);
  return engine_;
}

void EngineHolder::Set(std::shared_ptr<const GatewayEngine> engine) {
  std::lock_guard<std::mutex> lock(mu_);
  engine_.swap(engine);
  // The old engine (now in `engine`) is released outside the lock when the
  // last message using it ends.
}

CheckPool::CheckPool(int threads, size_t max_queued) : max_queued_(max_queued) {
  if (threads < 1) threads = 1;
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

CheckPool::~CheckPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void CheckPool::Work() {
  while (true) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    job();
  }
}

std::optional<MessageResult> CheckPool::Check(
    std::shared_ptr<const GatewayEngine> engine, std::string message,
    std::chrono::milliseconds deadline) {
  // Set when the caller stops waiting: a check still queued then is skipped,
  // so that an overload does not leave the pool working on stale messages.
  auto abandoned = std::make_shared<std::atomic<bool>>(false);
  auto task = std::make_shared<std::packaged_task<MessageResult()>>(
      [engine = std::move(engine), message = std::move(message),
       abandoned]() mutable {
        if (*abandoned) return MessageResult();
        return engine->Check(std::move(message));
      });
  std::future<MessageResult> result = task->get_future();
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ || queue_.size() >= max_queued_) return std::nullopt;
    queue_.emplace_back([task] { (*task)(); });
  }
  ready_.notify_one();
  if (result.wait_for(deadline) != std::future_status::ready) {
    *abandoned = true;
    return std::nullopt;
  }
  return result.get();
}

}  // namespace maillint
