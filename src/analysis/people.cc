#include "analysis/people.h"

namespace maillint {
namespace {

void AddPeople(const std::vector<Address>& list, const char* source,
               std::vector<PersonName>& out) {
  for (const Address& a : list) {
    if (a.display_name.empty() || IsRoleMailbox(a)) continue;
    PersonName p = ParsePersonName(a.display_name, source);
    if (!p.parts.empty()) out.push_back(std::move(p));
  }
}

}  // namespace

People FindPeople(const Message& message, const Anatomy& anatomy) {
  People people;
  AddPeople(message.to, "To", people.addressees);
  AddPeople(message.cc, "Cc", people.addressees);
  if (const auto& original = anatomy.original) {
    for (const auto& [name, source] :
         {std::pair{original->signed_name, "the original's signature"},
          std::pair{original->author_name, "the original's sender"}}) {
      PersonName p = ParsePersonName(name, source);
      if (!p.parts.empty()) people.addressees.push_back(std::move(p));
    }
  }
  std::vector<PersonName> senders;
  AddPeople(message.from, "From", senders);
  if (!senders.empty()) people.sender = std::move(senders.front());
  return people;
}

}  // namespace maillint
