// `maillint check PATH...`: lint messages, mailboxes and folders.
#include <unistd.h>

#include "commands/command.h"
#include "commands/common.h"
#include "lint/baseline.h"
#include "lint/runner.h"
#include "lint/user_words.h"
#include "mail/address_parser.h"
#include "report/reporter.h"
#include "serve/draft.h"

namespace maillint {
namespace {

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string to;              // draft context: "Name <addr>"
  std::string subject;         // draft context
  std::string in_reply_to;     // draft context: the message being answered
  std::string baseline;        // --baseline: a json report of known findings
  bool profile_rules = false;  // time share per rule on stderr
};

int RunCheck(const CheckOptions& o) {
  if (o.common.format == "list") {
    for (std::string_view name : ReporterFormats()) std::cout << name << "\n";
    return kExitOk;
  }
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return kExitUsage;
  AddUserWords(UserWordsPath(), *config);
  RuleRegistry registry;
  auto rules = LoadRules(*config, &registry);
  if (!rules) return kExitUsage;

  RunOptions run_options;
  run_options.jobs = o.common.jobs;
  DraftContext draft{o.to, o.subject, nullptr};
  if (!o.in_reply_to.empty()) {
    Result<Message> r = LoadRepliedMessage(o.in_reply_to);
    if (!r) {
      std::cerr << "maillint: --in-reply-to: " << r.error().message() << "\n";
      return kExitUsage;
    }
    draft.replied = std::make_shared<Message>(std::move(r.value()));
  }
  run_options.known_original = KnownOriginal(draft);
  if (!draft.empty()) {
    run_options.amend = [draft](Message& m) { AmendDraft(draft, m); };
  }
  if (!o.baseline.empty()) {
    Result<std::shared_ptr<Baseline>> known = Baseline::Load(o.baseline);
    if (!known) {
      std::cerr << "maillint: --baseline: " << known.error().message() << "\n";
      return kExitUsage;
    }
    run_options.post_check = [b = known.value()](MessageResult& r) {
      b->Apply(r);
    };
  }
  if (o.profile_rules) {
    std::vector<std::string> names;
    for (const auto& r : rules.value()) names.push_back(r->id());
    run_options.costs = std::make_shared<RuleCosts>(std::move(names));
  }
  Runner runner(*config, std::move(rules.value()), run_options);

  std::unique_ptr<AtomicFile> file;
  Result<std::ostream*> out = OpenOutput(o.common.output, &file);
  if (!out) {
    std::cerr << "maillint: " << out.error().message() << "\n";
    return kExitUsage;
  }
  ReportOptions report_options;
  report_options.color = file ? false : UseColor(o.common.color, STDOUT_FILENO);
  report_options.quiet = o.common.quiet;
  report_options.fail_on = config->fail_on;
  report_options.rules = runner.rule_infos();
  auto reporter = MakeReporter(o.common.format, **out, report_options);
  if (!reporter) {
    std::cerr << "maillint: " << reporter.error().message() << "\n";
    return kExitUsage;
  }
  RunSummary summary = runner.Run(o.paths, **reporter);
  reporter->reset();
  if (!FinishOutput(&file).ok()) return kExitUsage;
  if (run_options.costs) run_options.costs->Print(std::cerr);
  return summary.ExitCode();
}

}  // namespace

void RegisterCheckCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check");
  AddCommonOptions(cmd, &options->common);
  cmd->add_option("paths", options->paths,
                  "messages, mailboxes, folders; '-' or none = stdin");
  cmd->add_option("--to", options->to,
                  "draft context: the recipient, \"Name <addr>\"");
  cmd->add_option("--subject", options->subject, "draft context: the subject");
  cmd->add_option("--in-reply-to", options->in_reply_to,
                  "draft context: the message being answered");
  cmd->add_flag("--profile-rules", options->profile_rules,
                "print each rule's share of the run time to stderr");
  cmd->add_option("--baseline", options->baseline,
                  "hide the findings of this json report (check --format "
                  "json -o FILE): only new findings count");
  cmd->callback([options, exit_code] { *exit_code = RunCheck(*options); });
}

}  // namespace maillint
