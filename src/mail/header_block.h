// Splitting a raw message into its top-level header fields and body.
//
// Our own scan rather than GMime's, because it must (1) give each field its
// line number, (2) decide whether the input has a header block at all (a
// plain-text draft has none), and (3) survive a missing blank line after
// the headers, which GMime 3.2.13 mishandles.
//
// A header block is present when the input starts with header fields
// ("Name: value", continuation lines indented) and at least one field name
// is a common message header or contains '-' (so "Note: bring the forms"
// at the top of a draft is not taken for a header). A leading mbox "From "
// line is skipped. The block ends at the first empty line, or at the first
// line that is neither a field nor a continuation (missing separator).
//
// Thread-safe; never fails.
#ifndef MAILLINT_SRC_MAIL_HEADER_BLOCK_H_
#define MAILLINT_SRC_MAIL_HEADER_BLOCK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

struct RawField {
  std::string_view name;   // as written, trailing whitespace removed
  std::string_view value;  // raw bytes after the colon, folds included
  int line = 0;            // 0-based line index within the input
};

struct HeaderBlock {
  bool has_headers = false;
  std::vector<RawField> fields;
  size_t start = 0;        // offset of the first field (after a From_ line)
  size_t end = 0;          // offset just past the last field's line break
  size_t body_offset = 0;  // offset of the first body byte
  int body_line = 0;       // 0-based line index of the first body line
  bool missing_separator = false;  // body began without an empty line
  bool too_long = false;  // stopped at the byte limit; `fields` is partial
};

// Scans at most `max_header_bytes` of header. When !has_headers the whole
// input is the body (body_offset = 0, body_line = 0).
HeaderBlock ScanHeaderBlock(std::string_view bytes, size_t max_header_bytes);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HEADER_BLOCK_H_
