#include "rules/confidentiality/visible-recipients.h"

#include <set>

#include "base/text.h"
#include "rules/confidentiality/scope.h"

namespace maillint {
namespace {

// True when every address is at one organization's own domain (a partner
// agency or vendor team, not families).
bool OneOrganization(const std::set<std::string>& addresses) {
  std::set<std::string> domains;
  for (const std::string& a : addresses) {
    std::string domain = a.substr(a.rfind('@') + 1);
    if (confidentiality::IsWebmailDomain(domain)) return false;
    domains.insert(domain);
  }
  return domains.size() == 1;
}

}  // namespace

RuleInfo VisibleRecipientsRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.visible-recipients";
  info.summary =
      "More outside addresses than allowed are visible to each other in "
      "To/Cc; families belong in Bcc.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "A message to many families with their addresses in To or Cc shows "
      "every family's address to all the others. This rule counts distinct "
      "external addresses in To and Cc and fires when there are more than "
      "confidentiality.max_external_recipients (default 5); put them in Bcc "
      "instead. Messages to mailing lists (List-Id, list addresses) and to "
      "a single outside organization (all at one non-webmail domain) are "
      "exempt.";
  info.source = "built-in";
  return info;
}

VisibleRecipientsRule::VisibleRecipientsRule(const RuleContext& /*ctx*/)
    : Rule(Info()) {}

void VisibleRecipientsRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  const Config& config = ctx.config();
  if (confidentiality::IsListMessage(m)) return;
  std::set<std::string> external;
  size_t in_to = 0;
  for (const auto* list : {&m.to, &m.cc}) {
    for (const Address& a : *list) {
      if (a.address.empty() || config.IsInternalAddress(a.address)) continue;
      if (external.insert(AsciiLower(a.address)).second && list == &m.to)
        ++in_to;
    }
  }
  int limit = config.confidentiality.max_external_recipients;
  if (static_cast<int>(external.size()) <= limit) return;
  if (OneOrganization(external)) return;
  std::string header =
      in_to * 2 >= external.size() || m.cc.empty() ? "To" : "Cc";
  Report(ctx, Location::Header(header),
         std::to_string(external.size()) +
             " external addresses are visible to each other in To/Cc (more "
             "than " +
             std::to_string(limit) + "): put the families in Bcc")
      .suggestion = "move the external recipients to Bcc";
}

}  // namespace maillint
