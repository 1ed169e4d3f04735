#include "base/config.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {

bool Config::IsInternalDomain(std::string_view domain) const {
  std::string lower = AsciiLower(domain);
  return std::any_of(organization.domains.begin(), organization.domains.end(),
                     [&](const std::string& d) {
                       return lower == d || EndsWith(lower, "." + d);
                     });
}

bool Config::IsInternalAddress(std::string_view address) const {
  size_t at = address.rfind('@');
  if (at == std::string_view::npos) return false;
  return IsInternalDomain(address.substr(at + 1));
}

}  // namespace maillint
