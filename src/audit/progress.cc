#include "audit/progress.h"

#include <cstdio>

namespace maillint {

void Progress::Phase(std::string name, int total) {
  phase_ = std::move(name);
  total_ = total;
  phase_start_ = Clock::now();
}

void Progress::Update(int done) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - run_start_ < std::chrono::seconds(1)) return;
  if (now - last_print_ < std::chrono::milliseconds(100)) return;
  last_print_ = now;
  double seconds = std::chrono::duration<double>(now - phase_start_).count();
  double rate = seconds > 0 ? done / seconds : 0;
  char line[160];
  if (total_ > 0 && rate > 0) {
    std::snprintf(line, sizeof line,
                  "\r%s %d of %d messages, %.0f/s, about %.0f s left\033[K",
                  phase_.c_str(), done, total_, rate, (total_ - done) / rate);
  } else {
    std::snprintf(line, sizeof line, "\r%s %d messages, %.0f/s\033[K",
                  phase_.c_str(), done, rate);
  }
  std::fputs(line, stderr);
  printed_ = true;
}

void Progress::Finish() {
  if (!printed_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  printed_ = false;
}

}  // namespace maillint
