#include "rules/proofreading/placeholder.h"

#include <re2/re2.h>

#include <string>

namespace maillint {
namespace {

// Words that make a bracketed field a template slot.
constexpr char kSlotWords[] =
    R"re((?:insert|enter|add|fill\s+in|type|your|student|parent|teacher|)re"
    R"re(school|recipient|customer|first|last|full|name|names|date|time|)re"
    R"re(phone|email|e-mail|address|title|link|url|number|amount|grade|)re"
    R"re(company|placeholder|tbd|tba|tk|nombre|apellido|fecha|hora|escuela|)re"
    R"re(estudiante|alumno|insertar|teléfono|correo|dirección))re";

const RE2& PlaceholderRe() {
  static const RE2 re(
      std::string(R"re((?i)(\[\s*)re") + kSlotWords +
      R"re((?:['’]s)?\b[^\[\]\n@]{0,40}\]|<\s*(?:insert|enter|add|name|first)re"
      R"re([ _]name|date|nombre|fecha)\b[^<>\n@/]{0,40}>|\{\{\s*[^{}\n]{1,40}\}\}|)re"
      R"re(«[^«»\n]{1,40}»|[\[(]\s*(?:tbd|tba)\s*[\])]|lorem\s+ipsum)|)re"
      R"re((%[A-Z][A-Z0-9_]{1,30}%|\bX{3,}\b))re");
  return re;
}

std::string Excerpt(std::string_view text, TextRange r) {
  return std::string(text.substr(r.begin, r.end - r.begin));
}

}  // namespace

std::vector<TextRange> FindPlaceholders(std::string_view text) {
  std::vector<TextRange> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece slot, merge;
  const RE2& re = PlaceholderRe();
  while (RE2::FindAndConsume(&input, re, &slot, &merge)) {
    re2::StringPiece hit = slot.data() != nullptr ? slot : merge;
    if (hit.empty()) {
      if (input.empty()) break;
      input.remove_prefix(1);
      continue;
    }
    size_t begin = hit.data() - text.data();
    out.push_back({begin, begin + hit.size()});
  }
  return out;
}

RuleInfo PlaceholderRule::Info() {
  RuleInfo info;
  info.id = "proofreading.placeholder";
  info.summary =
      "Template placeholders such as [NAME] or {{first_name}} must not be "
      "left in a reply.";
  info.standard = "S5";
  info.default_severity = Severity::kError;
  info.doc =
      "A reply built from a template sometimes goes out with a slot still "
      "unfilled. The rule checks the subject and the author's greeting, new "
      "text and closing (never quoted history or signatures) for bracketed "
      "fields ([NAME], [insert date], [nombre]), <insert date>, mail-merge "
      "fields ({{first_name}}, %FIRST_NAME%), XXX, [TBD] and Lorem ipsum.";
  info.fire_examples = {"Hi [NAME],\n\nThe meeting is on [insert date].\n"};
  info.silent_examples = {"Hi Ana,\n\nThe meeting is on May 4 [1].\n"};
  return info;
}

void PlaceholderRule::Check(CheckContext& ctx) const {
  const Message& message = ctx.message();
  for (const TextRange& r : FindPlaceholders(message.subject)) {
    Report(ctx, Location::Header("Subject"),
           "Placeholder left in the subject: \"" + Excerpt(message.subject, r) +
               "\"");
  }
  const std::string& body = message.body.text;
  for (const Segment& s : message.anatomy.segments) {
    if (s.type != SegmentType::kGreeting && s.type != SegmentType::kNewText &&
        s.type != SegmentType::kClosing) {
      continue;
    }
    std::string_view text(body.data() + s.begin, s.end - s.begin);
    for (const TextRange& r : FindPlaceholders(text)) {
      TextRange at{s.begin + r.begin, s.begin + r.end};
      Report(ctx, Location::Body(at.begin, at.end),
             "Placeholder left in the text: \"" + Excerpt(body, at) + "\"")
          .suggestion = "Replace the placeholder with the real value";
    }
  }
}

}  // namespace maillint
