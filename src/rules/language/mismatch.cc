#include "rules/language/mismatch.h"

#include "analysis/language_detect.h"
#include "analysis/own_text.h"

namespace maillint {
namespace {

constexpr int kBilingualShare = 20;

std::string Describe(const DetectedLanguage& d) {
  return d.name + " (" + std::to_string(d.percent) + "% of the text, " +
         (d.reliable ? "reliable" : "unreliable") + ")";
}

}  // namespace

RuleInfo LanguageMismatchRule::Info() {
  RuleInfo info;
  info.id = "language.mismatch";
  info.summary =
      "Flags a reply written in another language than the message it answers.";
  info.standard = "S12";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Speak the family's language: when the message being answered is in "
      "Spanish (or any other language) and the reply is in English, say so, "
      "naming both languages and CLD2's confidence. Short texts and unreliable "
      "detections stay silent; bilingual replies pass.";
  return info;
}

LanguageMismatchRule::LanguageMismatchRule(const RuleContext& ctx)
    : Rule(Info()), min_letters_(ctx.GetInt("MinLetters", 80)) {}

void LanguageMismatchRule::Check(CheckContext& ctx) const {
  const OwnText& author = ctx.analysis().own_text();
  if (author.spans.empty() || author.quoted.empty()) return;
  const DetectedLanguage& reply = ctx.analysis().own_language();
  const DetectedLanguage& original = ctx.analysis().quoted_language();
  if (!reply.known() || !original.known() || reply.code == original.code)
    return;
  if (!reply.reliable || !original.reliable) return;
  if (reply.text_bytes < min_letters_ || original.text_bytes < min_letters_)
    return;
  if (reply.ShareOf(original.code) >= kBilingualShare ||
      original.ShareOf(reply.code) >= kBilingualShare) {
    return;
  }
  const TextUnit& first = author.spans.front();
  Finding& f =
      Report(ctx, Location::Body(first.begin, first.end),
             "The reply is in " + Describe(reply) +
                 " but the message it answers is in " + Describe(original));
  f.suggestion = "Reply in " + original.name;
}

}  // namespace maillint
