// The confidentiality family: its rules, in one list.
#include "rules/confidentiality/bank-account.h"
#include "rules/confidentiality/credential.h"
#include "rules/confidentiality/date-of-birth.h"
#include "rules/confidentiality/family-contact.h"
#include "rules/confidentiality/multiple-families.h"
#include "rules/confidentiality/payment-card.h"
#include "rules/confidentiality/protected-category.h"
#include "rules/confidentiality/sensitive-attachment.h"
#include "rules/confidentiality/ssn.h"
#include "rules/confidentiality/student-id.h"
#include "rules/confidentiality/visible-recipients.h"
#include "rules/families.h"

namespace maillint {

void AddConfidentialityRules(RuleRegistry& registry) {
  registry.Add<SsnRule>();
  registry.Add<PaymentCardRule>();
  registry.Add<BankAccountRule>();
  registry.Add<StudentIdRule>();
  registry.Add<DateOfBirthRule>();
  registry.Add<CredentialRule>();
  registry.Add<ProtectedCategoryRule>();
  registry.Add<VisibleRecipientsRule>();
  registry.Add<MultipleFamiliesRule>();
  registry.Add<FamilyContactRule>();
  registry.Add<SensitiveAttachmentRule>();
}

}  // namespace maillint
