// Parsing RFC 5322 address lists ("Name <a@b>, \"Last, First\" <c@d>")
// into Address values with decoded UTF-8 display names.
#ifndef MAILLINT_SRC_MAIL_ADDRESS_PARSER_H_
#define MAILLINT_SRC_MAIL_ADDRESS_PARSER_H_

#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

// Never fails: unparseable pieces are kept as an address with no name.
std::vector<Address> ParseAddressList(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_ADDRESS_PARSER_H_
