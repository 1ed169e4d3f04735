#include "rules/confidentiality/value_rule.h"

#include "rules/confidentiality/scope.h"

namespace maillint::confidentiality {

bool ValueRule::AppliesTo(const Message& message) const {
  return message.auto_class == AutoClass::kHuman;
}

void ValueRule::Check(CheckContext& ctx) const {
  CheckBody(ctx);
  CheckHeaders(ctx);
  CheckAttachments(ctx);
}

void ValueRule::ReportValue(CheckContext& ctx, Location where,
                            const Detection& d, std::string_view value,
                            const std::string& where_text) const {
  const Message& m = ctx.message();
  Finding& f =
      Report(ctx, std::move(where),
             d.what + " " + Shown(value, ctx.config()) + where_text + " in " +
                 AudienceText(m, ctx.config()) + ": " + Advice());
  f.sensitive = true;
  f.sensitive_value = std::string(value);
  f.severity = SeverityFor(f.severity, m, ctx.config());
}

void ValueRule::CheckHeaders(CheckContext& ctx) const {
  for (const PersonHeader& h : PersonWrittenHeaders(ctx.message())) {
    for (const Detection& d : Detect(h.value)) {
      ReportValue(ctx, Location::Header(h.name), d,
                  h.value.substr(d.begin, d.end - d.begin),
                  " in the " + h.name + " header");
    }
  }
}

void ValueRule::CheckBody(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::string_view body = m.body.text;
  for (const TextRange& range : ScanRanges(ctx.analysis())) {
    std::string_view text = body.substr(range.begin, range.end - range.begin);
    for (const Detection& d : Detect(text)) {
      ReportValue(ctx,
                  Location::Body(range.begin + d.begin, range.begin + d.end), d,
                  text.substr(d.begin, d.end - d.begin),
                  range.quoted ? " in the quoted thread" : "");
    }
  }
}

void ValueRule::CheckAttachments(CheckContext& ctx) const {
  const Message& m = ctx.message();
  for (size_t i = 0; i < m.attachments.size(); ++i) {
    const Attachment& a = m.attachments[i];
    Location where = Location::Attachment(static_cast<int>(i));
    for (const Detection& d : Detect(a.filename)) {
      ReportValue(ctx, where, d,
                  std::string_view(a.filename).substr(d.begin, d.end - d.begin),
                  " in an attachment's file name");
    }
    if (a.text.empty()) continue;
    std::vector<Detection> found = Detect(a.text);
    if (found.empty()) continue;
    const Detection& first = found.front();
    std::string value = a.text.substr(first.begin, first.end - first.begin);
    std::string name = a.filename.empty() ? "(unnamed)" : a.filename;
    std::string more =
        found.size() > 1 ? " and " + std::to_string(found.size() - 1) + " more"
                         : "";
    ReportValue(ctx, where, first, value,
                more + " in attachment '" + name + "'");
  }
}

}  // namespace maillint::confidentiality
