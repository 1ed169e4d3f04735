#include "rules/proofreading/subject.h"

#include <re2/re2.h>

#include "analysis/text_units.h"
#include "base/text.h"
#include "base/vocabulary.h"

namespace maillint {
namespace {

// Bytes of one reply or forward prefix (vocab) at the start of `s`, with
// the blanks after it; 0 when there is none.
size_t OnePrefix(std::string_view s) {
  size_t n = SubjectPrefixLength(s, VocabList::kReplyPrefixes);
  if (n == 0) n = SubjectPrefixLength(s, VocabList::kForwardPrefixes);
  while (n > 0 && n < s.size() && (s[n] == ' ' || s[n] == '\t')) ++n;
  return n;
}

// The leading run of prefixes of `subject` and how many there are.
std::string_view PrefixRun(std::string_view subject, int* count) {
  size_t start = subject.find_first_not_of(" \t");
  if (start == std::string_view::npos) start = subject.size();
  size_t pos = start;
  *count = 0;
  while (size_t n = OnePrefix(subject.substr(pos))) {
    pos += n;
    ++*count;
  }
  return subject.substr(start, pos - start);
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
  int prefixes = 0;
  std::string_view run = PrefixRun(subject, &prefixes);
  if (prefixes >= 2) {
    std::string_view rest = std::string_view(subject).substr(
        static_cast<size_t>(run.data() - subject.data()) + run.size());
    Finding& f = Report(ctx, where,
                        "The subject repeats reply/forward prefixes ('" +
                            std::string(Trim(run)) + "')");
    f.suggestion = "Re: " + std::string(rest);
    return;
  }
  bool is_reply = prefixes > 0;
  if (!is_reply && IsAllCaps(subject) && LetterCount(subject) >= 8 &&
      WordsOfTwoLetters(subject) >= 2) {
    Report(ctx, where,
           "The subject '" + subject +
               "' is in ALL CAPS, which reads as shouting");
  }
}

}  // namespace maillint
