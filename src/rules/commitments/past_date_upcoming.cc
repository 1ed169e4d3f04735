#include "rules/commitments/past_date_upcoming.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "base/date_mentions.h"
#include "mailbox/mail_date.h"
#include "rules/service_text.h"

namespace maillint {
namespace {

// A year-less date without a weekday is only trusted this close to the
// sending day: further away, "March 2" may mean next year's.
constexpr int64_t kMaxBareGapDays = 90;
// Copied text goes stale within months; a date years back is history ("the
// 2017 release will stay supported"), not an invitation.
constexpr int64_t kMaxGapDays = 180;
// How far from the date a cue may be: the clause, not a run-on paragraph.
constexpr size_t kCueWindow = 160;

// Words that present an event as still to come.
const RE2& UpcomingCue() {
  static const RE2 re(
      R"((?i)\b(?:upcoming|next|coming\s+up|will|['’]ll|join\s+us|)"
      R"(come\s+(?:to|join|see|visit|by)|please\s+(?:come|attend|join|plan|)"
      R"(mark|remember|bring|arrive)|save\s+the\s+date|don['’]t\s+forget|)"
      R"(do\s+not\s+forget|remember|reminder|look(?:ing)?\s+forward|)"
      R"(hope\s+to\s+see|see\s+you|(?:is|are)\s+(?:on|scheduled|planned|set)|)"
      R"((?:starts|begins|opens|takes\s+place|is\s+due|are\s+due))\b|)"
      // es, pt
      R"(\b(?:próxim[oa]s?|será|serán|serão|habrá|tendrá\s+lugar|)"
      R"(se\s+llevará\s+a\s+cabo|l[oe]s\s+esperamos|acompáñenos|no\s+olvide|)"
      R"(recuerde|vengan?|l[oe]s?\s+invitamos|comenzará|empezará|abrirá|)"
      R"(acontecerá|venham?|participe|não\s+esqueça|lembre-se|convidamos|)"
      R"(começará)|)"
      // fr
      R"(\b(?:prochaine?s?|aura\s+lieu|sera|seront|venez|rejoignez-nous|)"
      R"(n['’]oubliez\s+pas|nous\s+vous\s+(?:attendons|invitons)|)"
      R"(commencera|ouvrira)\b|)"
      // de, vi
      R"(\b(?:nächste[nr]?|kommende[nr]?|wird|werden|laden\s+sie)\b|)"
      R"(sắp\s+tới|à\s+venir|tới\s+đây|đừng\s+quên|hãy\s+đến|(?:^|[^\pL])(?:sẽ|mời)(?:[^\pL]|$))");
  return re;
}

// Words that put the event in the past.
const RE2& PastCue() {
  static const RE2 re(
      R"((?i)\b(?:was|were|had|did|last|ago|already|took\s+place|happened|)"
      R"(went|missed|has\s+been|have\s+been|thank(?:s|\s+you)\s+for\s+)"
      R"((?:coming|attending|joining)|fue|fueron|pasad[oa]|ya|)"
      R"(tuvo\s+lugar|était|a\s+eu\s+lieu|dernière?|foi|foram|)"
      R"(aconteceu|passad[oa]|war|waren|letzte[nr]?)\b|(?:^|[^\pL])(?:đã|déjà|já|se\s+llevó)(?:[^\pL]|$))");
  return re;
}

// Words just before a date that make it a boundary or a reference, not an
// event: "orders prior to November 20 will be honored", "since March 2",
// "your letter dated 2/26".
bool IsBoundary(std::string_view text, size_t date_begin) {
  static const RE2 re(
      R"((?i)\b(?:prior\s+to|before|since|as\s+of|from|after|dated|dd|)"
      R"(antes\s+del?|desde|avant\s+le|depuis|antes\s+de|a\s+partir\s+del?)\s*$)");
  size_t from = date_begin > 24 ? date_begin - 24 : 0;
  std::string_view before = text.substr(from, date_begin - from);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), re);
}

