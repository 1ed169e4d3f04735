#include "rules/confidentiality/value_rule.h"

#include "rules/confidentiality/scope.h"

namespace maillint::confidentiality {

bool ValueRule::AppliesTo(const Message& message) const {
  return message.auto_class == AutoClass::kHuman;
}

void ValueRule::Check(CheckContext& ctx) const {
  CheckBody(ctx);
  CheckAttachments(ctx);
}

void ValueRule::CheckBody(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::string_view body = m.body.text;
  for (const TextRange& range : ScanRanges(ctx.analysis())) {
    std::string_view text = body.substr(range.begin, range.end - range.begin);
    for (const Detection& d : Detect(text)) {
      std::string_view value = text.substr(d.begin, d.end - d.begin);
      std::string where = range.quoted ? " in the quoted thread" : "";
      Finding& f = Report(
          ctx, Location::Body(range.begin + d.begin, range.begin + d.end),
          d.what + " " + Shown(value, ctx.config()) + where + " in " +
              AudienceText(m, ctx.config()) + ": " + Advice());
      f.sensitive = true;
      f.severity = SeverityFor(f.severity, m, ctx.config());
    }
  }
}

void ValueRule::CheckAttachments(CheckContext& ctx) const {
  const Message& m = ctx.message();
  for (size_t i = 0; i < m.attachments.size(); ++i) {
    const Attachment& a = m.attachments[i];
    if (a.text.empty()) continue;
    std::vector<Detection> found = Detect(a.text);
    if (found.empty()) continue;
    const Detection& first = found.front();
    std::string value = a.text.substr(first.begin, first.end - first.begin);
    std::string name = a.filename.empty() ? "(unnamed)" : a.filename;
    std::string more =
        found.size() > 1 ? " and " + std::to_string(found.size() - 1) + " more"
                         : "";
    Finding& f = Report(ctx, Location::Attachment(static_cast<int>(i)),
                        first.what + " " + Shown(value, ctx.config()) + more +
                            " in attachment '" + name + "' in " +
                            AudienceText(m, ctx.config()) + ": " + Advice());
    f.sensitive = true;
    f.severity = SeverityFor(f.severity, m, ctx.config());
  }
}

}  // namespace maillint::confidentiality
