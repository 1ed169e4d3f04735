#include "rules/signature/incomplete.h"

#include "anatomy/greeting_closing.h"
#include "base/text.h"
#include "base/vocabulary.h"
#include "rules/service_text.h"

namespace maillint {
namespace {

// Lines this long (in characters) or longer are prose, not a signature.
constexpr int kMaxSignatureLine = 120;
constexpr int kMaxSignatureLines = 8;

// A staff role or an office (vocab `roles`, `departments`, any language).
bool HasRole(std::string_view block) {
  return Vocab().Mentions(VocabList::kRoles, block) ||
         Vocab().Mentions(VocabList::kDepartments, block);
}

// A line of two or more capitalized words, a short name in a script
// without case (Han, Hangul, Arabic), or the sender's display name.
bool HasName(std::string_view block, const Message& m) {
  static const RE2 name(
      R"((?m)^\s*(?:(?:Mr|Ms|Mrs|Dr)\.? )?\p{Lu}[\pL\pM'’-]+(?: \p{Lu}[\pL\pM'’.-]*)+\s*$)");
  static const RE2 uncased(
      R"((?m)^\s*(?:\p{Han}{2,4}(?:\s*\p{Han}{1,2})?|\p{Hangul}{2,4}(?:\s+\p{Hangul}{1,2})?|\p{Arabic}[\p{Arabic}\pM]*(?:\s+\p{Arabic}[\p{Arabic}\pM]*){1,3})\s*$)");
  if (Contains(name, block) || Contains(uncased, block)) return true;
  for (const Address& a : m.from) {
    if (!a.display_name.empty() &&
        block.find(a.display_name) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// [begin, end) in `text` of the lines after the last sign-off, if short.
std::pair<size_t, size_t> BlockAfterSignOff(std::string_view text) {
  size_t last = std::string_view::npos, pos = 0;
  for (std::string_view line : Split(text, '\n')) {
    pos += line.size() + 1;
    if (anatomy::IsClosingLine(line)) last = std::min(pos, text.size());
  }
  if (last == std::string_view::npos) return {0, 0};
  size_t begin = last;
  int lines = 0;
  size_t stop = begin;
  for (std::string_view line : Split(text.substr(begin), '\n')) {
    if (CodePointCount(line) >= kMaxSignatureLine ||
        ++lines > kMaxSignatureLines) {
      break;
    }
    stop += line.size() + 1;
  }
  return {begin, std::min(stop, text.size())};
}

bool IsStaffToFamily(const Message& m, const Config& c) {
  if (!HasExternalAudience(m, c)) return false;
  if (c.organization.domains.empty() || m.from.empty()) return true;
  return c.IsInternalAddress(m.from.front().address);
}

}  // namespace

RuleInfo SignatureIncompleteRule::Info() {
  RuleInfo info;
  info.id = "signature.incomplete";
  info.summary =
      "The signature does not give the writer's name, role and a way to reach "
      "them.";
  info.standard = "S14";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Families should know who answered and how to reach them again: a name, "
      "a role or "
      "office, and a phone number, email address or link under the sign-off.";
  return info;
}

void SignatureIncompleteRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!IsStaffToFamily(m, ctx.config())) return;
  ScopeText block;
  for (const Segment* s : ctx.anatomy().Find(SegmentType::kSignature)) {
    block.Append(
        std::string_view(m.body.text).substr(s->begin, s->end - s->begin),
        Location::Body(s->begin, s->end));
  }
  if (block.empty()) {
    const ScopeText& own = ctx.analysis().own_lines();
    auto [begin, end] = BlockAfterSignOff(own.text());
    if (end > begin) {
      block.Append(std::string_view(own.text()).substr(begin, end - begin),
                   own.Locate(begin, end));
    }
  }
  std::string_view text = block.text();
  std::vector<std::string> missing;
  // The name may stand in the sign-off line ("Regards, Roman", "서민지 드림").
  std::string named(text);
  for (const Segment* s : ctx.anatomy().Find(SegmentType::kClosing))
    named += "\n" + m.body.text.substr(s->begin, s->end - s->begin);
  if (!HasName(named, m)) missing.push_back("name");
  // A role is asked for only in languages whose role words we know.
  if (!HasRole(text) &&
      (text.empty() || CanJudge(VocabList::kRoles, ctx.analysis()))) {
    missing.push_back("role");
  }
  if (!Contains(PhonePattern(), text) && !Contains(EmailPattern(), text) &&
      !Contains(UrlPattern(), text)) {
    missing.push_back("contact");
  }
  if (missing.empty()) return;
  std::string list;
  for (const std::string& what : missing)
    list += (list.empty() ? "" : ", ") + what;
  Report(ctx, block.empty() ? Location::Message() : block.Whole(),
         block.empty()
             ? "no signature: sign with your name, role and a phone or email"
             : "the signature is missing: " + list);
}

}  // namespace maillint
