// `maillint audit PATH...`: thread a department mailbox, measure reply
// turnaround, check and score every staff-written message, report (see
// audit/audit_run.h for the passes, audit/scorecard.h for scores and
// audit/audit_report.h for formats). `audit --shard K/N` writes a partial
// result and `audit merge PARTIALS...` reports on them
// (audit/audit_partial.h); `--store FILE` keeps results for trends
// (audit/audit_store.h).
//
// Exit codes: 0 nothing at or above --fail-on in a scored message or an
// inbound one (turnaround.late and turnaround.unanswered are errors by
// default), 1 otherwise or when a message could not be read, 2 usage or
// configuration error.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>

#include "audit/audit_partial.h"
#include "audit/audit_report.h"
#include "audit/audit_run.h"
#include "audit/audit_stats.h"
#include "audit/audit_store.h"
#include "base/text.h"
#include "commands/command.h"
#include "commands/common.h"
#include "mailbox/mail_date.h"

namespace maillint {
namespace {

struct AuditOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string as_of;                 // ISO 8601 with offset or a date
  std::string since, until;          // the same forms; empty: no bound
  std::vector<std::string> domains;  // added to organization.domains
  double hours = 0;                  // 0: from config
  std::string clock;                 // empty: from config
  std::string timezone;              // empty: from config
  std::string table;                 // --table (csv)
  std::string store;                 // --store FILE
  std::string shard;                 // --shard K/N
  bool shard_given = false;
  bool partial = false;  // merge: write a merged partial, not a report
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
  if (!o.table.empty()) {
    if (Status s = ValidateAuditCsvTable(o.table); !s.ok()) return s;
  }
  return Status::Ok();
}

// An instant: ISO 8601 with an offset, or a date YYYY-MM-DD in the
// organization's time zone, meaning its first second (`end_of_day` false)
// or its last (true).
Result<int64_t> ParseAuditTime(const std::string& flag, const std::string& text,
                               const BusinessClock& clock, bool end_of_day) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() == 10 &&
      std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
      m >= 1 && m <= 12 && d >= 1 && d <= 31) {
    return end_of_day ? clock.StartOfLocalDay(y, m, d, 1) - 1
                      : clock.StartOfLocalDay(y, m, d);
  }
  std::optional<MessageDate> parsed = ParseIso8601(text);
  if (!parsed) {
    return Status::InvalidArgument(
        flag +
        ": expected a date (2026-11-20) or ISO 8601 with an offset "
        "(2026-11-20T17:00:00-05:00), got '" +
        text + "'");
  }
  return parsed->unix_seconds;
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

// Unreadable messages, or a finding at fail-on in an inbound message
// (turnaround) or a scored staff message. Internal notes and internal
// forwards are listed in the report but do not fail the audit.
bool Fails(const AuditData& data, Severity fail_on) {
  if (!data.read_errors.empty()) return true;
  for (const RecordCheck& c : data.checks) {
    if (c.all_rules && !c.scored) continue;
    for (const Finding& f : c.findings) {
      if (f.severity >= fail_on) return true;
    }
  }
  return false;
}

void PrintReadErrors(const AuditData& data) {
  for (const std::string& e : data.read_errors) {
    std::cerr << "maillint: " << e << "\n";
  }
}

// Without organization.domains no one is staff and nothing can be answered:
// use the domain most messages name, and say so.
void InferDomainIfMissing(const std::vector<std::string>& paths, int jobs,
                          Config& config) {
  if (!config.organization.domains.empty()) return;
  std::string domain = InferOrganizationDomain(paths, jobs);
  if (domain.empty()) {
    std::cerr << "maillint: warning: no organization domains "
                 "(organization.domains or --domain) and none found in the "
                 "mailbox: every sender counts as external\n";
    return;
  }
  std::cerr << "maillint: note: no organization domains configured; using "
            << domain
            << " (the domain most messages name). Set organization.domains "
               "or pass --domain to choose.\n";
  config.organization.domains.push_back(domain);
}

bool IsDirectoryOutput(const std::string& path) {
  return !path.empty() &&
         (path.back() == '/' || std::filesystem::is_directory(path));
}

// Writes the report; csv into a directory writes every table as
// DIR/<table>.csv.
Status WriteReport(const AuditOptions& o, const AuditReport& report) {
  if (o.common.format == "csv" && IsDirectoryOutput(o.common.output) &&
      o.table.empty()) {
    std::filesystem::create_directories(o.common.output);
    for (const std::string& table : AuditCsvTables()) {
      std::string file =
          (std::filesystem::path(o.common.output) / (table + ".csv")).string();
      std::ofstream out(file, std::ios::binary | std::ios::trunc);
      if (!out) return Status::IoError(file, "cannot create");
      WriteAuditCsvTable(report, table, out);
      out.flush();
      if (!out) return Status::IoError(file, "write failed");
    }
    return Status::Ok();
  }
  std::unique_ptr<AtomicFile> file;
  Result<std::ostream*> out = OpenOutput(o.common.output, &file);
  if (!out) return out.error();
  Status written = WriteAuditReport(o.common.format, report, **out);
  // With -o FILE the file's own error says why (disk full, size limit).
  if (!written.ok() && !file) return written;
  if (Status s = FinishOutput(&file); !s.ok()) return s;
  return written;
}

