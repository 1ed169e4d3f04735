#include "rules/proofreading/subject.h"

#include <re2/re2.h>

#include "analysis/text_units.h"
#include "base/text.h"

namespace maillint {
namespace {

// One reply/forward prefix in the languages of common mail clients.
constexpr char kPrefix[] =
    R"((?i)(?:re|fw|fwd|aw|wg|rv|res|sv|vs|tr|antw|enc|rif|odp|r)\s*(?:\[\d+\])?\s*:\s*)";

const RE2& ChainPattern() {
  static const RE2 pattern(std::string("^\\s*((?:") + kPrefix + "){2,})");
  return pattern;
}

const RE2& OnePrefixPattern() {
  static const RE2 pattern(std::string("^\\s*(?:") + kPrefix + ")+");
  return pattern;
}

int WordsOfTwoLetters(std::string_view s) {
  int n = 0;
  for (const TextUnit& w : WordUnits(s)) {
    if (LetterCount(s.substr(w.begin, w.end - w.begin)) >= 2) ++n;
  }
  return n;
}

}  // namespace

RuleInfo SubjectRule::Info() {
  RuleInfo info;
  info.id = "proofreading.subject";
  info.summary =
      "Flags an empty subject, a chain of RE:/FW: prefixes and an all-caps "
      "subject.";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "The subject is the first thing a family reads. It should say what the "
      "mail is about, carry at most one reply or forward prefix and not be "
      "written in capitals.";
  return info;
}

SubjectRule::SubjectRule(const RuleContext&) : Rule(Info()) {}

void SubjectRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!m.has_headers) return;  // a bare draft: the subject is given elsewhere
  const HeaderField* field = m.FindHeader("Subject");
  std::string subject = field ? field->value : m.subject;
  if (!m.subject.empty()) subject = m.subject;
  Location where = field ? Location::Header("Subject") : Location::Message();
  if (Trim(subject).empty()) {
    Report(ctx, where, "The subject is empty; say what the mail is about");
    return;
  }
  std::string chain;
  re2::StringPiece rest(subject);
  if (RE2::PartialMatch(subject, ChainPattern(), &chain)) {
    RE2::Consume(&rest, OnePrefixPattern());
    Finding& f = Report(ctx, where,
                        "The subject repeats reply/forward prefixes ('" +
                            std::string(Trim(chain)) + "')");
    f.suggestion = "Re: " + std::string(rest.data(), rest.size());
    return;
  }
  bool is_reply = RE2::PartialMatch(subject, OnePrefixPattern());
  if (!is_reply && IsAllCaps(subject) && LetterCount(subject) >= 8 &&
      WordsOfTwoLetters(subject) >= 2) {
    Report(ctx, where,
           "The subject '" + subject +
               "' is in ALL CAPS, which reads as shouting");
  }
}

}  // namespace maillint
