// People's names as greetings use them: parsing display names ("Lopez,
// Maria", "Dr. Ana Nguyen-Tran Jr."), and matching a greeting's name against
// them with Unicode folding, honorifics, hyphenated and multi-part names and
// common short forms.
#ifndef MAILLINT_SRC_ANALYSIS_NAMES_H_
#define MAILLINT_SRC_ANALYSIS_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

struct PersonName {
  std::string display;             // as written, for messages
  std::vector<std::string> parts;  // folded name parts, hyphen parts too
  std::string source;  // "To", "Cc", "signature", "From of the original"
};

// Parses a display name. "Lopez, Maria" is read as Maria Lopez; honorifics
// (Mr., Ms., Mrs., Dr., Sr., Sra., Srta., Prof.) and suffixes (Jr., Sr.
// at the end, II, III, PhD) are dropped. Returns no parts for names that are
// not a person's (empty, an address, a role such as "Front Office").
PersonName ParsePersonName(std::string_view display, std::string source);

// True when `address`/`display` belong to a shared mailbox or an automated
// sender (noreply, office, info, "Transportation Department", ...).
bool IsRoleMailbox(const Address& address);

// True when folded greeting token `token` names `person` (a part, a common
// short form, or a prefix of at least 3 letters such as "Alex").
bool TokenMatches(std::string_view token, const PersonName& person);

// True when `word` (any case) is an honorific such as "Mr." or "Sra".
bool IsHonorific(std::string_view word);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_NAMES_H_
