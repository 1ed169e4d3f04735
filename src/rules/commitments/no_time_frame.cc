#include "rules/commitments/no_time_frame.h"

#include "rules/service_text.h"

namespace maillint {
namespace {

const RE2& PromisePattern() {
  static const RE2 re(
      R"((?i)\b(?:(?:I|we)(?:'ll|’ll| will| shall) (?:get back to you|follow up|look into (?:it|this|that)|)"
      R"(let you know|be in touch|find out|check (?:on|into) (?:it|this|that)|reach out|)"
      R"(get (?:that|this|it) (?:to you|sorted|fixed)|send (?:it|that|this|you)|call you)|)"
      R"(le (?:avisaré|avisaremos|responderé)|(?:te|le) aviso)\b)");
  return re;
}

const RE2& TimeFramePattern() {
  static const RE2 re(
      R"((?i)\b(?:by|before|until|on|this|next|within|in|later|end of|after) )"
      R"((?:the )?(?:end of )?(?:\d+|a|an|one|two|three|few|couple of|today|tomorrow|noon|)"
      R"(morning|afternoon|evening|week|weekend|month|day|days|hour|hours|minutes)\b|)"
      R"(\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week))\b|)"
      R"(\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b)");
  return re;
}

}  // namespace

RuleInfo NoTimeFrameRule::Info() {
  RuleInfo info;
  info.id = "commitments.no-time-frame";
  info.summary = "A promise to follow up gives no time frame.";
  info.standard = "S15";
  info.default_severity = Severity::kInfo;
  info.doc =
      "\"I'll get back to you\" leaves the family guessing. Say when (\"by "
      "Thursday\", "
      "\"within two school days\") so the promise can be kept and checked.";
  return info;
}

void NoTimeFrameRule::Check(CheckContext& ctx) const {
  const ScopeText& own = ctx.analysis().own_scope();
  std::string_view text = own.text();
  size_t pos = 0, end = 0;
  while ((pos = FindFrom(PromisePattern(), text, pos, &end)) !=
         std::string_view::npos) {
    auto [s_begin, s_end] = SentenceAround(text, pos);
    std::string_view sentence = text.substr(s_begin, s_end - s_begin);
    if (!Contains(TimeFramePattern(), sentence) &&
        !Contains(DatePattern(), sentence)) {
      Report(ctx, own.Locate(pos, end),
             "'" + std::string(text.substr(pos, end - pos)) +
                 "' has no time frame; say when (for example \"by Thursday\")");
    }
    pos = end;
  }
}

}  // namespace maillint
