#ifndef MAILLINT_SRC_RULES_LINKS_SHORTENER_H_
#define MAILLINT_SRC_RULES_LINKS_SHORTENER_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

// Flags URL shorteners, which hide where a family will land.
class ShortenerRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ShortenerRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;

 private:
  std::vector<std::string> hosts_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_SHORTENER_H_
