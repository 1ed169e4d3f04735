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
      R"re((%[A-Z][A-Z0-9_]{1,30}%|(?-i:\bX{3,}\b)))re");
  return re;
}

// True when the X run at [begin, end) masks part of a real value, as in
// "XXX-XX-6789" or "XXXX-XXXX-XXXX-1234": the token around it (letters,
// digits and - . /) holds a digit. A slot such as "(XXX) XXX-XXXX" has none.
bool MasksValue(std::string_view text, size_t begin, size_t end) {
  auto in_token = [](char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x' || c == '-' ||
           c == '.' || c == '/';
  };
  while (begin > 0 && in_token(text[begin - 1])) --begin;
  while (end < text.size() && in_token(text[end])) ++end;
  std::string_view token = text.substr(begin, end - begin);
  return token.find_first_of("0123456789") != std::string_view::npos;
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
    if (merge.data() != nullptr && hit[0] == 'X' &&
        MasksValue(text, begin, begin + hit.size())) {
      continue;
    }
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
      "fields ({{first_name}}, %FIRST_NAME%), XXX, [TBD] and Lorem ipsum. "
      "XXX counts in capitals only (lower-case xxx is usually redacted "
      "text) and not when it masks part of a number, as in XXX-XX-6789.";
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
  for (const Segment& s : ctx.anatomy().segments) {
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
