// `maillint audit PATH...`: thread a department mailbox, measure reply
// turnaround, check every staff-written message, report (see
// audit/audit_run.h for the passes and audit/audit_report.h for formats).
//
// Exit codes: 0 nothing at or above --fail-on (turnaround.late and
// turnaround.unanswered are errors by default), 1 otherwise or when a
// message could not be read, 2 usage or configuration error.
#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "audit/audit_report.h"
#include "audit/audit_run.h"
#include "audit/audit_stats.h"
#include "base/text.h"
#include "commands/command.h"
#include "commands/common.h"
#include "mailbox/mail_date.h"

namespace maillint {
namespace {

struct AuditOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string as_of;                 // ISO 8601 with offset; empty: now
  std::vector<std::string> domains;  // added to organization.domains
  double hours = 0;                  // 0: from config
  std::string clock;                 // empty: from config
  std::string timezone;              // empty: from config
};

int Fail(const Status& s) {
  std::cerr << "maillint: " << s.message() << "\n";
  return kExitUsage;
}

// Applies the audit flags over the loaded configuration.
Status ApplyFlags(const AuditOptions& o, Config& config) {
  for (const std::string& d : o.domains) {
    std::string domain = AsciiLower(Trim(d));
    if (domain.empty() || domain.find('@') != std::string::npos) {
      return Status::InvalidArgument(
          "--domain: expected a domain such as "
          "pghschools.org, got '" +
          d + "'");
    }
    config.organization.domains.push_back(domain);
  }
  if (o.hours < 0) return Status::InvalidArgument("--hours must be positive");
  if (o.hours > 0) config.turnaround.hours = o.hours;
  if (!o.clock.empty()) config.turnaround.clock = o.clock;
  if (!o.timezone.empty()) config.organization.timezone = o.timezone;
  return Status::Ok();
}

Result<int64_t> AsOf(const std::string& text) {
  if (text.empty()) return static_cast<int64_t>(std::time(nullptr));
  std::optional<MessageDate> d = ParseIso8601(text);
  if (!d) {
    return Status::InvalidArgument(
        "--as-of: expected ISO 8601 with an offset, e.g. "
        "2026-11-20T17:00:00-05:00, got '" +
        text + "'");
  }
  return d->unix_seconds;
}

// The turnaround family alone, for inbound messages.
std::vector<std::unique_ptr<Rule>> TurnaroundOnly(
    std::vector<std::unique_ptr<Rule>> rules) {
  std::vector<std::unique_ptr<Rule>> kept;
  for (auto& r : rules) {
    if (r->info().family() == "turnaround") kept.push_back(std::move(r));
  }
  return kept;
}

bool Fails(const AuditData& data, Severity fail_on) {
  if (!data.read_errors.empty()) return true;
  return std::any_of(
      data.checks.begin(), data.checks.end(), [&](const RecordCheck& c) {
        return std::any_of(
            c.findings.begin(), c.findings.end(),
            [&](const Finding& f) { return f.severity >= fail_on; });
      });
}

int RunAuditCommand(const AuditOptions& o) {
  if (o.common.format == "list") {
    for (const std::string& name : AuditFormats()) std::cout << name << "\n";
    return kExitOk;
  }
  if (o.paths.empty()) {
    return Fail(Status::InvalidArgument(
        "audit needs a mailbox: maillint audit PATH... (mbox, Maildir, a "
        "folder of .eml)"));
  }
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return kExitUsage;
  if (Status s = ApplyFlags(o, *config); !s.ok()) return Fail(s);
  if (Status s = ValidateAuditFormat(o.common.format); !s.ok()) return Fail(s);
  Result<int64_t> as_of = AsOf(o.as_of);
  if (!as_of) return Fail(as_of.error());
  Result<BusinessClock> clock =
      BusinessClock::Create(config->turnaround, config->organization.timezone);
  if (!clock) return Fail(clock.error());
  if (config->organization.domains.empty()) {
    std::cerr << "maillint: warning: no organization domains "
                 "(organization.domains or --domain): every sender counts as "
                 "external and no reply can be found\n";
  }
  RuleRegistry registry;
  auto rules = LoadRules(*config, &registry);
  if (!rules) return kExitUsage;
  auto inbound_rules = registry.Instantiate(*config);
  if (!inbound_rules) return Fail(inbound_rules.error());
  RunOptions run_options;
  Runner staff_runner(*config, std::move(rules.value()), run_options);
  Runner inbound_runner(
      *config, TurnaroundOnly(std::move(inbound_rules.value())), run_options);

  AuditRunOptions run;
  run.paths = o.paths;
  run.jobs = o.common.jobs;
  run.settings.as_of = *as_of;
  run.settings.limit_hours = config->turnaround.hours;
  run.progress = !o.common.quiet && isatty(STDERR_FILENO) == 1;
  Result<AuditData> data =
      RunAudit(*config, clock.value(), staff_runner, inbound_runner, run);
  if (!data) return Fail(data.error());
  for (const std::string& e : data->read_errors) {
    std::cerr << "maillint: " << e << "\n";
  }
  AuditStats stats = ComputeStats(*data, *config, clock.value());

  std::unique_ptr<std::ofstream> file;
  Result<std::ostream*> out = OpenOutput(o.common.output, &file);
  if (!out) return Fail(out.error());
  Status written =
      WriteAuditReport(o.common.format, {*data, stats, clock.value()}, **out);
  if (!written.ok()) return Fail(written);
  return Fails(*data, config->fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

void RegisterAuditCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "thread a mailbox, measure reply turnaround, report per staff");
  AddCommonOptions(cmd, &options->common);
  // Required unless --format list (checked in RunAuditCommand).
  cmd->add_option("paths", options->paths,
                  "mailboxes (mbox, Maildir, folders of .eml)");
  cmd->add_option("--as-of", options->as_of,
                  "audit time, ISO 8601 with offset (default: now), e.g. "
                  "2026-11-20T17:00:00-05:00");
  cmd->add_option("--domain", options->domains,
                  "an organization domain (repeatable; adds to "
                  "organization.domains)");
  cmd->add_option("--hours", options->hours,
                  "turnaround limit in hours (default: turnaround.hours, 24)");
  cmd->add_option("--clock", options->clock,
                  "calendar | weekdays | office-hours (default: "
                  "turnaround.clock)");
  cmd->add_option("--timezone", options->timezone,
                  "IANA time zone (default: organization.timezone)");
  cmd->callback(
      [options, exit_code] { *exit_code = RunAuditCommand(*options); });
}

}  // namespace maillint
