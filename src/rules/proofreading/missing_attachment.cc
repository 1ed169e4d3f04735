#include "rules/proofreading/missing_attachment.h"

#include <re2/re2.h>

#include "analysis/own_text.h"
#include "base/text.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

const RE2& MentionPattern() {
  static const RE2 pattern(
      R"((?i)\b(attached|attaching|attachments?|enclosed|enclosing|)"
      R"(adjunt(?:o|a|os|as|amos|ando)|archivos? adjuntos?|)"
      R"(ci-joint(?:e|s|es)?|pi\x{e8}ces? jointes?|anbei|im anhang|)"
      R"(em anexo|segue anexo|anexad[oa]s?)\b)");
  return pattern;
}

// A mention right after these words is about the other person's file.
const RE2& TheirsBeforePattern() {
  static const RE2 pattern(
      R"((?i)\b(you|you've|you\x{2019}ve|you have|you had|your|su|sus|tu|tus|)"
      R"(usted|vous|votre|ihr|ihre|seu|sua)\s+$)");
  return pattern;
}

// A mention just after a negation says nothing is attached.
const RE2& NegationBeforePattern() {
  static const RE2 pattern(
      R"((?i)(\bnot|\bnever|n't|n\x{2019}t|\bforgot to|\bno)\s+(\w+\s+)?$)");
  return pattern;
}

const RE2& TheirsAfterPattern() {
  static const RE2 pattern(
      R"((?i)^\s+(you (sent|attached|shared)|to (your|his|her|their) )"
      R"((email|e-mail|message|note|letter)|que (usted|me) ))");
  return pattern;
}

// "attachment(s)" and "enclosed" are also ordinary words ("searching within
// attachments", "someone enclosed a link in < and >"); they point at this
// message's file only after a determiner or a verb of sending ("see the
// attachment", "I have enclosed", "enclosed is", "please find enclosed").
bool IsWeakMention(std::string_view mention) {
  std::string lower = AsciiLower(mention);
  return StartsWith(lower, "attachment") || StartsWith(lower, "enclos");
}

const RE2& ReferenceBeforePattern() {
  static const RE2 pattern(
      R"((?i)\b(the|this|these|my|our|see|find|in|per|i|i've|i\x{2019}ve|we|)"
      R"(we've|we\x{2019}ve|have|has|had|is|are|was|were|also)\s+$)");
  return pattern;
}

const RE2& ReferenceAfterPattern() {
  static const RE2 pattern(
      R"((?i)^(\s*:|\s+(is|are|please|you will|you'll|you\x{2019}ll|herewith|)"
      R"(for your|with this|to this)\b))");
  return pattern;
}

// Attachments a reader would call "the attached file": not inline images.
bool HasRealAttachment(const Message& m) {
  for (const Attachment& a : m.attachments) {
    bool inline_image = a.inline_part && StartsWith(a.content_type, "image/");
    if (!inline_image) return true;
  }
  return false;
}

}  // namespace

RuleInfo MissingAttachmentRule::Info() {
  RuleInfo info;
  info.id = "proofreading.missing-attachment";
  info.summary = "Flags a reply that mentions an attachment but carries none.";
  info.standard = "S5";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds \"attached\", \"enclosed\", \"see the attachment\", \"adjunto\", "
      "\"ci-joint\", \"anbei\", \"em anexo\" in the author's own text of a "
      "message without attachments. \"attachment(s)\" and \"enclosed\" "
      "count only when they point at this message (\"see the attachment\", "
      "\"I have enclosed\", \"enclosed is\"), not as ordinary words "
      "(\"searching within attachments\"). Quoted mentions, the other person's "
      "attachment (\"the form you attached\") and negations are ignored; "
      "inline images such as signature logos are not attachments.";
  info.fire_examples = {"I have attached the enrollment form."};
  info.silent_examples = {"Thank you for the form you attached."};
  return info;
}

MissingAttachmentRule::MissingAttachmentRule(const RuleContext&)
    : Rule(Info()) {}

void MissingAttachmentRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (HasRealAttachment(m)) return;
  std::string_view text = m.body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    const std::vector<TextUnit>& skipped = ctx.analysis().skipped(si);
    re2::StringPiece input(text.data() + span.begin, span.end - span.begin);
    re2::StringPiece mention;
    while (RE2::FindAndConsume(&input, MentionPattern(), &mention)) {
      size_t begin = mention.data() - text.data();
      size_t end = begin + mention.size();
      std::string_view before = text.substr(span.begin, begin - span.begin);
      std::string_view after = text.substr(end, span.end - end);
      if (RE2::PartialMatch(before, TheirsBeforePattern()) ||
          RE2::PartialMatch(before, NegationBeforePattern()) ||
          RE2::PartialMatch(after, TheirsAfterPattern()) ||
          Overlaps(skipped, begin, end)) {
        continue;
      }
      if (IsWeakMention(std::string_view(mention.data(), mention.size())) &&
          !RE2::PartialMatch(before, ReferenceBeforePattern()) &&
          !RE2::PartialMatch(after, ReferenceAfterPattern())) {
        continue;
      }
      Report(ctx, Location::Body(begin, end),
             "The text mentions an attachment ('" +
                 std::string(mention.data(), mention.size()) +
                 "') but the message has none");
      return;
    }
  }
}

}  // namespace maillint