// Statistics, the store and the report for finished audit data.
int Report(const AuditOptions& o, const Config& config,
           const BusinessClock& clock, const AuditData& data, int64_t since,
           int64_t until) {
  AuditStats stats = ComputeStats(data, config, clock);
  std::optional<AuditTrends> trends;
  if (!o.store.empty()) {
    if (Status s = AppendToStore(o.store, data, config, clock); !s.ok()) {
      return Fail(s);
    }
    Result<AuditTrends> read = ReadTrends(o.store, since, until);
    if (!read) return Fail(read.error());
    trends = std::move(read.value());
  }
  AuditReport report{data,   stats, clock, config, trends ? &*trends : nullptr,
                     o.table};
  if (Status s = WriteReport(o, report); !s.ok()) return Fail(s);
  return Fails(data, config.fail_on) ? kExitFindings : kExitOk;
}

struct Setup {
  Config config;
  std::optional<BusinessClock> clock;
  int64_t as_of = 0;
  int64_t since = std::numeric_limits<int64_t>::min();
  int64_t until = std::numeric_limits<int64_t>::max();
};

// Configuration, clock and time flags shared by audit and merge.
Result<Setup> MakeSetup(const AuditOptions& o, Config config) {
  Setup setup;
  setup.config = std::move(config);
  if (Status s = ApplyFlags(o, setup.config); !s.ok()) return s;
  if (Status s = ValidateAuditFormat(o.common.format); !s.ok()) return s;
  Result<BusinessClock> clock = BusinessClock::Create(
      setup.config.turnaround, setup.config.organization.timezone);
  if (!clock) return clock.error();
  setup.clock.emplace(std::move(clock.value()));
  setup.as_of = static_cast<int64_t>(std::time(nullptr));
  for (auto [flag, text, out, end] :
       {std::tuple{"--as-of", &o.as_of, &setup.as_of, true},
        std::tuple{"--since", &o.since, &setup.since, false},
        std::tuple{"--until", &o.until, &setup.until, true}}) {
    if (text->empty()) continue;
    Result<int64_t> t = ParseAuditTime(flag, *text, *setup.clock, end);
    if (!t) return t.error();
    *out = *t;
  }
  if (!o.until.empty() && o.as_of.empty()) setup.as_of = setup.until;
  if (setup.since > setup.until) {
    return Status::InvalidArgument("--since is after --until");
  }
  return setup;
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
  std::optional<ShardSpec> shard;
  if (o.shard_given) {
    Result<ShardSpec> spec = ParseShard(o.shard);
    if (!spec) return Fail(spec.error());
    if (o.common.output.empty()) {
      return Fail(Status::InvalidArgument(
          "--shard writes a partial result: give its file with -o"));
    }
    shard = *spec;
  }
  Result<Config> loaded = LoadConfigWithFlags(o.common);
  if (!loaded) return kExitUsage;
  Result<Setup> setup = MakeSetup(o, std::move(loaded.value()));
  if (!setup) return Fail(setup.error());
  Config& config = setup->config;
  InferDomainIfMissing(o.paths, o.common.jobs, config);
  RuleRegistry registry;
  auto rules = LoadRules(config, &registry);
  if (!rules) return kExitUsage;
  auto inbound_rules = registry.Instantiate(config);
  if (!inbound_rules) return Fail(inbound_rules.error());
  RunOptions run_options;
  Runner staff_runner(config, std::move(rules.value()), run_options);
  Runner inbound_runner(
      config, TurnaroundOnly(std::move(inbound_rules.value())), run_options);

  AuditRunOptions run;
  std::vector<int> path_numbers(o.paths.size());
  std::iota(path_numbers.begin(), path_numbers.end(), 0);
  if (shard) path_numbers = ShardPaths(o.paths.size(), *shard);
  for (int p : path_numbers) run.paths.push_back(o.paths[p]);
  run.jobs = o.common.jobs;
  run.settings.as_of = setup->as_of;
  run.settings.limit_hours = config.turnaround.hours;
  run.since = setup->since;
  run.until = setup->until;
  run.progress = !o.common.quiet && isatty(STDERR_FILENO) == 1;
  Result<AuditData> data =
      run.paths.empty() && shard
          ? Result<AuditData>(AuditData())
          : RunAudit(config, *setup->clock, staff_runner, inbound_runner, run);
  if (!data) return Fail(data.error());
  for (int& p : data->path_of) p = path_numbers[p];
  for (int& p : data->read_error_path) p = path_numbers[p];
  PrintReadErrors(*data);
  if (shard) {
    data->settings = run.settings;
    data->clock_name = setup->clock->kind_name();
    data->timezone = setup->clock->timezone();
    AuditPartial partial{o.paths,
                         shard->count,
                         {shard->index},
                         config.organization.domains,
                         std::move(*data)};
    if (Status s = WritePartial(partial, o.common.output); !s.ok()) {
      return Fail(s);
    }
    return Fails(partial.data, config.fail_on) ? kExitFindings : kExitOk;
  }
  return Report(o, config, *setup->clock, *data, setup->since, setup->until);
}

