#include "lint/rule_examples.h"

#include "anatomy/segmenter.h"
#include "lint/runner.h"
#include "mail/input.h"
#include "mail/mime_parser.h"

namespace maillint {
namespace {

bool LooksLikeMessage(const std::string& text) {
  size_t colon = text.find(':');
  size_t eol = text.find('\n');
  if (colon == std::string::npos || eol == std::string::npos || colon > eol) {
    return false;
  }
  for (size_t i = 0; i < colon; ++i) {
    char c = text[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
      return false;
  }
  return text.find("\n\n") != std::string::npos;
}

std::vector<Finding> RunOne(const Rule& rule, const Example& example,
                            const Config& config) {
  const Message& message = example.message;
  Analysis analysis(message, example.anatomy);
  CheckContext ctx(analysis, config, nullptr);
  if (rule.AppliesTo(message)) rule.Check(ctx);
  std::vector<Finding> own;
  for (Finding& f : ctx.findings()) {
    if (f.rule_id == rule.id()) {
      LocateFinding(message, false, f);
      own.push_back(std::move(f));
    }
  }
  return own;
}

}  // namespace

Example ExampleMessage(const std::string& text) {
  if (LooksLikeMessage(text)) {
    Origin origin;
    origin.path = "example.eml";
    Result<Message> parsed =
        PrepareMessage(RawMessage::FromString(origin, text), ParseOptions());
    if (parsed) {
      Anatomy anatomy = AnalyzeAnatomy(parsed.value());
      return Example{std::move(parsed.value()), std::move(anatomy)};
    }
  }
  Example example;
  Message& m = example.message;
  m.origin.path = "example";
  m.has_headers = false;
  m.body.text = text;
  m.body.content_type = "text/plain";
  m.subject = text.substr(0, text.find('\n'));
  for (SegmentType type :
       {SegmentType::kGreeting, SegmentType::kNewText, SegmentType::kClosing,
        SegmentType::kSignature, SegmentType::kQuote}) {
    example.anatomy.segments.push_back(Segment{type, 0, text.size(), 0});
  }
  return example;
}

std::vector<ExampleOutcome> RunExamples(const RuleEntry& entry,
                                        const Config& config) {
  RuleContext context(config, entry.info.id);
  std::unique_ptr<Rule> rule = entry.factory(context);
  std::vector<ExampleOutcome> outcomes;
  for (bool fire : {true, false}) {
    const std::vector<std::string>& texts =
        fire ? entry.info.fire_examples : entry.info.silent_examples;
    for (size_t i = 0; i < texts.size(); ++i) {
      ExampleOutcome o;
      o.should_fire = fire;
      o.index = static_cast<int>(i) + 1;
      o.text = texts[i];
      o.findings = RunOne(*rule, ExampleMessage(texts[i]), config);
      o.passed = fire == !o.findings.empty();
      outcomes.push_back(std::move(o));
    }
  }
  return outcomes;
}

}  // namespace maillint
