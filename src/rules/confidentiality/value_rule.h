// ValueRule: the shared Check() of the confidentiality rules that look for
// one kind of sensitive value (SSN, card, bank number, date of birth,
// student ID, credential).
//
// Runs Detect() over every scanned body range (scope.h), every header a
// person writes (scope.h PersonWrittenHeaders: the subject, display names,
// Comments, Keywords), every attachment's file name and the text of every
// text-like attachment, and reports each detection as a sensitive finding
// whose message names the kind of value, shows it masked (unless
// --show-sensitive) and says where it is (quoted thread, header,
// attachment). The value is also given as the finding's sensitive_value, so
// the runner masks it wherever the report prints it (the subject line).
// Severity follows the recipients (scope.h).
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_VALUE_RULE_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_VALUE_RULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"
#include "rules/confidentiality/text_scan.h"

namespace maillint::confidentiality {

class ValueRule : public Rule {
 public:
  void Check(CheckContext& ctx) const override;
  // Every message a person sent or might send: drafts included.
  bool AppliesTo(const Message& message) const override;

 protected:
  explicit ValueRule(RuleInfo info) : Rule(std::move(info)) {}
  // The values in `text`, non-overlapping, left to right.
  virtual std::vector<Detection> Detect(std::string_view text) const = 0;
  // What to do about it, appended to the message.
  virtual const char* Advice() const {
    return "remove it, or share it through the district's secure system";
  }

 private:
  void CheckBody(CheckContext& ctx) const;
  void CheckHeaders(CheckContext& ctx) const;
  void CheckAttachments(CheckContext& ctx) const;
  void ReportValue(CheckContext& ctx, Location where, const Detection& d,
                   std::string_view value, const std::string& where_text) const;
};

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_VALUE_RULE_H_