int RunMergeCommand(const AuditOptions& o) {
  if (o.paths.empty()) {
    return Fail(Status::InvalidArgument(
        "audit merge needs partial results: maillint audit merge "
        "PARTIAL... (written by audit --shard K/N -o FILE)"));
  }
  std::vector<AuditPartial> parts;
  for (const std::string& file : o.paths) {
    Result<AuditPartial> p = ReadPartial(file);
    if (!p) return Fail(p.error());
    parts.push_back(std::move(p.value()));
  }
  Result<AuditPartial> merged = MergePartials(parts, o.paths);
  if (!merged) return Fail(merged.error());
  if (o.partial) {
    if (o.common.output.empty()) {
      return Fail(Status::InvalidArgument("--partial needs -o FILE"));
    }
    if (Status s = WritePartial(*merged, o.common.output); !s.ok()) {
      return Fail(s);
    }
    return kExitOk;
  }
  if (static_cast<int>(merged->covered.size()) != merged->shards) {
    return Fail(Status::InvalidArgument(
        "merge: " + std::to_string(merged->covered.size()) + " of " +
        std::to_string(merged->shards) +
        " shards given; a report needs all of them (--partial merges some)"));
  }
  Result<Config> loaded = LoadConfigWithFlags(o.common);
  if (!loaded) return kExitUsage;
  Result<Setup> setup = MakeSetup(o, std::move(loaded.value()));
  if (!setup) return Fail(setup.error());
  Config& config = setup->config;
  if (config.organization.domains.empty()) {
    config.organization.domains = merged->domains;
  }
  AuditData& data = merged->data;
  PrintReadErrors(data);
  ThreadAndMeasure(config, *setup->clock,
                   AuditRunOptions().subject_window_seconds, data);
  return Report(o, config, *setup->clock, data, setup->since, setup->until);
}

void AddAuditFlags(CLI::App* cmd, AuditOptions* o) {
  AddCommonOptions(cmd, &o->common);
  cmd->add_option("--as-of", o->as_of,
                  "audit time: ISO 8601 with offset or a date (its end, "
                  "organization time zone); default now, or --until");
  cmd->add_option("--since", o->since,
                  "leave out messages sent before (date or ISO 8601)");
  cmd->add_option("--until", o->until,
                  "leave out messages sent after (date: its end)");
  // One value per --domain, so that PATHs after it stay PATHs.
  cmd->add_option("--domain", o->domains,
                  "an organization domain (repeatable; adds to "
                  "organization.domains)")
      ->allow_extra_args(false);
  cmd->add_option("--hours", o->hours,
                  "turnaround limit in hours (default: turnaround.hours, 24)");
  cmd->add_option("--clock", o->clock,
                  "calendar | weekdays | office-hours (default: "
                  "turnaround.clock)");
  cmd->add_option("--timezone", o->timezone,
                  "IANA time zone (default: organization.timezone)");
  cmd->add_option("--table", o->table,
                  "csv table: inbound (default), staff_messages, staff, "
                  "departments, standards; -o DIR/ writes them all");
  cmd->add_option("--store", o->store,
                  "SQLite file that keeps each run's results (trends in the "
                  "report)");
}

}  // namespace

void RegisterAuditCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "thread a mailbox, measure reply turnaround, report per staff");
  AddAuditFlags(cmd, options.get());
  cmd->add_option("--shard", options->shard,
                  "K/N: audit one share of the PATHs and write a partial "
                  "result to -o (K from SLURM_ARRAY_TASK_ID or "
                  "JOB_COMPLETION_INDEX with /N or auto)")
      ->each([options](const std::string&) { options->shard_given = true; });
  // Required unless --format list (checked in RunAuditCommand).
  cmd->add_option("paths", options->paths,
                  "mailboxes (mbox, Maildir, folders of .eml)");

  auto merge = std::make_shared<AuditOptions>();
  CLI::App* merge_cmd = cmd->add_subcommand(
      "merge", "combine partial results of audit --shard into one report");
  AddAuditFlags(merge_cmd, merge.get());
  merge_cmd->add_flag("--partial", merge->partial,
                      "write the combination as a partial result (-o)");
  merge_cmd->add_option("partials", merge->paths, "partial result files");
  merge_cmd->callback(
      [merge, exit_code] { *exit_code = RunMergeCommand(*merge); });
  cmd->callback([options, cmd, exit_code] {
    if (cmd->got_subcommand("merge")) return;
    *exit_code = RunAuditCommand(*options);
  });
}

}  // namespace maillint
