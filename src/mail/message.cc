#include "mail/message.h"

#include "base/text.h"

namespace maillint {

std::string Address::domain() const {
  size_t at = address.rfind('@');
  return at == std::string::npos ? std::string()
                                 : AsciiLower(address.substr(at + 1));
}

std::string Address::ToString() const {
  if (display_name.empty()) return address;
  if (address.empty()) return display_name;
  return display_name + " <" + address + ">";
}

const char* AutoClassName(AutoClass c) {
  switch (c) {
    case AutoClass::kHuman:
      return "human";
    case AutoClass::kAutoReply:
      return "auto-reply";
    case AutoClass::kBulk:
      return "bulk";
    case AutoClass::kList:
      return "list";
    case AutoClass::kSystem:
      return "system";
  }
  return "human";
}

const HeaderField* Message::FindHeader(std::string_view name) const {
  for (const HeaderField& h : headers) {
    if (EqualsIgnoreCase(h.name, name)) return &h;
  }
  return nullptr;
}

std::vector<Address> Message::Recipients() const {
  std::vector<Address> all(to);
  all.insert(all.end(), cc.begin(), cc.end());
  all.insert(all.end(), bcc.begin(), bcc.end());
  return all;
}

}  // namespace maillint
