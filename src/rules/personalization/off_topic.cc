#include "rules/personalization/off_topic.h"

#include <algorithm>
#include <set>
#include <string>

#include "mailbox/mail_record.h"
#include "rules/personalization/content_words.h"

namespace maillint {
namespace {

// Content words of the people in the conversation (display names, the
// quoted original's author and signature), which say nothing about topic.
std::set<std::string> ParticipantWords(const Analysis& analysis) {
  const Message& m = analysis.message();
  std::string names;
  for (const auto* list : {&m.from, &m.to, &m.cc, &m.reply_to}) {
    for (const Address& a : *list) names += a.display_name + "\n";
  }
  if (const auto& original = analysis.anatomy().original) {
    names += original->author_name + "\n" + original->signed_name;
  }
  return ContentWords(names);
}

}  // namespace

RuleInfo OffTopicRule::Info() {
  RuleInfo info;
  info.id = "personalization.off-topic";
  info.summary =
      "The reply shares no content word with the question it answers.";
  info.standard = "S3";
  info.default_severity = Severity::kInfo;
  info.doc =
      "A personal reply refers to what the family asked. The content words of "
      "the reply's new text (ICU word segmentation, accents and case folded, "
      "English and Spanish stop words removed, light stemming; the names of "
      "the people in the conversation left out) are compared with those of "
      "the quoted original and the subject; a reply that shares fewer than "
      "`MinShared` (default 1) of them fires. Short acknowledgements (under "
      "`MinReplyWords`, default 12 content words) and short questions (under "
      "`MinQuestionWords`, default 4) stay silent.";
  return info;
}

OffTopicRule::OffTopicRule(const RuleContext& context)
    : Rule(Info()),
      min_reply_words_(context.GetInt("MinReplyWords", 12)),
      min_question_words_(context.GetInt("MinQuestionWords", 4)),
      min_shared_(context.GetInt("MinShared", 1)) {}

void OffTopicRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  const auto& original = ctx.anatomy().original;
  if (!original) return;
  // Only the new text: greeting and closing name the family, which would
  // always "match" the question.
  std::set<std::string> reply =
      ContentWords(ctx.anatomy().Text(m.body.text, SegmentType::kNewText));
  std::set<std::string> question =
      ContentWords(original->text + "\n" + BaseSubject(m.subject) + "\n" +
                   original->subject);
  for (const std::string& name : ParticipantWords(ctx.analysis())) {
    reply.erase(name);
    question.erase(name);
  }
  if (static_cast<int>(reply.size()) < min_reply_words_) return;
  if (static_cast<int>(question.size()) < min_question_words_) return;
  int shared = static_cast<int>(std::count_if(
      reply.begin(), reply.end(),
      [&](const std::string& w) { return question.count(w) > 0; }));
  if (shared >= min_shared_) return;
  std::string sample;
  int shown = 0;
  for (auto it = question.begin(); it != question.end() && shown < 5;
       ++it, ++shown) {
    sample += (sample.empty() ? "" : ", ") + *it;
  }
  Report(ctx, Location::Message(),
         "the reply shares no content word with the question it answers (asked "
         "about: " +
             sample + ")")
      .suggestion = "refer to what the family asked, in their words";
}

}  // namespace maillint
