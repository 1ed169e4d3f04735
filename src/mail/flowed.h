// format=flowed (RFC 3676) joining.
//
// A line ending in a space is soft-broken and joins the next line of the
// same quote depth; with DelSp=yes that trailing space is removed. Space
// stuffing is undone; "-- " (signature separator) never flows. Quoted lines
// are written back as ">" per level followed by one space.
//
// Input and output use '\n' line endings. Thread-safe.
#ifndef MAILLINT_SRC_MAIL_FLOWED_H_
#define MAILLINT_SRC_MAIL_FLOWED_H_

#include <string>
#include <string_view>

namespace maillint {

std::string JoinFlowed(std::string_view text, bool delsp);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_FLOWED_H_
