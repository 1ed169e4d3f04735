#include "rules/referral/incomplete.h"

#include "base/text.h"
#include "rules/service_text.h"

namespace maillint {
namespace {

const RE2& ReferralPattern() {
  static const RE2 re(
      R"((?i)\b(?:please |you (?:will |'ll |would |may |might |can |could |should )?)"
      R"((?:need to |have to |want to )?|I (?:would |'d )?(?:recommend|suggest)(?: that you)? ))"
      R"((?:contact(?:ing)?|reach(?:ing)? out to|call(?:ing)?|email(?:ing)?|talk(?:ing)? to|)"
      R"(speak(?:ing)? (?:to|with)|get(?:ting)? in touch with|check(?:ing)? with|)"
      R"(comuníquese con|contacte a|llame a))");
  return re;
}

// Objects that name nobody in particular.
const RE2& VagueObject() {
  static const RE2 re(
      R"((?i)^\s*(?:someone|somebody|anyone|them|the (?:right|appropriate|correct) )"
      R"((?:person|people|office|department)|(?:the|your) (?:school|office|district|department)\b)"
      R"((?:\s*(?:[.,;!?]|$|about|for|to|if|and|regarding|directly))))");
  return re;
}

// The writer themself: not a referral.
const RE2& SelfObject() {
  static const RE2 re(R"((?i)^\s*(?:me|us|myself|our office|my office)\b)");
  return re;
}

// Someone or some office: a title, a capitalized name or an office word.
// Objects like "the completed form" make "please email ..." no referral.
const RE2& TargetObject() {
  static const RE2 re(
      R"(^\s*(?:(?i:the|your|our|a|an)\s+)?(?:(?:Mr|Ms|Mrs|Dr|Sra|Sr)\.?\s|[A-Z][a-z]+|)"
      R"((?i:(?:\w+ )?(?:office|department|registrar|counselor|counsellor|nurse|principal|)"
      R"(teacher|coordinator|secretary|team|staff|desk|center|centre|someone|somebody|)"
      R"(anyone|them|person|people|school|district|oficina|escuela|maestr[ao])\b)))");
  return re;
}

bool Matches(const RE2& re, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

bool HasContact(std::string_view text) {
  return Contains(EmailPattern(), text) || Contains(PhonePattern(), text) ||
         Contains(UrlPattern(), text);
}

}  // namespace

RuleInfo ReferralIncompleteRule::Info() {
  RuleInfo info;
  info.id = "referral.incomplete";
  info.summary =
      "A referral to someone else does not name the person or office and give "
      "an email, "
      "phone number or link.";
  info.standard = "S10";
  info.default_severity = Severity::kWarning;
  info.doc =
      "When we are not the right person, we connect the family with who is: by "
      "name or "
      "office, with a way to reach them in the same paragraph.";
  return info;
}

void ReferralIncompleteRule::Check(CheckContext& ctx) const {
  const ScopeText& own = ctx.analysis().own_scope();
  std::string_view text = own.text();
  size_t pos = 0, end = 0;
  while ((pos = FindFrom(ReferralPattern(), text, pos, &end)) !=
         std::string_view::npos) {
    std::string_view rest = text.substr(end);
    auto [para_begin, para_end] = ParagraphAround(text, pos);
    std::string_view paragraph = text.substr(para_begin, para_end - para_begin);
    std::string phrase(text.substr(pos, end - pos));
    if (Matches(SelfObject(), rest) || !Matches(TargetObject(), rest)) {
      pos = end;
      continue;
    }
    if (Matches(VagueObject(), rest)) {
      Report(ctx, own.Locate(pos, end),
             "'" + phrase +
                 "' does not say who: name the person or office and how to "
                 "reach them");
    } else if (!HasContact(paragraph)) {
      Report(ctx, own.Locate(pos, end),
             "'" + phrase +
                 "' gives no way to reach them: add an email, phone number or "
                 "link");
    }
    pos = end;
  }
}

}  // namespace maillint
