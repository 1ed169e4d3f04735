// Address lists through GMime's InternetAddressList (RFC 5322 with the
// obsolete forms and common sender mistakes, e.g. an unquoted
// "Last, First <a@b>"). Encoded-words and raw 8-bit names are normalized by
// NormalizeForGMime first (see header_decode.h for why). Group syntax is
// flattened: members are returned, the group name is dropped.
#include "mail/address_parser.h"

#include <gmime/gmime.h>

#include "base/text.h"
#include "mail/charset.h"
#include "mail/header_decode.h"
#include "mail/mime_parser.h"

namespace maillint {
namespace {

// Used only when GMime returns nothing for non-blank text.
std::vector<Address> SplitFallback(std::string_view text) {
  std::vector<Address> out;
  for (std::string_view piece : Split(text, ',')) {
    piece = Trim(piece);
    if (!piece.empty()) out.push_back(Address{"", std::string(piece)});
  }
  return out;
}

void AppendList(InternetAddressList* list, int depth,
                std::vector<Address>* out) {
  int count = internet_address_list_length(list);
  for (int i = 0; i < count; ++i) {
    InternetAddress* a = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_GROUP(a)) {
      if (depth < 2) {
        AppendList(
            internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)),
            depth + 1, out);
      }
      continue;
    }
    if (!INTERNET_ADDRESS_IS_MAILBOX(a)) continue;
    Address address;
    const char* name = internet_address_get_name(a);
    const char* addr =
        internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a));
    if (name != nullptr) address.display_name = NormalizeNfc(Trim(name));
    if (addr != nullptr) address.address = std::string(Trim(addr));
    if (address.display_name.empty() && address.address.empty()) continue;
    // A lone word with no '@' ("To: Whomever") is a name, not an address.
    if (address.display_name.empty() &&
        address.address.find('@') == std::string::npos) {
      std::swap(address.display_name, address.address);
    }
    out->push_back(std::move(address));
  }
}

}  // namespace

std::vector<Address> ParseAddressList(std::string_view text) {
  InitMimeLibrary();
  std::string normalized = NormalizeForGMime(UnfoldHeader(text));
  if (Trim(normalized).empty()) return {};
  // Shared by all threads; GMime only reads it.
  static GMimeParserOptions* const options = [] {
    GMimeParserOptions* o = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(
        o, GMIME_RFC_COMPLIANCE_LOOSE);
    return o;
  }();
  InternetAddressList* list =
      internet_address_list_parse(options, normalized.c_str());
  std::vector<Address> out;
  if (list != nullptr) {
    AppendList(list, 0, &out);
    g_object_unref(list);
  }
  if (out.empty() && normalized.find('@') != std::string::npos) {
    return SplitFallback(normalized);
  }
  return out;
}

}  // namespace maillint
