// ProcessInBatches: reads every message under some paths and runs `work`
// on them on several threads, delivering the results in input order.
//
// Messages are read in batches of kBatchPerJob * jobs; a batch is processed
// in parallel, then delivered in order on the calling thread, so memory is
// bounded by one batch of raw messages and results.
#ifndef MAILLINT_SRC_AUDIT_BATCH_READER_H_
#define MAILLINT_SRC_AUDIT_BATCH_READER_H_

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "mail/input.h"

namespace maillint {

constexpr int kBatchPerJob = 16;

inline int EffectiveJobs(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// `work(raw, index)` runs concurrently and must be thread-safe;
// `deliver(index, result)` runs on the calling thread in input order.
template <typename T>
void ProcessInBatches(const std::vector<std::string>& paths, int jobs,
                      const std::function<T(const RawMessage&, int)>& work,
                      const std::function<void(int, T&&)>& deliver) {
  jobs = EffectiveJobs(jobs);
  const size_t batch_size = static_cast<size_t>(jobs) * kBatchPerJob;
  std::vector<RawMessage> batch;
  int next_index = 0;
  auto flush = [&] {
    std::vector<T> results(batch.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
        results[i] = work(batch[i], next_index + static_cast<int>(i));
      }
    };
    std::vector<std::thread> threads;
    for (int j = 1; j < jobs && static_cast<size_t>(j) < batch.size(); ++j) {
      threads.emplace_back(worker);
    }
    worker();
    for (std::thread& t : threads) t.join();
    for (size_t i = 0; i < results.size(); ++i) {
      deliver(next_index + static_cast<int>(i), std::move(results[i]));
    }
    next_index += static_cast<int>(batch.size());
    batch.clear();
  };
  ReadInputs(paths, InputOptions(), [&](RawMessage raw) {
    batch.push_back(std::move(raw));
    if (batch.size() >= batch_size) flush();
    return true;
  });
  if (!batch.empty()) flush();
}

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_BATCH_READER_H_
