// Placeholder: splits on commas outside quotes and angle brackets. Replaced
// by the GMime-based parser.
#include "mail/address_parser.h"

#include "base/text.h"

namespace maillint {
namespace {

Address ParseOne(std::string_view piece) {
  Address a;
  size_t lt = piece.find('<');
  size_t gt = piece.find('>', lt);
  if (lt != std::string_view::npos && gt != std::string_view::npos) {
    a.address = std::string(Trim(piece.substr(lt + 1, gt - lt - 1)));
    std::string_view name = Trim(piece.substr(0, lt));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = name.substr(1, name.size() - 2);
    }
    a.display_name = std::string(name);
  } else {
    a.address = std::string(Trim(piece));
  }
  return a;
}

}  // namespace

std::vector<Address> ParseAddressList(std::string_view text) {
  std::vector<Address> out;
  bool quoted = false;
  int angle = 0;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ',';
    if (c == '"') quoted = !quoted;
    if (c == '<') ++angle;
    if (c == '>' && angle > 0) --angle;
    if (c == ',' && !quoted && angle == 0) {
      std::string_view piece = Trim(text.substr(start, i - start));
      if (!piece.empty()) out.push_back(ParseOne(piece));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace maillint
