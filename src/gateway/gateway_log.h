// The milter's log lines and counters.
//
// LOG: one line per message on stderr (journald under systemd), logfmt:
//   maillint-milter: queue=4BcX1 status=fail action=quarantine
//   rules=confidentiality.student-id,greeting.generic rcpt=2 external=1
//   bytes=2311 ms=3.2
// plus `error="..."` when the message could not be checked. Only rule ids
// and counts: no addresses, subjects or excerpts (nothing sensitive).
//
// COUNTERS: process-wide atomics, written on request (--stats-file, every
// few seconds and at exit) in the Prometheus text format, so that
// node_exporter's textfile collector or a plain `cat` reads them.
#ifndef MAILLINT_SRC_GATEWAY_GATEWAY_LOG_H_
#define MAILLINT_SRC_GATEWAY_GATEWAY_LOG_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "gateway/gateway_config.h"

namespace maillint {

struct MessageLog {
  std::string queue_id;
  std::string status;  // pass | fail | error
  GatewayAction action = GatewayAction::kAccept;
  std::vector<std::string> rule_ids;  // every rule with a finding
  int recipients = 0;
  int external = 0;
  uint64_t bytes = 0;
  double ms = 0;
  std::string error;  // why it was not checked
  bool tempfail = false;
};

struct GatewayCounters {
  std::atomic<uint64_t> connections{0};
  std::atomic<int64_t> active_connections{0};
  std::atomic<uint64_t> messages{0};
  std::atomic<uint64_t> aborted{0};
  std::atomic<uint64_t> by_action[6] = {};  // indexed by GatewayAction
  std::atomic<uint64_t> errors{0};          // not checked (any reason)
  std::atomic<uint64_t> deadline_exceeded{0};
  std::atomic<uint64_t> tempfailed{0};
  std::atomic<uint64_t> reloads{0};
  std::atomic<uint64_t> reload_failures{0};
  std::atomic<uint64_t> check_microseconds{0};

  // The Prometheus text exposition of every counter.
  std::string Render() const;
};

GatewayCounters& Counters();

// Formats the log line (without trailing newline).
std::string FormatMessageLog(const MessageLog& entry);
// Writes one line to stderr in a single write() (lines never interleave).
void LogLine(const std::string& line);

// Writes Counters().Render() to `path` atomically (temp file + rename).
bool WriteStatsFile(const std::string& path);

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_GATEWAY_LOG_H_
