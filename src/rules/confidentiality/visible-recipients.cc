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
      "exempt, and so are addresses at the sender's own (non-webmail) "
      "domain: colleagues, not families. With organization.domains set, "
      "only mail from the organization is judged.";
  info.source = "built-in";
  return info;
}

VisibleRecipientsRule::VisibleRecipientsRule(const RuleContext& /*ctx*/)
    : Rule(Info()) {}

void VisibleRecipientsRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  const Config& config = ctx.config();
  if (confidentiality::IsListMessage(m)) return;
  // Exposing families is the organization's doing only in its own mail:
  // with organization.domains set, mail from elsewhere is not judged.
  if (!config.organization.domains.empty() && !m.from.empty() &&
      !config.IsInternalAddress(m.from.front().address)) {
    return;
  }
  // The sender's own colleagues (same non-webmail domain) are no families,
  // whether or not that domain is configured as internal.
  std::string own_domain = m.from.empty() ? "" : m.from.front().domain();
  if (confidentiality::IsWebmailDomain(own_domain)) own_domain.clear();
  std::set<std::string> external;
  size_t in_to = 0;
  for (const auto* list : {&m.to, &m.cc}) {
    for (const Address& a : *list) {
      if (a.address.empty() || config.IsInternalAddress(a.address) ||
          (!own_domain.empty() && a.domain() == own_domain)) {
        continue;
      }
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
