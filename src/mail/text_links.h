// Bare links in plain text: "http://", "https://", "ftp://" URLs and
// "www." host names, with trailing sentence punctuation removed (a closing
// parenthesis is kept only when the URL opened one).
//
// Thread-safe (the RE2 pattern is compiled once).
#ifndef MAILLINT_SRC_MAIL_TEXT_LINKS_H_
#define MAILLINT_SRC_MAIL_TEXT_LINKS_H_

#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

// Links found in `text`, in order; each has text == href and its byte range.
// Ranges overlapping any of `skip` (already-known links) are left out.
std::vector<Link> FindTextLinks(std::string_view text,
                                const std::vector<Link>& skip);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_TEXT_LINKS_H_
