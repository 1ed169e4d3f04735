// OrderedPipeline: runs `work` on raw messages on several worker threads and
// delivers the results in input order. Used by the runner (`check`, `filter`
// batches) and by both passes of `audit`.
//
// Raw messages are handed to the workers in batches (one lock and one
// wake-up per batch, not per message). Whichever worker finishes the next
// message in order becomes the deliverer and drains every result that is
// ready, so a result is delivered as soon as it and all before it are done;
// the reading thread only reads. Memory is bounded by a window of in-flight
// messages and bytes per job, so it stays flat however large the input.
//
// CONTRACT
//   work(raw, index)      runs concurrently on worker threads; thread-safe.
//   deliver(index, T&&)   runs on one thread at a time, in input order
//                         (index 0, 1, 2...), on a worker thread; each call
//                         happens-after the previous one.
//   Add() is called from one reading thread; Finish() waits for every
//   delivery, stops the workers and rethrows an exception `deliver` threw.
//   The destructor, when reading threw before Finish(), stops the workers
//   without waiting for queued messages.
#ifndef MAILLINT_SRC_MAILBOX_ORDERED_PIPELINE_H_
#define MAILLINT_SRC_MAILBOX_ORDERED_PIPELINE_H_

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "mail/input.h"

namespace maillint {

// `jobs`, or the number of cores when it is 0 or less.
inline int EffectiveJobs(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

template <typename T>
class OrderedPipeline {
 public:
  using Work = std::function<T(const RawMessage&, size_t)>;
  using Deliver = std::function<void(size_t, T&&)>;

  OrderedPipeline(int jobs, Work work, Deliver deliver)
      : work_(std::move(work)),
        deliver_(std::move(deliver)),
        max_in_flight_(static_cast<size_t>(EffectiveJobs(jobs)) *
                       kWindowPerJob),
        max_bytes_in_flight_(static_cast<uint64_t>(EffectiveJobs(jobs)) *
                             kBytesPerJob) {
    for (int i = 0; i < EffectiveJobs(jobs); ++i) {
      threads_.emplace_back([this] { WorkLoop(); });
    }
  }
  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Called on the reading thread, once per message in input order.
  void Add(RawMessage raw) {
    batch_.bytes += raw.bytes.size();
    batch_.items.push_back({submitted_++, std::move(raw)});
    if (batch_.items.size() >= kBatchMessages || batch_.bytes >= kBatchBytes) {
      Submit();
    }
  }

  void Finish() {
    Submit();
    {
      std::unique_lock<std::mutex> lock(mu_);
      finished_reading_ = true;
      work_ready_.notify_all();
      space_ready_.wait(lock, [&] {
        return failure_ != nullptr || next_to_deliver_ == submitted_;
      });
    }
    JoinWorkers();
    if (failure_ != nullptr) std::rethrow_exception(failure_);
  }

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

  void WorkLoop() {
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
      std::vector<std::pair<size_t, T>> results;
      results.reserve(batch.items.size());
      for (Item& item : batch.items) {
        results.emplace_back(item.index, work_(item.raw, item.index));
        item.raw = RawMessage();  // release the message's bytes early
      }
      std::unique_lock<std::mutex> lock(mu_);
      bytes_in_flight_ -= batch.bytes;
      for (auto& [index, result] : results) {
        done_.emplace(index, std::move(result));
      }
      if (!delivering_) DeliverReady(lock);
    }
  }

  // REQUIRES: lock held and no other deliverer. Delivers every result that
  // is next in order; the lock is released while delivering.
  void DeliverReady(std::unique_lock<std::mutex>& lock) {
    delivering_ = true;
    while (failure_ == nullptr) {
      auto it = done_.find(next_to_deliver_);
      if (it == done_.end()) break;
      T result = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      try {
        deliver_(next_to_deliver_, std::move(result));
      } catch (...) {
        lock.lock();
        failure_ = std::current_exception();
        break;
      }
      lock.lock();
      ++next_to_deliver_;
      --in_flight_;
      space_ready_.notify_all();
    }
    delivering_ = false;
    space_ready_.notify_all();
  }

  const Work work_;
  const Deliver deliver_;
  const size_t max_in_flight_;
  const uint64_t max_bytes_in_flight_;
  std::vector<std::thread> threads_;

  // Reading thread only.
  Batch batch_;
  size_t submitted_ = 0;

  // Guarded by mu_.
  std::mutex mu_;
  std::condition_variable work_ready_, space_ready_;
  std::deque<Batch> queue_;
  std::map<size_t, T> done_;
  size_t in_flight_ = 0;
  uint64_t bytes_in_flight_ = 0;
  size_t next_to_deliver_ = 0;
  bool finished_reading_ = false;
  bool delivering_ = false;
  std::exception_ptr failure_;
};

// Reads every message under `paths` and runs them through an
// OrderedPipeline (see its contract). Returns ReadInputs' status (messages
// that cannot be read arrive as RawMessages with an error); rethrows what
// `deliver` threw.
template <typename T>
Status ProcessInOrder(const std::vector<std::string>& paths,
                      const InputOptions& input, int jobs,
                      typename OrderedPipeline<T>::Work work,
                      typename OrderedPipeline<T>::Deliver deliver) {
  OrderedPipeline<T> pipeline(jobs, std::move(work), std::move(deliver));
  Status read = ReadInputs(paths, input, [&](RawMessage raw) {
    pipeline.Add(std::move(raw));
    return true;
  });
  pipeline.Finish();
  return read;
}

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_ORDERED_PIPELINE_H_