bool Matches(const RE2& re, std::string_view s) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

std::string IsoDay(int64_t days) {
  CivilDate d = CivilFromDays(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// True when `m` is a past date the writer could not have meant as future.
// A weekday that fits no nearby year leaves the year in doubt. Without a
// Date header (a draft read at the run's time, or an old text file) the year
// must be written or proven by the weekday.
bool IsSurelyPast(const DateMention& m, int64_t reference_day, bool dated) {
  if (m.days >= reference_day || reference_day - m.days > kMaxGapDays) {
    return false;
  }
  if (m.weekday >= 0 && !m.weekday_matches) return false;
  if (m.year_written || m.weekday >= 0) return true;
  return dated && reference_day - m.days <= kMaxBareGapDays;
}

}  // namespace

RuleInfo PastDateUpcomingRule::Info() {
  RuleInfo info;
  info.id = "commitments.past-date-upcoming";
  info.summary =
      "A date that has already passed is written as if it were still to "
      "come.";
  info.standard = "S15";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Text copied from an older message keeps its dates: \"join us at the "
      "open house on Monday, March 2\" sent on March 9 invites the family to "
      "something that is over. Dates are resolved against the message's "
      "Date (in its own time zone).";
  info.source = "built-in";
  return info;
}

PastDateUpcomingRule::PastDateUpcomingRule(const RuleContext& ctx)
    : Rule(Info()) {
  Result<BusinessClock> clock = BusinessClock::Create(
      TurnaroundConfig(), ctx.config().organization.timezone);
  if (!clock) clock = BusinessClock::Create(TurnaroundConfig(), "UTC");
  if (clock) clock_ = std::make_shared<const BusinessClock>(clock.value());
}

std::optional<int64_t> PastDateUpcomingRule::ReferenceDay(
    const Message& message, bool* dated) const {
  std::optional<MessageDate> date = HeaderDate(message);
  *dated = date.has_value();
  if (date) return LocalDay(date->unix_seconds, date->offset_minutes);
  if (message.FindHeader("Date") != nullptr || clock_ == nullptr) {
    return std::nullopt;  // a Date we cannot read: no guessing
  }
  int64_t now = static_cast<int64_t>(std::time(nullptr));
  return LocalDay(now, clock_->Local(now).offset_minutes);
}

void PastDateUpcomingRule::Check(CheckContext& ctx) const {
  bool dated = false;
  std::optional<int64_t> today = ReferenceDay(ctx.message(), &dated);
  if (!today) return;
  const ScopeText& own = ctx.analysis().own_scope();
  std::string_view text = own.text();
  const std::vector<DateMention>& mentions = ctx.analysis().dates(*today);
  for (const DateMention& m : mentions) {
    if (!IsSurelyPast(m, *today, dated) || IsBoundary(text, m.begin)) {
      continue;
    }
    auto [s_begin, s_end] = SentenceAround(text, m.begin);
    s_begin =
        std::max(s_begin, m.begin > kCueWindow ? m.begin - kCueWindow : 0);
    s_end = std::min(s_end, m.end + kCueWindow);
    bool range_running = false;
    for (const DateMention& other : mentions) {
      range_running =
          range_running || (other.begin >= s_begin && other.end <= s_end &&
                            other.days >= *today);
    }
    std::string_view sentence = text.substr(s_begin, s_end - s_begin);
    if (range_running || !Matches(UpcomingCue(), sentence) ||
        Matches(PastCue(), sentence)) {
      continue;
    }
    int64_t gap = *today - m.days;
    Report(ctx, own.Locate(m.begin, m.end),
           "'" + std::string(text.substr(m.begin, m.end - m.begin)) + "' (" +
               IsoDay(m.days) + ") is " + std::to_string(gap) +
               (gap == 1 ? " day" : " days") +
               " before this message was sent but reads as upcoming")
        .suggestion = "correct the date, or remove the sentence";
  }
}

}  // namespace maillint
