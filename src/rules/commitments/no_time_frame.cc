#include "rules/commitments/no_time_frame.h"

#include <tuple>

#include "rules/commitments/promise_language.h"
#include "rules/service_text.h"

namespace maillint {

RuleInfo NoTimeFrameRule::Info() {
  RuleInfo info;
  info.id = "commitments.no-time-frame";
  info.summary = "A promise to follow up gives no time frame.";
  info.standard = "S15";
  info.default_severity = Severity::kInfo;
  info.doc =
      "\"I'll get back to you\" leaves the family guessing. Say when (\"by "
      "Thursday\", \"within two school days\") so the promise can be kept "
      "and checked; \"as soon as possible\" and \"shortly\" are not a time "
      "frame.";
  info.fire_examples = {"I will look into this and get back to you.",
                        "The registrar will contact you as soon as possible.",
                        "Someone from transportation will call you shortly.",
                        "Le avisaré en cuanto tenga noticias.",
                        "Je reviendrai vers vous dès que possible."};
  info.silent_examples = {"I'll get back to you by Friday.",
                          "We will call you within two school days.",
                          "Le llamaré mañana por la mañana.",
                          "You will need to bring a birth certificate."};
  return info;
}

bool NoTimeFrameRule::AppliesTo(const Message& message) const {
  // An auto-reply is written by a person once and promises to every
  // sender ("I will respond as soon as possible").
  return message.auto_class == AutoClass::kHuman ||
         message.auto_class == AutoClass::kAutoReply;
}

void NoTimeFrameRule::Check(CheckContext& ctx) const {
  const ScopeText& own = ctx.analysis().own_scope();
  std::string_view text = own.text();
  size_t reported_clause_end = 0;
  for (const commitments::Promise& p : commitments::FindPromises(text)) {
    auto [s_begin, s_end] = SentenceAround(text, p.begin);
    std::string_view whole = text.substr(s_begin, s_end - s_begin);
    std::tie(s_begin, s_end) =
        commitments::ClauseAround(text, s_begin, s_end, p);
    if (s_end <= reported_clause_end) continue;
    std::string_view sentence = text.substr(s_begin, s_end - s_begin);
    if (commitments::HasTimeFrame(sentence) ||
        (commitments::RefersToEarlierTime(sentence) &&
         commitments::HasTimeFrame(whole))) {
      continue;
    }
    std::string promise(text.substr(p.begin, p.end - p.begin));
    std::string_view vague = commitments::VagueTimeFrame(sentence);
    std::string why =
        vague.empty() ? " has no time frame"
                      : " gives '" + std::string(vague) + "', not a time frame";
    Report(
        ctx, own.Locate(p.begin, p.end),
        "'" + promise + "'" + why + "; say when (for example \"by Thursday\")");
    reported_clause_end = s_end;
  }
}

}  // namespace maillint
