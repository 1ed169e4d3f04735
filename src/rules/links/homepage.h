#ifndef MAILLINT_SRC_RULES_LINKS_HOMEPAGE_H_
#define MAILLINT_SRC_RULES_LINKS_HOMEPAGE_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

// Flags links to the organization's home page or a generic landing page
// where a link to the page that answers the question belongs.
class HomepageRule : public Rule {
 public:
  static RuleInfo Info();
  explicit HomepageRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;

 private:
  // True when `path` (normalized, lower-case) is a home or landing page.
  bool IsGenericPage(const std::string& path, const std::string& query) const;

  std::vector<std::string> landing_pages_;  // extra generic paths, lower-case
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_HOMEPAGE_H_
