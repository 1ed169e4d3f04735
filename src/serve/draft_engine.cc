#include "serve/draft_engine.h"

#include <sstream>

#include "base/mask.h"
#include "lint/config_loader.h"
#include "mail/input.h"
#include "report/json_reporter.h"
#include "report/report_json.h"
#include "rules/families.h"

namespace maillint {
namespace {

MessageResult ErrorResult(const Origin& origin, std::string error) {
  MessageResult r;
  r.origin = origin;
  r.status = MessageStatus::kError;
  r.error = std::move(error);
  return r;
}

// `text` with the range of every sensitive body finding masked. Byte
// lengths are kept so that the findings' offsets still point at the same
// places.
std::string MaskedBody(const Message& message,
                       const std::vector<Finding>& findings,
                       bool show_sensitive) {
  std::string text = message.body.text;
  if (show_sensitive) return text;
  for (const Finding& f : findings) {
    if (!f.sensitive || f.where.kind != Location::Kind::kBody) continue;
    size_t begin = std::min(f.where.begin, text.size());
    size_t end = std::clamp(f.where.end, begin, text.size());
    std::string masked = MaskValue(text.substr(begin, end - begin));
    if (masked.size() != end - begin) masked.assign(end - begin, '*');
    text.replace(begin, end - begin, masked);
  }
  return text;
}

}  // namespace

Result<std::shared_ptr<const DraftEngine>> DraftEngine::Create(Config config) {
  std::shared_ptr<DraftEngine> engine(new DraftEngine());
  engine->config_ = std::make_unique<Config>(std::move(config));
  AddBuiltinRules(engine->registry_);
  Status s = AddConfiguredRules(*engine->config_, engine->registry_);
  if (!s.ok()) return s;
  auto rules = engine->registry_.Instantiate(*engine->config_);
  if (!rules) return rules.error();
  RunOptions options;
  options.jobs = 1;
  engine->runner_ = std::make_unique<Runner>(
      *engine->config_, std::move(rules.value()), std::move(options));
  return std::shared_ptr<const DraftEngine>(std::move(engine));
}

const RuleInfo* DraftEngine::FindRule(const std::string& id) const {
  const RuleEntry* entry = registry_.Find(id);
  return entry == nullptr ? nullptr : &entry->info;
}

CheckedDraft DraftEngine::Check(const DraftInput& input) const {
  bool whole_message = !input.message.empty();
  Origin origin;
  origin.path = whole_message ? "message" : "draft";
  CheckedDraft out;
  out.result = ErrorResult(origin, "empty draft: nothing to check");
  std::string bytes = whole_message ? input.message : input.draft;
  if (bytes.empty()) return out;
  ReadInputBytes(
      origin.path, std::move(bytes), InputOptions(), [&](RawMessage raw) {
        Result<Message> message = runner_->Prepare(raw);
        if (!message) {
          out.result = ErrorResult(origin, message.error().message());
          return false;
        }
        AmendDraft(input.context, message.value());
        Analysis analysis(message.value(), KnownOriginal(input.context));
        out.result = runner_->Check(analysis);
        out.body_text = MaskedBody(message.value(), out.result.findings,
                                   config_->show_sensitive);
        return false;  // the first message only
      });
  return out;
}

void DraftEngine::WarmUp() const {
  for (const char* text :
       {"Hi Ana,\n\nThank you for writing. We will send the forms on "
        "Monday.\n\nOn Mon, Ana wrote:\n> Hello\n\nBest,\nLee\n",
        "Hola Ana,\n\nGracias por escribir. Le enviaremos los formularios "
        "el lunes.\n\nSaludos,\nLee\n"}) {
    DraftInput input;
    input.draft = text;
    Check(input);
  }
}

std::string CheckResultJson(const DraftEngine& engine,
                            const CheckedDraft& checked, bool include_body) {
  std::ostringstream out;
  ReportOptions options;
  options.fail_on = engine.config().fail_on;
  options.rules = engine.rule_infos();
  JsonReporter reporter(out, options);
  RunSummary summary;
  summary.Add(checked.result);
  reporter.Begin();
  reporter.OnMessage(checked.result);
  reporter.End(summary);
  if (!include_body) return out.str();
  OrderedJson doc = OrderedJson::parse(out.str(), nullptr, false);
  if (doc.is_discarded() || !doc.contains("messages")) return out.str();
  for (OrderedJson& m : doc["messages"]) m["body_text"] = checked.body_text;
  return DumpJson(doc);
}

}  // namespace maillint
