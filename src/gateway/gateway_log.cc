#include "gateway/gateway_log.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace maillint {
namespace {

// logfmt value: bare when safe, else quoted with " and \ escaped.
std::string Value(std::string_view text) {
  bool bare = !text.empty();
  for (char c : text) {
    if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c > 126) bare = false;
  }
  if (bare) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c < 32 || c > 126) ? '?' : c;
  }
  return out + "\"";
}

void Metric(std::string& out, const char* name, const char* help,
            const char* type, uint64_t value) {
  out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " +
         type + "\n" + name + " " + std::to_string(value) + "\n";
}

}  // namespace

GatewayCounters& Counters() {
  static GatewayCounters counters;
  return counters;
}

std::string GatewayCounters::Render() const {
  std::string out;
  Metric(out, "maillint_milter_connections_total", "SMTP sessions seen",
         "counter", connections.load());
  Metric(
      out, "maillint_milter_active_connections", "sessions open now", "gauge",
      static_cast<uint64_t>(std::max<int64_t>(0, active_connections.load())));
  Metric(out, "maillint_milter_messages_total", "messages that reached eom",
         "counter", messages.load());
  Metric(out, "maillint_milter_aborted_total", "transactions aborted",
         "counter", aborted.load());
  out +=
      "# HELP maillint_milter_actions_total messages by action\n"
      "# TYPE maillint_milter_actions_total counter\n";
  for (int a = 0; a < 6; ++a) {
    out += std::string("maillint_milter_actions_total{action=\"") +
           GatewayActionName(static_cast<GatewayAction>(a)) + "\"} " +
           std::to_string(by_action[a].load()) + "\n";
  }
  Metric(out, "maillint_milter_unchecked_total",
         "messages passed on or tempfailed without a verdict", "counter",
         errors.load());
  Metric(out, "maillint_milter_deadline_exceeded_total",
         "checks that missed --deadline-ms", "counter",
         deadline_exceeded.load());
  Metric(out, "maillint_milter_tempfail_total", "messages answered 4xx",
         "counter", tempfailed.load());
  Metric(out, "maillint_milter_reloads_total", "successful SIGHUP reloads",
         "counter", reloads.load());
  Metric(out, "maillint_milter_reload_failures_total",
         "SIGHUP reloads that kept the old configuration", "counter",
         reload_failures.load());
  Metric(out, "maillint_milter_check_microseconds_total",
         "time spent checking messages", "counter", check_microseconds.load());
  return out;
}

std::string FormatMessageLog(const MessageLog& e) {
  std::string rules;
  for (const std::string& id : e.rule_ids) {
    rules += (rules.empty() ? "" : ",") + id;
  }
  char ms[32];
  std::snprintf(ms, sizeof(ms), "%.1f", e.ms);
  std::string line = "maillint-milter: queue=" +
                     Value(e.queue_id.empty() ? "NOQUEUE" : e.queue_id) +
                     " status=" + e.status + " action=" +
                     (e.tempfail ? "tempfail" : GatewayActionName(e.action)) +
                     " rules=" + Value(rules.empty() ? "-" : rules) +
                     " rcpt=" + std::to_string(e.recipients) +
                     " external=" + std::to_string(e.external) +
                     " bytes=" + std::to_string(e.bytes) + " ms=" + ms;
  if (!e.error.empty()) line += " error=" + Value(e.error);
  return line;
}

void LogLine(const std::string& line) {
  std::string out = line + "\n";
  ssize_t ignored = write(STDERR_FILENO, out.data(), out.size());
  (void)ignored;
}

bool WriteStatsFile(const std::string& path) {
  std::string temp = path + ".tmp";
  {
    std::ofstream file(temp, std::ios::trunc);
    if (!file) return false;
    file << Counters().Render();
    if (!file) return false;
  }
  return std::rename(temp.c_str(), path.c_str()) == 0;
}

}  // namespace maillint
