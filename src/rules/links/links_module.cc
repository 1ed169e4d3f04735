// The links family (S4, link deep): its rules, in one list.
#include "rules/families.h"
#include "rules/links/homepage.h"
#include "rules/links/insecure.h"
#include "rules/links/link_text.h"
#include "rules/links/mismatch.h"
#include "rules/links/missing.h"
#include "rules/links/shortener.h"

namespace maillint {

void AddLinksRules(RuleRegistry& registry) {
  registry.Add<HomepageRule>();
  registry.Add<MissingLinkRule>();
  registry.Add<ShortenerRule>();
  registry.Add<LinkTextRule>();
  registry.Add<LinkMismatchRule>();
  registry.Add<InsecureRule>();
}

}  // namespace maillint
