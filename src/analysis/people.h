// People: who takes part in the conversation a message belongs to, each
// with where the name came from, for the rules that address or protect them.
//
//   addressees  who a greeting may name: To and Cc display names, the name
//               the quoted original was signed with and its sender. Role
//               mailboxes and department names ("Student Registration",
//               "Transportation Team") are not people and give no name.
//   sender      the staff member writing (From), when the display name is a
//               person's.
//
// Thread-safe (pure function of the message and its anatomy).
#ifndef MAILLINT_SRC_ANALYSIS_PEOPLE_H_
#define MAILLINT_SRC_ANALYSIS_PEOPLE_H_

#include <optional>
#include <vector>

#include "analysis/names.h"
#include "anatomy/anatomy.h"
#include "mail/message.h"

namespace maillint {

struct People {
  std::vector<PersonName> addressees;
  std::optional<PersonName> sender;
};

People FindPeople(const Message& message, const Anatomy& anatomy);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_PEOPLE_H_
