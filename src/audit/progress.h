// Progress: a one-line status on stderr for long audits ("checking 1200 of
// 5000 messages, 410/s, about 9 s left").
//
// Silent unless enabled (the caller enables it only when stderr is a TTY),
// and silent during the first second so short runs print nothing. Updates at
// most ten times a second. Not thread-safe: call from one thread.
#ifndef MAILLINT_SRC_AUDIT_PROGRESS_H_
#define MAILLINT_SRC_AUDIT_PROGRESS_H_

#include <chrono>
#include <string>

namespace maillint {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  ~Progress() { Finish(); }

  // Starts a phase ("reading", "checking"); `total` 0 when unknown.
  void Phase(std::string name, int total);
  // `done` messages of the phase are finished.
  void Update(int done);
  // Clears the status line if one was printed.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool printed_ = false;
  std::string phase_;
  int total_ = 0;
  Clock::time_point run_start_ = Clock::now();
  Clock::time_point phase_start_ = Clock::now();
  Clock::time_point last_print_{};
};

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_PROGRESS_H_
