#include "rules/turnaround/late_draft.h"

#include <re2/re2.h>

#include <ctime>

#include "mailbox/mail_date.h"
#include "mailbox/turnaround.h"

namespace maillint {
namespace {

// An apology for the delay in the author's own words (English, Spanish).
const RE2& ApologyPattern() {
  static const RE2 pattern(
      "(?i)\\b(sorry|apolog(y|ies|ise|ize)|regret the delay|thank you for "
      "your patience|disculp|perd[oó]n|lamento|lo siento)");
  return pattern;
}

bool Apologizes(const Analysis& a) {
  const Message& m = a.message();
  std::vector<const Segment*> own = a.anatomy().Find(SegmentType::kNewText);
  for (const Segment* g : a.anatomy().Find(SegmentType::kGreeting)) {
    own.push_back(g);
  }
  if (a.anatomy().segments.empty()) {
    return RE2::PartialMatch(m.body.text, ApologyPattern());
  }
  for (const Segment* s : own) {
    std::string_view text(m.body.text);
    if (RE2::PartialMatch(text.substr(s->begin, s->end - s->begin),
                          ApologyPattern())) {
      return true;
    }
  }
  return false;
}

// The instant of a wall-clock time that was read as UTC. Clients write the
// quoted date in the replying user's zone, so the draft's own Date offset is
// the best guess, then the clock's (the organization's) time zone.
int64_t FromWallClock(int64_t wall, const std::optional<MessageDate>& own,
                      const BusinessClock& clock) {
  if (own) return wall - int64_t{own->offset_minutes} * 60;
  int64_t guess = wall - int64_t{clock.Local(wall).offset_minutes} * 60;
  return wall - int64_t{clock.Local(guess).offset_minutes} * 60;
}

}  // namespace

RuleInfo LateDraftRule::Info() {
  RuleInfo info;
  info.id = "turnaround.late-draft";
  info.summary =
      "A draft answers a message older than the turnaround limit: apologize "
      "for the delay.";
  info.standard = "S1";
  info.default_severity = Severity::kWarning;
  info.doc =
      "When the quoted original (or the message named with `check "
      "--in-reply-to`) is older than the limit, the reply is late already; "
      "owning the delay keeps the family's trust. Silent when the new text "
      "apologizes. \"Now\" is the draft's Date header, else the current "
      "time. An attribution date without a UTC offset (\"On Tue, Nov 17, "
      "2026 at 8:30 AM\") is in the replying user's zone: the draft's Date "
      "offset, else `organization.timezone`.";
  return info;
}

LateDraftRule::LateDraftRule(const RuleContext& ctx)
    : Rule(Info()), limit_hours_(ctx.config().turnaround.hours) {
  Result<BusinessClock> clock = BusinessClock::Create(
      ctx.config().turnaround, ctx.config().organization.timezone);
  if (!clock) {
    TurnaroundConfig calendar;
    clock = BusinessClock::Create(calendar, "UTC");
  }
  if (clock) clock_ = std::make_shared<const BusinessClock>(clock.value());
}

void LateDraftRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (ctx.thread() != nullptr || clock_ == nullptr) return;
  const auto& original = ctx.anatomy().original;
  if (!original || !original->date_unix_seconds) return;
  std::optional<MessageDate> own_date = HeaderDate(m);
  int64_t now = own_date ? own_date->unix_seconds
                         : static_cast<int64_t>(std::time(nullptr));
  int64_t sent = *original->date_unix_seconds;
  if (!original->date_has_zone) {
    sent = FromWallClock(sent, own_date, *clock_);
  }
  double hours = clock_->ElapsedHours(sent, now);
  if (hours <= limit_hours_ || Apologizes(ctx.analysis())) return;
  Finding& f =
      Report(ctx, Location::Message(),
             "the message you are answering arrived " + HoursText(hours) +
                 " ago (limit " + HoursText(limit_hours_) +
                 "): apologize for the delay");
  f.suggestion =
      "Open with an apology, e.g. \"I'm sorry for the delay in getting back "
      "to you.\"";
}

}  // namespace maillint
