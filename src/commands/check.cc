// `maillint check PATH...`: lint messages, mailboxes and folders.
#include <unistd.h>

#include "commands/command.h"
#include "commands/common.h"
#include "lint/runner.h"
#include "mail/address_parser.h"
#include "report/reporter.h"

namespace maillint {
namespace {

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string to;              // draft context: "Name <addr>"
  std::string subject;         // draft context
  std::string in_reply_to;     // draft context: the message being answered
  bool profile_rules = false;  // time share per rule on stderr
};

// Reads the message a draft answers (--in-reply-to FILE).
Result<Message> LoadRepliedMessage(const std::string& path) {
  Message original;
  Status read_status = Status::IoError(path, "no message found");
  ReadInputs({path}, InputOptions(), [&](RawMessage raw) {
    Result<Message> parsed = PrepareMessage(raw, ParseOptions());
    if (parsed) {
      original = std::move(parsed.value());
      read_status = Status::Ok();
    } else {
      read_status = parsed.error();
    }
    return false;  // only the first message
  });
  if (!read_status.ok()) return read_status;
  return original;
}

// Gives a headerless draft the context the flags describe.
void AmendDraft(const CheckOptions& o, const Message* replied, Message& m) {
  if (!o.to.empty() && m.to.empty()) m.to = ParseAddressList(o.to);
  if (!o.subject.empty() && m.subject.empty()) m.subject = o.subject;
  if (replied == nullptr) return;
  if (m.in_reply_to.empty() && !replied->message_id.empty()) {
    m.in_reply_to.push_back(replied->message_id);
  }
  if (m.subject.empty() && !replied->subject.empty())
    m.subject = "Re: " + replied->subject;
  if (m.to.empty())
    m.to = replied->reply_to.empty() ? replied->from : replied->reply_to;
}

// What a draft's --in-reply-to message says about the message it answers.
QuotedOriginal OriginalOf(const Message& replied) {
  QuotedOriginal original;
  if (!replied.from.empty()) {
    original.author_name = replied.from.front().display_name;
    original.author_address = replied.from.front().address;
  }
  if (replied.date) {
    original.date_unix_seconds = replied.date->unix_seconds;
    original.date_has_zone = true;
  }
  original.subject = replied.subject;
  original.text = replied.body.text;
  return original;
}

int RunCheck(const CheckOptions& o) {
  if (o.common.format == "list") {
    for (std::string_view name : ReporterFormats()) std::cout << name << "\n";
    return kExitOk;
  }
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return kExitUsage;
  RuleRegistry registry;
  auto rules = LoadRules(*config, &registry);
  if (!rules) return kExitUsage;

  RunOptions run_options;
  run_options.jobs = o.common.jobs;
  std::shared_ptr<Message> replied;
  if (!o.in_reply_to.empty()) {
    Result<Message> r = LoadRepliedMessage(o.in_reply_to);
    if (!r) {
      std::cerr << "maillint: --in-reply-to: " << r.error().message() << "\n";
      return kExitUsage;
    }
    replied = std::make_shared<Message>(std::move(r.value()));
  }
  if (replied) run_options.known_original = OriginalOf(*replied);
  if (!o.to.empty() || !o.subject.empty() || replied) {
    run_options.amend = [o, replied](Message& m) {
      AmendDraft(o, replied.get(), m);
    };
  }
  if (o.profile_rules) {
    std::vector<std::string> names;
    for (const auto& r : rules.value()) names.push_back(r->id());
    run_options.costs = std::make_shared<RuleCosts>(std::move(names));
  }
  Runner runner(*config, std::move(rules.value()), run_options);

  std::unique_ptr<std::ofstream> file;
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
  cmd->callback([options, exit_code] { *exit_code = RunCheck(*options); });
}

}  // namespace maillint
