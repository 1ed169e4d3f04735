#include "tests/fuzz/fuzz_targets.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "anatomy/quote_detector.h"
#include "anatomy/segmenter.h"
#include "lint/config_loader.h"
#include "lint/rule_examples.h"
#include "lint/rule_file.h"
#include "lint/rule_pack.h"
#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "mail/charset.h"
#include "mail/html_text.h"
#include "mail/input.h"
#include "mail/mime_parser.h"
#include "rules/families.h"

namespace maillint::fuzz {

int FuzzInput(const uint8_t* data, size_t size) {
  static const bool initialized = (InitMimeLibrary(), true);
  (void)initialized;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) bytes = "From - Mon Jun  3 12:50:27 1996\n" + bytes;

  InputOptions options;
  options.max_message_bytes = 1 << 20;
  ParseOptions parse;
  ReadInputBytes("fuzz.mbox", std::move(bytes), options, [&](RawMessage raw) {
    if (raw.error.ok()) {
      if (raw.bytes.size() > options.max_message_bytes) __builtin_trap();
      Result<Message> message = PrepareMessage(raw, parse);
      (void)message;
    }
    return true;
  });
  return 0;
}

int FuzzAnatomy(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!IsValidUtf8(bytes)) bytes = RawBytesToUtf8(bytes);
  Message message;
  message.subject = "Re: question";
  if (data[0] & 1) {
    message.body.html = bytes;
    message.body.content_type = "text/html";
    message.body.text = RenderHtml(bytes).text;
  } else {
    message.body.content_type = "text/plain";
    message.body.text = bytes;
  }
  Anatomy anatomy = AnalyzeAnatomy(message);
  size_t previous_end = 0;
  for (const Segment& s : anatomy.segments) {
    if (s.begin < previous_end || s.end < s.begin ||
        s.end > message.body.text.size()) {
      __builtin_trap();
    }
    previous_end = s.end;
  }
  return 0;
}

int FuzzHtml(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string html(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!IsValidUtf8(html)) html = RawBytesToUtf8(html);
  size_t limit = data[0] < 128 ? kMaxHtmlParseBytes : size_t{data[0]} - 127;

  HtmlSplit split = SplitHtml(html, limit);
  if (split.tree_end > split.stream_begin || split.stream_begin > html.size())
    __builtin_trap();
  RenderedHtml rendered = RenderHtml(html, limit);
  size_t previous = 0;
  for (const Link& link : rendered.links) {
    if (link.begin < previous || link.end < link.begin ||
        link.end > rendered.text.size()) {
      __builtin_trap();
    }
    previous = link.begin;
  }
  // The one render records where quotes start; marks stay in the text and
  // in order, and the anatomy's cut from them lands inside the text.
  size_t last_mark = 0;
  for (const QuoteMark& mark : rendered.quote_marks) {
    if (mark.offset > rendered.text.size() || mark.offset < last_mark)
      __builtin_trap();
    last_mark = mark.offset;
  }
  size_t cut = anatomy::HtmlQuoteCut(rendered.quote_marks, rendered.text);
  if (cut != anatomy::kNoOffset && cut > rendered.text.size()) __builtin_trap();
  return 0;
}

int FuzzConfig(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Result<Config> config = ParseConfig("/fuzz/.maillint.yml", text);
  if (!config) {
    if (config.error().message().rfind("/fuzz/.maillint.yml", 0) != 0)
      __builtin_trap();  // every error names the file first
    return 0;
  }
  static RuleRegistry* registry = [] {
    auto* r = new RuleRegistry;
    AddBuiltinRules(*r);
    return r;
  }();
  auto rules = registry->Instantiate(*config);
  (void)rules;
  return 0;
}

int FuzzRuleFile(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Result<RuleFileResult> read =
      ParseRuleFile("/fuzz/rules/tone/fuzzed.yml", "tone", text);
  if (!read) {
    if (read.error().message().rfind("/fuzz/rules/tone/fuzzed.yml", 0) != 0)
      __builtin_trap();  // every error names the file first
    return 0;
  }
  if (!read->spec) return 0;  // skipped: unsupported kind or pattern
  std::vector<RuleSpec> specs;
  specs.push_back(std::move(*read->spec));
  RuleRegistry registry;
  if (!AddRuleSpecs(std::move(specs), "/fuzz/rules", registry).ok()) return 0;
  static const Config* config = new Config;
  for (const RuleEntry& entry : registry.entries()) {
    std::vector<ExampleOutcome> outcomes = RunExamples(entry, *config);
    (void)outcomes;
  }
  return 0;
}

}  // namespace maillint::fuzz
